/**
 * The fields of units, relocations, rotations and named people, declared once: the forms and their
 * actions, the CSV exports, the record history and the audit trail all read these lists.
 */
import { z } from 'zod'
import type { Person, Relocation, Rotation, Unit } from '#db/schema'
import { defineFields, exportColumnsOf, formLabelOf, headerOf, type FieldDef } from '~/core/fields'
import { relocationStatusLabels } from '~/core/relocation-labels'
import {
  choice,
  dateField,
  decimalNumber,
  flag,
  optionalAmountOre,
  optionalText,
  optionalWholeNumber,
  requiredDate,
  requiredText,
} from '~/core/schema-fields'
import { csvNumber } from '~/core/sheets/csv'
import type { ExportColumn } from '~/core/sheets/export-columns'
import type { PersonRow, UnitListRow } from './types'

/** A chosen record (select box): a positive id, or the message when none is chosen. */
const requiredId = (message: string) => z.coerce.number({ error: message }).int(message).min(1, message)
/** An optional choice: blank is null. */
const optionalId = z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), z.coerce.number().int().min(1).nullable())

/** Statuses a plan can be saved with; 'done' is set only by marking it done, which moves the unit. */
export const PLANNABLE_STATUSES = ['idea', 'planned', 'decided'] as const

export const unitFields = defineFields<Unit>()([
  { key: 'name', label: 'Navn', header: 'Enhed', kind: 'text', schema: requiredText('Navn', 160), form: { wide: true } },
  // The grid shows the parent's name and where the unit sits, not these ids.
  { key: 'parentId', label: 'Overordnet enhed', kind: 'integer', schema: optionalId, grid: false },
  { key: 'propertyId', label: 'Ejendom', kind: 'integer', schema: requiredId('Vælg en ejendom'), grid: false },
  { key: 'locatedFrom', label: 'I ejendommen fra', kind: 'date', schema: dateField('I ejendommen fra') },
  { key: 'headcount', label: 'Årsværk', kind: 'decimal', schema: decimalNumber('Årsværk', { min: 0, max: 100_000 }) },
  {
    key: 'workplacesNeeded',
    label: 'Arbejdspladser',
    kind: 'integer',
    schema: optionalWholeNumber('Arbejdspladser', { min: 0, max: 100_000 }),
  },
  { key: 'contactPerson', label: 'Kontaktperson', kind: 'text', schema: optionalText('Kontaktperson', 160) },
  {
    key: 'external',
    label: 'Ekstern bruger',
    kind: 'flag',
    schema: flag,
    form: { label: 'Ekstern bruger (forening, frivillighus), der skal genhuses hvis bygningen forsvinder' },
  },
])

export const relocationFields = defineFields<Relocation>()([
  { key: 'unitId', label: 'Enhed', kind: 'integer', schema: requiredId('Vælg en enhed'), form: { wide: true } },
  { key: 'fromPropertyId', label: 'Flytter fra', kind: 'integer', schema: requiredId('Vælg hvorfra') },
  { key: 'toPropertyId', label: 'Flytter til', kind: 'integer', schema: requiredId('Vælg hvortil') },
  { key: 'date', label: 'Flyttedato', kind: 'date', schema: requiredDate('Flyttedato') },
  {
    key: 'headcount',
    label: 'Årsværk der flytter',
    kind: 'decimal',
    schema: decimalNumber('Årsværk der flytter', { min: 0, max: 100_000 }),
  },
  { key: 'status', label: 'Status', kind: 'enum', labels: relocationStatusLabels, schema: choice('Status', PLANNABLE_STATUSES) },
  { key: 'rotationId', label: 'Rokade', kind: 'integer', schema: optionalId },
  { key: 'movingCostOre', label: 'Flytteudgift', unit: 'kr.', kind: 'money', schema: optionalAmountOre('Flytteudgift') },
  { key: 'refurbishmentOre', label: 'Istandsættelse', unit: 'kr.', kind: 'money', schema: optionalAmountOre('Istandsættelse') },
  {
    key: 'addedAnnualOperatingOre',
    label: 'Merudgift til drift pr. år',
    unit: 'kr.',
    kind: 'money',
    schema: optionalAmountOre('Merudgift til drift pr. år'),
    form: { label: 'Merudgift til drift pr. år i den modtagende ejendom (kr.)' },
  },
  { key: 'note', label: 'Note', kind: 'longtext', schema: optionalText('Note', 2000) },
])

