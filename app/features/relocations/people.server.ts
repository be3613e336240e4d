/**
 * Named people (optional, kept by HR). Every read of names goes through `readPeople` below, which
 * takes the viewer: only a viewer with `canSeePeople` (HR) gets names; anyone else gets the
 * count, the aggregate the committee may see. Exports use the same function.
 *
 * Roles are wired in ONE place, `viewerOf(context)`: the signed-in user's 'read_people'
 * permission (core/roles.ts; HR and administrators). Callers outside a request (seed, CLI,
 * tests) may omit the viewer and are trusted like HR.
 *
 * The audit trail is read by administrators and its rows are plain JSON: it records that a person
 * was added or removed and in which unit, never who, so these writes do not use the audited
 * helpers (they store the whole row).
 */
import type { RouterContextProvider } from 'react-router'
import { can } from '~/core/roles'
import { fail, nowIso, ok, type ServiceResult } from '~/core/result'
import { recordAudit } from '~/server/audit.server'
import { userContext } from '~/server/auth/middleware.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import { countPeople, deletePerson, insertPerson, selectPeople, selectPerson } from './people.repo.server'
import type { PersonInput } from './schemas'
import type { PeopleView, PersonRow, Viewer } from './types'
import { getUnit } from './units.repo.server'

/** Code outside a request (seed, CLI, tests) is trusted like HR. */
export const DEFAULT_VIEWER: Viewer = { canSeePeople: true }

/**
 * The viewer of a request: the one place roles decide who sees named people.
 * @example const viewer = viewerOf(context) // in a loader or action
 */
export function viewerOf(context: Readonly<RouterContextProvider>): Viewer {
  return { canSeePeople: can(context.get(userContext)?.role, 'read_people') }
}

const HIDDEN_MESSAGE = 'Navngivne medarbejdere vises kun for HR.'

async function readPeople(db: Db, viewer: Viewer, unitId?: number): Promise<PeopleView> {
  if (!viewer.canSeePeople) {
    const count = unitId === undefined ? 0 : await countPeople(db, unitId)
    return { visible: false, count }
  }
  return { visible: true, people: await selectPeople(db, unitId) }
}

/**
 * The named people of a unit, if the viewer may see them.
 * @example const view = await listPeopleOfUnit(db, 7, { canSeePeople: false }) // { visible: false, count: 3 }
 */
export function listPeopleOfUnit(db: Db, unitId: number, viewer: Viewer = DEFAULT_VIEWER): Promise<PeopleView> {
  return readPeople(db, viewer, unitId)
}

/**
 * Every named person, for HR's export; refused for anyone else.
 * @example await exportPeople(db, { canSeePeople: false }) // { ok: false, reason: 'blocked', … }
 */
export async function exportPeople(db: Db, viewer: Viewer = DEFAULT_VIEWER): Promise<ServiceResult<PersonRow[]>> {
  const view = await readPeople(db, viewer)
  return view.visible ? ok(view.people) : fail('blocked', HIDDEN_MESSAGE)
}

/**
 * Record a named person in a unit (HR only).
 * @example await addPerson(db, 7, { name: 'Åse Ærbødig', title: 'Ergoterapeut', note: '' }, viewer)
 */
export async function addPerson(db: Db, unitId: number, input: PersonInput, viewer: Viewer = DEFAULT_VIEWER): Promise<ServiceResult> {
  if (!viewer.canSeePeople) return fail('blocked', HIDDEN_MESSAGE)
  return inTransaction(db, async (trx) => {
    if (!(await getUnit(trx, unitId))) return fail('not_found', 'Enheden findes ikke længere.')
    const now = nowIso()
    const id = await insertPerson(trx, { unitId, ...input, createdAt: now, updatedAt: now })
    await recordAudit(trx, 'create', 'person', id, null, { unitId }, 'Navngiven medarbejder tilføjet')
    return ok({ id })
  })
}

/**
 * Remove a named person (HR only).
 * @example await removePerson(db, 7, 2, viewer)
 */
export async function removePerson(db: Db, unitId: number, personId: number, viewer: Viewer = DEFAULT_VIEWER): Promise<ServiceResult> {
  if (!viewer.canSeePeople) return fail('blocked', HIDDEN_MESSAGE)
  return inTransaction(db, async (trx) => {
    const person = await selectPerson(trx, personId)
    if (!person || person.unitId !== unitId) return fail('not_found', 'Medarbejderen findes ikke længere.')
    await deletePerson(trx, personId)
    await recordAudit(trx, 'delete', 'person', personId, { unitId }, null, 'Navngiven medarbejder fjernet')
    return ok({ id: personId })
  })
}
