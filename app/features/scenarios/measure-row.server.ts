/** A measure typed in the form as the row it is stored as, once what it refers to is known to exist. */
import { fail, ok, type ServiceResult } from '~/core/result'
import type { Db } from '~/server/db.server'
import { rowExists } from './scenarios.repo.server'
import { EMPTY_MEASURE_FIELDS, type MeasureInput, type MeasureRow } from './schemas'

/** The refusal for a reference that does not exist (or a move to where it starts), or null. */
async function badReference(db: Db, input: MeasureInput): Promise<ServiceResult<never> | null> {
  switch (input.kind) {
    case 'lease_termination':
      return (await rowExists(db, 'lease', input.leaseId))
        ? null
        : fail('invalid', 'Lejemålet findes ikke.', { leaseId: ['Vælg et lejemål fra listen'] })
    case 'sale':
    case 'closure':
      return (await rowExists(db, 'property', input.propertyId))
        ? null
        : fail('invalid', 'Ejendommen findes ikke.', { propertyId: ['Vælg en ejendom fra listen'] })
    case 'relocation':
      if (!(await rowExists(db, 'unit', input.unitId)))
        return fail('invalid', 'Enheden findes ikke.', { unitId: ['Vælg en enhed fra listen'] })
      if (input.propertyId === input.toPropertyId)
        return fail('invalid', 'En flytning skal gå til en anden ejendom.', {
          toPropertyId: ['Vælg en anden ejendom end den, der flyttes fra'],
        })
      if (!(await rowExists(db, 'property', input.propertyId)) || !(await rowExists(db, 'property', input.toPropertyId)))
        return fail('invalid', 'Ejendommen findes ikke.', { toPropertyId: ['Vælg ejendomme fra listen'] })
      return null
  }
}

/** The kind's own columns; a blank label gets the kind's name. */
function kindColumns(input: MeasureInput) {
  switch (input.kind) {
    case 'lease_termination':
      return { label: input.label || 'Opsigelse af lejemål', leaseId: input.leaseId, endDateOverride: input.endDateOverride }
    case 'sale':
      return { label: input.label || 'Salg', propertyId: input.propertyId, priceOre: input.priceOre, saleCostsOre: input.saleCostsOre ?? 0 }
    case 'closure':
      return { label: input.label || 'Lukning', propertyId: input.propertyId, operatingCostShare: input.operatingCostShare / 100 }
    case 'relocation':
      return {
        label: input.label || 'Flytning',
        unitId: input.unitId,
        propertyId: input.propertyId,
        toPropertyId: input.toPropertyId,
        headcount: input.headcount,
        refurbishmentOre: input.refurbishmentOre ?? 0,
        addedAnnualOperatingOre: input.addedAnnualOperatingOre ?? 0,
        movingCostOverrideOre: input.movingCostOverrideOre,
      }
  }
}

/**
 * The stored row for a measure typed in the form; refused when what it refers to does not exist.
 * @example await measureRow(trx, { kind: 'closure', propertyId: 3, operatingCostShare: 100, … }, nowIso())
 */
export async function measureRow(db: Db, input: MeasureInput, now: string): Promise<ServiceResult<MeasureRow>> {
  const refused = await badReference(db, input)
  if (refused) return refused
  return ok({
    ...EMPTY_MEASURE_FIELDS,
    kind: input.kind,
    status: input.status,
    effectDate: input.effectDate,
    enabled: 1 as const,
    source: 'manual' as const,
    createdAt: now,
    statedHeatKwh: input.statedHeatKwh ?? null,
    statedElectricityKwh: input.statedElectricityKwh ?? null,
    ...kindColumns(input),
  })
}
