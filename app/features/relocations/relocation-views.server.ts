/** What the relocation pages show: the list with rotations, one relocation, and the live check. */
import type { RelocationStatus } from '#db/schema'
import { Money } from '~/core/money'
import { fteText } from '~/core/relocation-labels'
import type { Db } from '~/server/db.server'
import { checkRelocation, planAssumptions } from './relocation-plan.server'
import { getRelocation, getRotation, listRelocations, listRotations } from './relocations.repo.server'
import type { Candidate, RelocationCheck, RelocationFormData, RelocationListRow, RelocationRow, Site } from './types'
import { currentLocations } from './unit-locations.repo.server'
import { recordExists } from './units.repo.server'
import { choiceLabel } from '~/features/search/choices.server'

/** Moving cost as the savings engine will count it. */
function withCost(r: RelocationRow, ratePerPersonOre: number): RelocationListRow {
  const computed = r.movingCostOre === null
  const cost = computed ? new Money(ratePerPersonOre).times(r.headcount).toDecimalPlaces(0).toNumber() : r.movingCostOre!
  return { ...r, movingCostShownOre: cost, movingCostComputed: computed }
}

/**
 * Relocations (optionally of some statuses or one rotation) with their rotations and cost totals.
 * @example (await listRelocationPage(db, { statuses: ['planned'] })).relocations
 */
export async function listRelocationPage(db: Db, filter: { statuses?: RelocationStatus[]; rotationId?: number; unitId?: number } = {}) {
  const [rows, rotations, assumptions] = await Promise.all([listRelocations(db, filter), listRotations(db), planAssumptions(db)])
  const relocations = rows.map((r) => withCost(r, assumptions.movingCostPerPersonOre))
  const total = (pick: (r: RelocationListRow) => number) => relocations.reduce((s, r) => s.plus(pick(r)), new Money(0)).toNumber()
  return {
    relocations,
    rotations,
    ratePerPersonOre: assumptions.movingCostPerPersonOre,
    totals: {
      headcount: total((r) => r.headcount),
      oneOffOre: total((r) => r.movingCostShownOre + r.refurbishmentOre),
      addedAnnualOre: total((r) => r.addedAnnualOperatingOre),
    },
  }
}

/**
 * Where a unit sits now, for the form's "from" hint and default ([] for no unit).
 * @example await unitSites(db, '7') // [{ propertyId: 6, propertyName: 'Mestringsenheden, Vesterbrogade 4B', headcount: 18 }]
 */
export async function unitSites(db: Db, unitId: string | number | null | undefined): Promise<Site[]> {
  const id = Number(unitId)
  if (!Number.isInteger(id) || id < 1) return []
  const rows = (await currentLocations(db, [id])).get(id) ?? []
  return rows.map((r) => ({ propertyId: r.propertyId, propertyName: r.propertyName, headcount: r.headcount }))
}

/**
 * The relocation form's choices: rotations, the plan's rate, and the names and sites of the unit
 * and properties it starts with (the pickers search the registers on the server).
 * @example (await relocationFormData(db, { unitId: 7 })).sites // [{ propertyId: 6, propertyName: 'Mestringsenheden, Vesterbrogade 4B', headcount: 18 }]
 */
export async function relocationFormData(
  db: Db,
  given: { unitId?: string | number; fromPropertyId?: string | number; toPropertyId?: string | number },
): Promise<RelocationFormData> {
  const [rotations, sites, assumptions, unit, from, to] = await Promise.all([
    listRotations(db),
    unitSites(db, given.unitId),
    planAssumptions(db),
    choiceLabel(db, 'unit', given.unitId),
    choiceLabel(db, 'property', given.fromPropertyId),
    choiceLabel(db, 'property', given.toPropertyId),
  ])
  return {
    rotations: rotations.map((r) => ({ id: r.id, name: r.name })),
    names: { unit, from, to },
    sites,
    ratePerPersonOre: assumptions.movingCostPerPersonOre,
  }
}

/**
 * A relocation with its check against the register's plan, and the form's choices.
 * @example (await getRelocationPage(db, 5))?.check?.warnings // []
 */
export async function getRelocationPage(db: Db, id: number) {
  const relocation = await getRelocation(db, id)
  if (!relocation) return null
  const [assumptions, options] = await Promise.all([planAssumptions(db), relocationFormData(db, relocation)])
  const check = relocation.status === 'done' ? null : await checkRelocation(db, relocation)
  return { relocation: withCost(relocation, assumptions.movingCostPerPersonOre), check, options }
}

/**
 * The "Planlæg flytning" page: the form's choices, prefilled with where the unit sits when one is
 * given (`?enhed=7`), and the rotation (`?rokade=1`).
 * @example (await getNewRelocationPage(db, { unitId: '7', rotationId: '' })).prefill.fromPropertyId // '6'
 */
export async function getNewRelocationPage(db: Db, given: { unitId: string; rotationId: string }) {
  const site = (await unitSites(db, given.unitId))[0]
  const options = await relocationFormData(db, { unitId: given.unitId, fromPropertyId: site?.propertyId })
  return {
    options,
    prefill: {
      unitId: given.unitId,
      fromPropertyId: site ? String(site.propertyId) : '',
      headcount: site ? fteText(site.headcount) : '',
      rotationId: given.rotationId,
    },
  }
}

/**
 * The live check of a relocation being typed; null until unit, properties, date and headcount are given.
 * @example await previewRelocation(db, { unitId: 9, fromPropertyId: 4, toPropertyId: 1, date: '2024-08-12', headcount: 18, status: 'planned' })
 */
export async function previewRelocation(db: Db, candidate: Candidate | null): Promise<RelocationCheck | null> {
  if (!candidate || candidate.fromPropertyId === candidate.toPropertyId) return null
  return (await recordExists(db, 'unit', candidate.unitId)) ? checkRelocation(db, candidate) : null
}

/**
 * A rotation with its relocations and their totals.
 * @example (await getRotationPage(db, 1))?.totals.headcount // 118.5
 */
export async function getRotationPage(db: Db, id: number) {
  const rotation = await getRotation(db, id)
  if (!rotation) return null
  return { rotation, ...(await listRelocationPage(db, { rotationId: id })) }
}