export const rotationFields = defineFields<Rotation>()([
  { key: 'name', label: 'Navn', kind: 'text', schema: requiredText('Navn', 160), form: { label: 'Rokadens navn' } },
  { key: 'date', label: 'Dato', kind: 'date', schema: dateField('Dato') },
  { key: 'description', label: 'Beskrivelse', kind: 'longtext', schema: optionalText('Beskrivelse', 2000) },
])

/**
 * Named people are HR's data: their name, title and note stay out of the record history and the
 * audit page (the audit trail stores only the unit), so no other role ever reads them there.
 */
export const personFields = defineFields<Person>()([
  { key: 'unitId', label: 'Enhed', kind: 'integer', inFiles: false },
  {
    key: 'name',
    label: 'Navn',
    kind: 'text',
    schema: requiredText('Navn', 160),
    history: false,
    form: { label: 'Medarbejderens navn' },
  },
  { key: 'title', label: 'Stilling', kind: 'text', schema: optionalText('Stilling', 160), history: false },
  {
    key: 'note',
    label: 'Note',
    kind: 'longtext',
    schema: optionalText('Note', 500),
    history: false,
    form: { label: 'Note om medarbejderen' },
  },
])

function fieldOf<Row>(fields: readonly FieldDef<Row>[], key: keyof Row & string): FieldDef<never> {
  const field = fields.find((f) => f.key === key)
  if (!field) throw new Error(`Ukendt felt: ${key}`)
  return field as FieldDef<never>
}

/**
 * The label a form shows for one field, for forms with a layout of their own.
 * @example formLabel(relocationFields, 'movingCostOre') // 'Flytteudgift (kr.)'
 */
export function formLabel<Row>(fields: readonly FieldDef<Row>[], key: keyof Row & string): string {
  return formLabelOf(fieldOf(fields, key))
}

const headerOfKey = <Row>(fields: readonly FieldDef<Row>[], key: keyof Row & string) => headerOf(fieldOf(fields, key))

/** The units CSV: the register's headers, with where each unit sits now (aggregates only, never names of people). */
export const unitExportColumns: ExportColumn<UnitListRow>[] = [
  { header: headerOfKey(unitFields, 'name'), kind: 'text', value: (u) => u.name },
  { header: headerOfKey(unitFields, 'parentId'), kind: 'text', value: (u) => u.parentName ?? '' },
  { header: headerOfKey(unitFields, 'headcount'), kind: 'decimal', value: (u) => u.headcount },
  // The stated need, or headcount × the plan's desk factor: a decimal either way.
  { header: headerOfKey(unitFields, 'workplacesNeeded'), kind: 'decimal', value: (u) => u.workplacesNeeded },
  {
    header: 'Sidder i',
    kind: 'text',
    value: (u) => u.locations.map((l) => `${l.propertyName} (${csvNumber(l.headcount)})`).join(', '),
  },
  { header: headerOfKey(unitFields, 'contactPerson'), kind: 'text', value: (u) => u.contactPerson },
  { header: headerOfKey(unitFields, 'external'), kind: 'text', value: (u) => (u.external ? 'Ja' : 'Nej') },
]

/** HR's CSV of named people: the unit's name, then the person's fields. */
export const personExportColumns: ExportColumn<PersonRow>[] = [
  { header: headerOfKey(personFields, 'unitId'), kind: 'text', value: (p) => p.unitName },
  ...exportColumnsOf(personFields),
]
