/**
 * Two lists of measures compared by what they concern (kind, lease, property, unit, destination):
 * which were added, removed, or changed in date, amounts or status. The promotion review compares
 * a scenario with the decided plan; the register sync compares the plan with the register.
 */
import type { ScenarioMeasure } from '#db/schema'
import { describeChanges, type FieldChange } from '~/core/fields'
import { measureFields } from './fields'
import { measureKindLabels } from './labels'

type Keys =
  | 'status'
  | 'leaseId'
  | 'propertyId'
  | 'unitId'
  | 'toPropertyId'
  | 'effectDate'
  | 'endDateOverride'
  | 'priceOre'
  | 'saleCostsOre'
  | 'operatingCostShare'
  | 'headcount'
  | 'refurbishmentOre'
  | 'addedAnnualOperatingOre'
  | 'movingCostOverrideOre'

/** A stored measure, or one about to be stored (the register's, before it belongs to a scenario). */
export type MeasureLike = Pick<ScenarioMeasure, 'kind'> & { label?: string } & { [K in Keys]?: ScenarioMeasure[K] | null }

const COMPARED = [
  'status',
  'effectDate',
  'endDateOverride',
  'priceOre',
  'saleCostsOre',
  'operatingCostShare',
  'headcount',
  'refurbishmentOre',
  'addedAnnualOperatingOre',
  'movingCostOverrideOre',
] as const

export interface MeasureDiff<B extends MeasureLike, A extends MeasureLike> {
  added: A[]
  removed: B[]
  changed: { before: B; after: A; changes: FieldChange[] }[]
  unchanged: { before: B; after: A }[]
}

const subjectKey = (m: MeasureLike) => [m.kind, m.leaseId, m.propertyId, m.unitId, m.toPropertyId].join('|')
const compared = (m: MeasureLike) => JSON.stringify(Object.fromEntries(COMPARED.map((k) => [k, m[k] ?? null])))

/**
 * Pair `after` with `before` by subject (in order when a subject occurs twice) and sort the pairs.
 * @example diffMeasures(plan, proposal).added.map((m) => m.label) // ['Sælg Stouby Skole']
 */
export function diffMeasures<B extends MeasureLike, A extends MeasureLike>(before: B[], after: A[]): MeasureDiff<B, A> {
  const waiting = new Map<string, B[]>()
  for (const m of before) waiting.set(subjectKey(m), [...(waiting.get(subjectKey(m)) ?? []), m])
  const diff: MeasureDiff<B, A> = { added: [], removed: [], changed: [], unchanged: [] }
  for (const m of after) {
    const b = waiting.get(subjectKey(m))?.shift()
    if (!b) diff.added.push(m)
    else {
      const changes = describeChanges(measureFields as never, compared(b), compared(m))
      if (changes.length === 0) diff.unchanged.push({ before: b, after: m })
      else diff.changed.push({ before: b, after: m, changes })
    }
  }
  for (const rest of waiting.values()) diff.removed.push(...rest)
  return diff
}

/**
 * A measure in words, its kind first unless its label already says it ("Salg: Salg: …" never).
 * @example measureTitle({ kind: 'sale', label: 'Salg: Stouby Skole' }) // 'Salg: Stouby Skole'
 */
export function measureTitle(m: Pick<MeasureLike, 'kind' | 'label'>): string {
  const kind = measureKindLabels[m.kind]
  const kindWord = kind.split(' ')[0]!.toLowerCase()
  if (!m.label) return kind
  return m.label.toLowerCase().startsWith(kindWord) ? m.label : `${kind}: ${m.label}`
}
