/** Use cases for the lease register; each runs in one transaction. */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '#db/schema'
import { leaseEndDate } from '~/core/lease-terms'
import { getProperty } from '~/features/properties/properties.repo.server'
import { deleteLease, derivedLeaseFields, getLease, insertLease, updateLease } from '~/features/leases/leases.repo.server'
import type { LeaseInput } from '~/features/leases/schemas'
import { recordAudit } from '~/server/audit.server'
import { CONFLICT_MESSAGE, fail, nowIso, ok, type ServiceResult } from '~/core/result'

/** The end date the register stores: erhvervslejeloven § 64 from the notice date, or none. */
export function computeEndDate(input: Pick<LeaseInput, 'noticeDate' | 'noticeMonths' | 'terms' | 'nonTerminableUntil'>): string | null {
  if (!input.noticeDate) return null
  return leaseEndDate({
    noticeDate: input.noticeDate,
    noticeMonths: input.noticeMonths,
    terms: input.terms,
    nonTerminableUntil: input.nonTerminableUntil,
  })
}

async function derived(trx: Transaction<Database>, input: LeaseInput) {
  const property = await getProperty(trx, input.propertyId)
  if (!property) return null
  return { ...derivedLeaseFields({ counterparty: input.counterparty, propertyName: property.name }), endDate: computeEndDate(input) }
}

const NO_PROPERTY = fail('invalid', 'Ejendommen findes ikke.', { propertyId: ['Vælg en ejendom fra listen'] })

/** Register a lease; its end date follows from the notice date. */
export async function createLease(db: Kysely<Database>, input: LeaseInput): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const extra = await derived(trx, input)
    if (!extra) return NO_PROPERTY
    const now = nowIso()
    const id = await insertLease(trx, { ...input, ...extra, createdAt: now, updatedAt: now })
    await recordAudit(trx, 'create', 'lease', id, null, await getLease(trx, id), input.counterparty)
    return ok({ id })
  })
}

/** Save an edit made on `version`; refused when someone else saved since. */
export async function editLease(db: Kysely<Database>, id: number, version: number, input: LeaseInput): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const before = await getLease(trx, id)
    if (!before) return fail('not_found', 'Lejemålet findes ikke længere; det kan være slettet af en anden.')
    const extra = await derived(trx, input)
    if (!extra) return NO_PROPERTY
    const saved = await updateLease(trx, id, version, { ...input, ...extra, updatedAt: nowIso() })
    if (!saved) return fail('conflict', CONFLICT_MESSAGE)
    await recordAudit(trx, 'update', 'lease', id, before, await getLease(trx, id), input.counterparty)
    return ok({ id })
  })
}

export async function removeLease(db: Kysely<Database>, id: number): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const before = await getLease(trx, id)
    if (!before) return fail('not_found', 'Lejemålet findes ikke længere.')
    const scenarioUses = await trx
      .selectFrom('scenarioMeasure')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('leaseId', '=', id)
      .executeTakeFirstOrThrow()
    if (Number(scenarioUses.n) > 0) {
      return fail('blocked', `Lejemålet indgår i ${scenarioUses.n} tiltag i scenarier. Fjern tiltagene fra scenarierne først.`)
    }
    await deleteLease(trx, id)
    await recordAudit(trx, 'delete', 'lease', id, before, null, before.counterparty)
    return ok({ id })
  })
}
