/** What the unit pages show: the list with where each unit sits, and one unit with its history. */
import type { Kysely } from 'kysely'
import type { Database, Unit } from '#db/schema'
import { foldText } from '#db/text'
import { Money } from '~/core/money'
import { listRelocations, type RelocationRow } from '~/features/relocations/relocations.repo.server'
import { currentLocations, locationHistory, type CurrentLocation } from '~/features/relocations/unit-locations.repo.server'
import { getUnit } from '~/features/relocations/units.repo.server'
import { listPeopleOfUnit, type PeopleView, type Viewer } from './people.server'
import { planAssumptions } from './relocation-plan.server'

const collator = new Intl.Collator('da')

export interface UnitListRow {
  id: number
  name: string
  parentName: string | null
  headcount: number
  /** The unit's own need, or headcount × the plan's desk factor (to 1 decimal). */
  workplacesNeeded: number
  ownNeed: boolean
  external: boolean
  contactPerson: string
  locations: CurrentLocation[]
  /** Relocations not yet done. */
  pendingMoves: number
}

export interface UnitListFilter {
  q?: string
  propertyId?: number
}

/** Desks for a headcount at the desk factor, rounded to one decimal for display. */
function desks(headcount: number, deskFactor: number): number {
  return new Money(headcount).times(deskFactor).toDecimalPlaces(1).toNumber()
}

/**
 * Units by name with where they sit now, filtered by a search text and a property.
 * @example (await listUnitOverview(db, { q: 'mestring' })).rows[0].locations[0].propertyName // 'Mestringsenheden, Vesterbrogade 4B'
 */
export async function listUnitOverview(db: Kysely<Database>, filter: UnitListFilter = {}) {
  const [units, locations, pending, assumptions] = await Promise.all([
    db.selectFrom('unit').selectAll().execute(),
    currentLocations(db),
    listRelocations(db, { statuses: ['idea', 'planned', 'decided'] }),
    planAssumptions(db),
  ])
  const names = new Map(units.map((u) => [u.id, u.name]))
  const needle = filter.q ? foldText(filter.q.trim()) : ''
  const rows: UnitListRow[] = units
    .map((u) => ({
      id: u.id,
      name: u.name,
      parentName: u.parentId === null ? null : (names.get(u.parentId) ?? null),
      headcount: u.headcount,
      workplacesNeeded: u.workplacesNeeded ?? desks(u.headcount, assumptions.deskFactor),
      ownNeed: u.workplacesNeeded !== null,
      external: u.external === 1,
      contactPerson: u.contactPerson,
      locations: locations.get(u.id) ?? [],
      pendingMoves: pending.filter((r) => r.unitId === u.id).length,
    }))
    .filter((r) => !needle || foldText(`${r.name} ${r.parentName ?? ''} ${r.contactPerson}`).includes(needle))
    .filter((r) => filter.propertyId === undefined || r.locations.some((l) => l.propertyId === filter.propertyId))
    .sort((a, b) => collator.compare(a.name, b.name))
  const total = rows.reduce((s, r) => s.plus(r.headcount), new Money(0)).toNumber()
  return { rows, total, deskFactor: assumptions.deskFactor }
}

/** Choices for the unit and relocation forms: properties and units by Danish name. */
export async function formOptions(db: Kysely<Database>) {
  const [properties, units] = await Promise.all([
    db.selectFrom('property').select(['id', 'name', 'town', 'workplaces']).execute(),
    db.selectFrom('unit').select(['id', 'name', 'headcount', 'propertyId']).execute(),
  ])
  return {
    properties: properties.sort((a, b) => collator.compare(a.name, b.name)),
    units: units.sort((a, b) => collator.compare(a.name, b.name)),
  }
}

export interface UnitPage {
  unit: Unit
  parent: { id: number; name: string } | null
  children: { id: number; name: string }[]
  locations: CurrentLocation[]
  history: Awaited<ReturnType<typeof locationHistory>>
  relocations: RelocationRow[]
  people: PeopleView
  deskFactor: number
}

/** One unit with its parts, history, relocations and (for HR) named people. */
export async function getUnitPage(db: Kysely<Database>, id: number, viewer: Viewer): Promise<UnitPage | null> {
  const unit = await getUnit(db, id)
  if (!unit) return null
  const [parent, children, locations, history, relocations, people, assumptions] = await Promise.all([
    unit.parentId === null ? undefined : db.selectFrom('unit').select(['id', 'name']).where('id', '=', unit.parentId).executeTakeFirst(),
    db.selectFrom('unit').select(['id', 'name']).where('parentId', '=', id).execute(),
    currentLocations(db, [id]),
    locationHistory(db, id),
    listRelocations(db, { unitId: id }),
    listPeopleOfUnit(db, id, viewer),
    planAssumptions(db),
  ])
  return {
    unit,
    parent: parent ?? null,
    children: children.sort((a, b) => collator.compare(a.name, b.name)),
    locations: locations.get(id) ?? [],
    history,
    relocations,
    people,
    deskFactor: assumptions.deskFactor,
  }
}
