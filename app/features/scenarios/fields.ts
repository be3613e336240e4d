/**
 * Scenarios and their measures, declared once: the assumptions form and its action, the new
 * scenario form, the measure form's labels, and the record history and audit trail (in Danish)
 * read these lists.
 */
import type { Scenario, ScenarioMeasure } from '#db/schema'
import { defineFields, formLabelOf, type FieldDef } from '~/core/fields'
import { codes } from '~/core/labels'
import {
  amountOre,
  choice,
  decimalNumber,
  flag,
  optionalDecimalNumber,
  optionalText,
  requiredText,
  wholeNumber,
} from '~/core/schema-fields'
import { measureKindLabels, measureSourceLabels, measureStatusLabels, statusFilterLabels } from './labels'

const yearField = (label: string) => wholeNumber(label, { min: 2000, max: 2100 })

/** In the order the assumptions form shows them. Years are kind text: a year reads 2024, not 2.024. */
export const scenarioFields = defineFields<Scenario>()([
  { key: 'name', label: 'Navn', kind: 'text', schema: requiredText('Navn', 120), form: { wide: true } },
  { key: 'firstYear', label: 'Første budgetår', kind: 'text', schema: yearField('Første budgetår'), form: { inputMode: 'numeric' } },
  { key: 'lastYear', label: 'Sidste budgetår', kind: 'text', schema: yearField('Sidste budgetår'), form: { inputMode: 'numeric' } },
  {
    key: 'targetAnnualOre',
    label: 'Mål for årlig driftsbesparelse',
    unit: 'kr.',
    kind: 'money',
    schema: amountOre('Mål for årlig driftsbesparelse', { min: 0 }),
    form: { wide: true, label: 'Mål pr. år (kr.)' },
  },
  {
    key: 'deskFactor',
    label: 'Deleskrivebordsfaktor',
    kind: 'decimal',
    decimals: 2,
    schema: decimalNumber('Deleskrivebordsfaktor', { min: 0.1, max: 2 }),
  },
  {
    key: 'movingCostPerPersonOre',
    label: 'Flytteudgift pr. person',
    unit: 'kr.',
    kind: 'money',
    schema: amountOre('Flytteudgift pr. person'),
  },
  {
    key: 'rentIndexationPct',
    label: 'Indeksering af husleje',
    unit: '% pr. år',
    kind: 'decimal',
    decimals: 2,
    schema: optionalDecimalNumber('Indeksering af husleje (% pr. år)', { min: -10, max: 20 }),
    form: { wide: true },
  },
  {
    key: 'statusFilter',
    label: 'Medtag tiltag',
    kind: 'enum',
    labels: statusFilterLabels,
    schema: choice('Medtag tiltag', codes(statusFilterLabels)),
    form: { wide: true },
  },
  { key: 'countAvoidedMaintenance', label: 'Medregn sparet vedligehold ved salg', kind: 'flag', schema: flag },
  { key: 'description', label: 'Beskrivelse', kind: 'longtext', schema: optionalText('Beskrivelse') },
  { key: 'isBaseline', label: 'Vedtaget plan', kind: 'flag' },
  { key: 'basedOnId', label: 'Med udgangspunkt i', kind: 'integer', history: false },
  { key: 'archivedAt', label: 'Arkiveret', kind: 'text', history: false },
])

/**
 * A measure's fields. The measure form has one shape per kind (measureSchema), so these carry
 * labels for the form, the history and the audit trail, not schemas.
 */
export const measureFields = defineFields<ScenarioMeasure>()([
  { key: 'kind', label: 'Type', kind: 'enum', labels: measureKindLabels },
  { key: 'status', label: 'Status', kind: 'enum', labels: measureStatusLabels },
  { key: 'enabled', label: 'Medtaget', kind: 'flag' },
  { key: 'label', label: 'Betegnelse', kind: 'text' },
  { key: 'source', label: 'Kilde', kind: 'enum', labels: measureSourceLabels },
  { key: 'leaseId', label: 'Lejemål', kind: 'integer' },
  { key: 'propertyId', label: 'Ejendom', kind: 'integer' },
  { key: 'unitId', label: 'Enhed', kind: 'integer' },
  { key: 'toPropertyId', label: 'Til ejendom', kind: 'integer' },
  { key: 'effectDate', label: 'Dato', kind: 'date' },
  { key: 'endDateOverride', label: 'Aftalt ophørsdato', kind: 'date' },
  { key: 'priceOre', label: 'Pris', unit: 'kr.', kind: 'money' },
  { key: 'saleCostsOre', label: 'Salgsomkostninger', unit: 'kr.', kind: 'money' },
  // Stored as a share of 1; the form takes per cent.
  { key: 'operatingCostShare', label: 'Andel af driften der spares', kind: 'decimal', decimals: 2 },
  { key: 'headcount', label: 'Antal årsværk', kind: 'decimal', decimals: 1 },
  { key: 'refurbishmentOre', label: 'Istandsættelse', unit: 'kr.', kind: 'money' },
  { key: 'addedAnnualOperatingOre', label: 'Merudgift til drift pr. år', unit: 'kr.', kind: 'money' },
  { key: 'movingCostOverrideOre', label: 'Flytteudgift', unit: 'kr.', kind: 'money' },
  { key: 'statedHeatKwh', label: 'Angivet varme pr. år', unit: 'kWh', kind: 'integer' },
  { key: 'statedElectricityKwh', label: 'Angivet el pr. år', unit: 'kWh', kind: 'integer' },
  { key: 'scenarioId', label: 'Scenarie', kind: 'integer', history: false },
])

/**
 * The form label of a registered field: its label, with the unit when it has one.
 * @example fieldLabel(measureFields, 'priceOre') // 'Pris (kr.)'
 */
export function fieldLabel<Row>(fields: readonly FieldDef<Row>[], key: keyof Row & string): string {
  const def = fields.find((f) => f.key === key)
  if (!def) throw new Error(`Ukendt felt: ${key}`)
  return formLabelOf(def as FieldDef<never>)
}
