/**
 * Field registries: each entity declares its fields once (label, kind, validation, file header,
 * grid column, form widget) and grids, forms, exports, imports, record history and the audit
 * trail are derived from that one declaration. Pure: used on the server and in the browser.
 */
import { z } from 'zod'
import { formatDanishDate, isIsoDate } from './dates'
import { formatNumberDa, formatOre } from './money'
import type { ExportColumn, ExportKind } from './sheets/export-columns'
import type { ImportField } from './sheets/import-spec'

/** How a value is stored and read: money is øre, dates are ISO text, enums are codes. */
export type FieldKind = 'text' | 'longtext' | 'integer' | 'decimal' | 'money' | 'date' | 'enum' | 'flag'

export interface FieldDef<Row = Record<string, unknown>> {
  key: keyof Row & string
  /** The Danish label: form, grid header, history and audit. */
  label: string
  kind: FieldKind
  /** Validation of the posted text (Conform + zod); absent for derived, read-only fields. */
  schema?: z.ZodType
  /** Enum codes and their Danish labels, in display order. */
  labels?: Record<string, string>
  decimals?: number
  /** Unit shown after the label in forms and files, e.g. 'm²', 'kr.'. */
  unit?: string
  /** Export and import header; defaults to the label with its unit. */
  header?: string
  /** Import: other headers and spellings accepted. */
  aliases?: string[]
  codeAliases?: Record<string, string>
  /** Import: the column must be in the file / the text used when the cell is empty. */
  requiredInFile?: boolean
  defaultText?: string
  /** Files: false keeps the field out of exports and imports. */
  inFiles?: boolean
  /** Column width in characters in .xlsx. */
  width?: number
  /** Grid: false keeps the field out of the register grid. */
  /**
   * Grid column options. `blankLabel` (codes only): the filter offers this choice for an empty
   * value (e.g. "Intet mærke"), sent as the empty code.
   */
  grid?: false | { width?: number; pinned?: 'left'; hide?: boolean; headerName?: string; blankLabel?: string }
  /** The SQL column the grid filters and sorts on, when not the snake_case of `key`. */
  column?: string
  sortColumn?: string
  /** Form widget hints. */
  form?: false | { inputMode?: 'numeric' | 'decimal' | 'text'; placeholder?: string; wide?: boolean; label?: string }
  /** History and audit: false hides the field (internal or derived). */
  history?: boolean
}

export type FieldRegistry<Row> = readonly FieldDef<Row>[]

/**
 * Declare an entity's fields with the row type checked. @example
 * export const propertyFields = defineFields<Property>()([{ key: 'name', label: 'Navn', kind: 'text' }])
 */
export function defineFields<Row>() {
  return <const F extends readonly FieldDef<Row>[]>(fields: F): F => fields
}

/** The header a file uses for a field: its own, or the label with the unit. */
export function headerOf(def: FieldDef<never>): string {
  return def.header ?? (def.unit ? `${def.label} (${def.unit})` : def.label)
}

/** The label a form shows: with its unit. */
export function formLabelOf(def: FieldDef<never>): string {
  return (def.form && def.form.label) || (def.unit ? `${def.label} (${def.unit})` : def.label)
}

/**
 * A stored value as a Danish reader sees it: `1.234.567,89 kr.`, `31.05.2024`, the enum's label.
 * @example formatFieldValue({ key: 'x', label: 'Drift', kind: 'money' }, 195000000) // '1.950.000,00 kr.'
 */
