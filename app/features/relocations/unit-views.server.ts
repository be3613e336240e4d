/** What the unit pages show: the list with where each unit sits, and one unit with its history. */
import type { Unit, UnitLocation } from '#db/schema'
import { Money } from '~/core/money'
import type { Db } from '~/server/db.server'
import { listPeopleOfUnit } from './people.server'
import { planAssumptions } from './relocation-plan.server'
import { listRelocations } from './relocations.repo.server'
import type { CurrentLocation, PeopleView, RelocationRow, UnitGridRow, UnitListRow, Viewer } from './types'
import { countPendingMoves, listUnitGridPage, streamUnitGridRows, sumUnitHeadcount } from './units-grid.repo.server'
import type { GridRequest } from '~/server/grid-query.server'
import { formatFte } from '~/core/relocation-labels'
import { choiceLabel } from '~/features/search/choices.server'
import { currentLocations, locationHistory } from './unit-locations.repo.server'
import { getUnit, getUnitName, listChildUnits } from './units.repo.server'

const collator = new Intl.Collator('da')
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name)

export interface UnitListFilter {
  q?: string
  propertyId?: number
}

/** Desks for a headcount at the desk factor, rounded to one decimal for display. */
function desks(headcount: number, deskFactor: number): number {
  return new Money(headcount).times(deskFactor).toDecimalPlaces(1).toNumber()
}

/**
 * Units in the grid's order with where they sit now, filtered by a search text and a property, in
 * batches (the CSV export writes 135,000 units without holding them).
 * @example for await (const rows of streamUnitOverview(db, { q: 'mestring' })) rows[0].locations[0].propertyName // 'Mestringsenheden, Vesterbrogade 4B'
 */
export async function* streamUnitOverview(db: Db, filter: UnitListFilter = {}): AsyncGenerator<UnitListRow[]> {
  const { deskFactor } = await planAssumptions(db)
  for await (const units of streamUnitGridRows(db, { search: filter.q?.trim() ?? '', propertyId: filter.propertyId }, deskFactor)) {
    const ids = units.map((u) => u.id)
    const [locations, pending] = await Promise.all([currentLocations(db, ids), countPendingMoves(db, ids)])
    yield units.map((u) => ({
      id: u.id,
      name: u.name,
      parentName: u.parentName,
      headcount: u.headcount,
      workplacesNeeded: u.workplacesNeeded ?? desks(u.headcount, deskFactor),
      ownNeed: u.workplacesNeeded !== null,
      external: u.external === 1,
      contactPerson: u.contactPerson,
      locations: locations.get(u.id) ?? [],
      pendingMoves: pending.get(u.id) ?? 0,
    }))
  }
}

/** Where a unit sits, as the grid shows it: the årsværk at each site only when it is split. */
function sitsIn(locations: readonly CurrentLocation[]): string {
  if (locations.length <= 1) return locations[0]?.propertyName ?? ''
  return locations.map((l) => `${l.propertyName} (${formatFte(l.headcount)})`).join(', ')
}

/**
 * One page of the units grid: sorted, filtered and searched in SQL, then where the page's units
 * sit and their pending moves.
 * @example (await listUnitGrid(db, { offset: 0, limit: 100, sort: [], filter: {}, search: 'børn' })).rows[0].sitsIn
 */
export async function listUnitGrid(db: Db, req: GridRequest): Promise<{ rows: UnitGridRow[]; total: number }> {
  const { deskFactor } = await planAssumptions(db)
  const page = await listUnitGridPage(db, req, deskFactor)
  const ids = page.rows.map((u) => u.id)
  const [locations, pending] = await Promise.all([currentLocations(db, ids), countPendingMoves(db, ids)])
  const rows = page.rows.map((u) => ({
    id: u.id,
    name: u.name,
    parentName: u.parentName,
    headcount: u.headcount,
    workplacesNeeded: u.workplacesNeeded ?? desks(u.headcount, deskFactor),
    ownNeed: u.workplacesNeeded !== null,
    external: u.external,
    contactPerson: u.contactPerson,
    locatedFrom: u.locatedFrom,
    sitsIn: sitsIn(locations.get(u.id) ?? []),
    pendingMoves: pending.get(u.id) ?? 0,
  }))
  return { rows, total: page.total }
}

/**
 * The units page's figures: the plan's desk factor and the headcount of every unit (the grid pages itself).
 * @example (await getUnitsPage(db)).deskFactor // 0.8
 */
export async function getUnitsPage(db: Db) {
  const { deskFactor } = await planAssumptions(db)
  const all = { offset: 0, limit: 1, sort: [], filter: {}, search: '' }
  return { deskFactor, total: await sumUnitHeadcount(db, all, deskFactor) }
}

/**
 * The "Ny enhed" page: the plan's desk factor and, when the page is opened from a property, its name for the picker.
 * @example (await getNewUnitPage(db, '1')).propertyLabel // 'Hedensted Rådhus'
 */
export async function getNewUnitPage(db: Db, propertyId: string) {
  const [assumptions, propertyLabel] = await Promise.all([planAssumptions(db), choiceLabel(db, 'property', propertyId)])
  return { deskFactor: assumptions.deskFactor, propertyLabel }
}

export interface UnitPage {
  unit: Unit
  parent: { id: number; name: string } | null
  children: { id: number; name: string }[]
  locations: CurrentLocation[]
  history: (UnitLocation & { propertyName: string })[]
  relocations: RelocationRow[]
  people: PeopleView
  deskFactor: number
  /** The name of the unit's main site, for the form's picker (the pickers search on the server). */
  propertyLabel: string
}

/**
 * One unit with its parts, history, relocations, (for HR) named people and its property's name.
 * @example (await getUnitPage(db, 7, { canSeePeople: false }))?.people // { visible: false, count: 1 }
 */
export async function getUnitPage(db: Db, id: number, viewer: Viewer): Promise<UnitPage | null> {
  const unit = await getUnit(db, id)
  if (!unit) return null
  const [parent, children, locations, history, relocations, people, assumptions, propertyLabel] = await Promise.all([
    unit.parentId === null ? undefined : getUnitName(db, unit.parentId),
    listChildUnits(db, id),
    currentLocations(db, [id]),
    locationHistory(db, id),
    listRelocations(db, { unitId: id }),
    listPeopleOfUnit(db, id, viewer),
    planAssumptions(db),
    choiceLabel(db, 'property', unit.propertyId),
  ])
  return {
    unit,
    parent: parent ?? null,
    children: children.sort(byName),
    locations: locations.get(id) ?? [],
    history,
    relocations,
    people,
    deskFactor: assumptions.deskFactor,
    propertyLabel,
  }
}
