/** What the relocation pages show: the list with rotations, one relocation, and the live check. */
import type { Kysely } from 'kysely'
import type { Database, RelocationStatus } from '#db/schema'
import { Money } from '~/core/money'
import {
  getRelocation,
  getRotation,
  listRelocations,
  listRotations,
  type RelocationRow,
} from '~/features/relocations/relocations.repo.server'
import { currentLocations } from '~/features/relocations/unit-locations.repo.server'
import { checkRelocation, planAssumptions, type Candidate, type RelocationCheck } from './relocation-plan.server'
import { formOptions } from './unit-views.server'

export interface RelocationListRow extends RelocationRow {
  /** The stated moving cost, or the plan's rate × headcount. */
  movingCostShownOre: number
  movingCostComputed: boolean
}

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
export async function listRelocationPage(
  db: Kysely<Database>,
  filter: { statuses?: RelocationStatus[]; rotationId?: number; unitId?: number } = {},
) {
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

/** Where each unit sits now, for the form's "from" hint and default. */
async function unitSites(db: Kysely<Database>) {
  const map = await currentLocations(db)
  return Object.fromEntries(
    [...map].map(([unitId, rows]) => [
      unitId,
      rows.map((r) => ({ propertyId: r.propertyId, propertyName: r.propertyName, headcount: r.headcount })),
    ]),
  )
}

/** Choices for the relocation form. */
export async function relocationFormData(db: Kysely<Database>) {
  const [options, rotations, sites, assumptions] = await Promise.all([
    formOptions(db),
    listRotations(db),
    unitSites(db),
    planAssumptions(db),
  ])
  return {
    ...options,
    rotations: rotations.map((r) => ({ id: r.id, name: r.name })),
    sites,
    ratePerPersonOre: assumptions.movingCostPerPersonOre,
  }
}

/** A relocation with its check against the register's plan. */
export async function getRelocationPage(db: Kysely<Database>, id: number) {
  const relocation = await getRelocation(db, id)
  if (!relocation) return null
  const assumptions = await planAssumptions(db)
  const check = relocation.status === 'done' ? null : await checkRelocation(db, relocation)
  return { relocation: withCost(relocation, assumptions.movingCostPerPersonOre), check }
}

/**
 * The live check of a relocation being typed; null until unit, properties, date and headcount are given.
 * @example await previewRelocation(db, { unitId: 9, fromPropertyId: 4, toPropertyId: 1, date: '2024-08-12', headcount: 18, status: 'planned' })
 */
export async function previewRelocation(db: Kysely<Database>, candidate: Candidate | null): Promise<RelocationCheck | null> {
  if (!candidate || candidate.fromPropertyId === candidate.toPropertyId) return null
  const unit = await db.selectFrom('unit').select('id').where('id', '=', candidate.unitId).executeTakeFirst()
  return unit ? checkRelocation(db, candidate) : null
}

/** A rotation with its relocations and their totals. */
export async function getRotationPage(db: Kysely<Database>, id: number) {
  const rotation = await getRotation(db, id)
  if (!rotation) return null
  return { rotation, ...(await listRelocationPage(db, { rotationId: id })) }
}