export function formatFieldValue(def: Pick<FieldDef<never>, 'kind' | 'labels' | 'decimals' | 'unit'>, value: unknown): string {
  if (value === null || value === undefined || value === '') return '–'
  switch (def.kind) {
    case 'money':
      return formatOre(Number(value))
    case 'date':
      return isIsoDate(value) ? formatDanishDate(value) : String(value)
    case 'enum':
      return def.labels?.[String(value)] ?? String(value)
    case 'flag':
      return value === 1 || value === true || value === '1' ? 'Ja' : 'Nej'
    case 'integer':
    case 'decimal': {
      const n = formatNumberDa(Number(value), def.kind === 'integer' ? 0 : (def.decimals ?? 2))
      return def.unit && def.unit !== 'kr.' ? `${n} ${def.unit}` : n
    }
    default:
      return String(value)
  }
}

type SchemaShape<F extends readonly { key: string; schema?: z.ZodType }[]> = {
  [E in F[number] as E['schema'] extends z.ZodType ? E['key'] : never]: E['schema'] extends z.ZodType ? E['schema'] : never
}

/**
 * The zod object a form and its action share, from the fields that carry a schema; typed field by
 * field. @example const propertySchema = schemaOf(propertyFields)
 */
export function schemaOf<const F extends readonly { key: string; schema?: z.ZodType }[]>(fields: F): z.ZodObject<SchemaShape<F>> {
  const shape: Record<string, z.ZodType> = {}
  for (const f of fields) if (f.schema) shape[f.key] = f.schema
  return z.object(shape) as unknown as z.ZodObject<SchemaShape<F>>
}

const EXPORT_KIND: Record<FieldKind, ExportKind> = {
  text: 'text',
  longtext: 'text',
  integer: 'integer',
  decimal: 'decimal',
  money: 'money',
  date: 'date',
  enum: 'text',
  flag: 'text',
}

/** Export columns (CSV and .xlsx) in registry order. */
export function exportColumnsOf<Row>(fields: FieldRegistry<Row>): ExportColumn<Row>[] {
  return fields
    .filter((f) => f.inFiles !== false)
    .map((f) => ({
      header: headerOf(f as FieldDef<never>),
      kind: EXPORT_KIND[f.kind],
      width: f.width,
      value: (row: Row) => {
        const v = row[f.key] as string | number | null | undefined
        if (f.kind === 'enum' && v != null) return f.labels?.[String(v)] ?? String(v)
        if (f.kind === 'flag') return v ? 'Ja' : 'Nej'
        return v
      },
    }))
}

/** Import columns read back under the export's headers. */
export function importFieldsOf<Row>(fields: FieldRegistry<Row>): ImportField[] {
  return fields
    .filter((f) => f.inFiles !== false && f.schema)
    .map((f) => ({
      header: headerOf(f as FieldDef<never>),
      aliases: f.aliases,
      field: f.key,
      kind: f.kind === 'enum' ? 'code' : f.kind === 'flag' ? 'flag' : f.kind === 'longtext' ? 'text' : f.kind,
      labels: f.labels,
      codeAliases: f.codeAliases,
      defaultText: f.defaultText,
      required: f.requiredInFile,
    }))
}

export interface FieldChange {
  field: string
  label: string
  before: string
  after: string
}

const parse = (json: string | null): Record<string, unknown> => (json ? (JSON.parse(json) as Record<string, unknown>) : {})

/**
 * The fields that differ between two audit snapshots, in Danish and in registry order. Fields the
 * registry does not declare, or hides, are internal and left out.
 * @example describeChanges(propertyFields, '{"status":"in_use"}', '{"status":"sold"}') // [{ label: 'Status', before: 'I brug', after: 'Solgt', … }]
 */
export function describeChanges(
  fields: FieldRegistry<never> | undefined,
  beforeJson: string | null,
  afterJson: string | null,
): FieldChange[] {
  if (!fields) return []
  const before = parse(beforeJson)
  const after = parse(afterJson)
  return fields
    .filter((f) => f.history !== false && JSON.stringify(before[f.key] ?? null) !== JSON.stringify(after[f.key] ?? null))
    .map((f) => ({ field: f.key, label: f.label, before: formatFieldValue(f, before[f.key]), after: formatFieldValue(f, after[f.key]) }))
}
