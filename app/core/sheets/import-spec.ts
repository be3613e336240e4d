/**
 * The generic half of reading a table: match the header row to known columns, turn each row's cells
 * into the text record a form schema parses, and report every bad field in Danish, by row and column.
 */
import type { z } from 'zod'
import { cellDisplay, cellText, codeFromLabel, flagFromText, headerKey, type CellKind, type RawCell } from './cells'

export interface ImportField {
  /** The Danish header the export writes. */
  header: string
  /** Other headers accepted for the same column. */
  aliases?: string[]
  /** The key in the form schema; '' for columns read by hand (Id, UTM). */
  field: string
  kind: CellKind
  /** For codes: the Danish labels (code → label) and extra spellings. */
  labels?: Record<string, string>
  codeAliases?: Record<string, string>
  /** Used when the cell is empty. */
  defaultText?: string
  /** The column must be in the file. */
  required?: boolean
  /** Written by export but not read back (derived values). */
  ignored?: boolean
}

/** One bad field (or a whole row when column is ''). `row` is the spreadsheet's row number. */
export interface ImportIssue {
  sheet: string
  row: number
  column: string
  value: string
  message: string
}

export interface HeaderMap {
  /** header → column index */
  columns: Map<ImportField, number>
  unknown: string[]
  missing: string[]
}

/**
 * Match a header row to the spec; unknown headers are reported, not fatal.
 * @example mapHeaders(['Navn', 'Postnr.', 'Farve'], PROPERTY_IMPORT) // unknown: ['Farve']
 */
export function mapHeaders(header: readonly RawCell[], spec: readonly ImportField[]): HeaderMap {
  const columns = new Map<ImportField, number>()
  const unknown: string[] = []
  header.forEach((cell, index) => {
    const text = cellText(cell, 'text')
    if (!text) return
    const key = headerKey(text)
    const field = spec.find((f) => headerKey(f.header) === key || f.aliases?.some((a) => headerKey(a) === key))
    if (field && !columns.has(field)) columns.set(field, index)
    else unknown.push(text)
  })
  const missing = spec.filter((f) => f.required && !columns.has(f)).map((f) => f.header)
  return { columns, unknown, missing }
}

/**
 * How many of the spec's headers a header row has (to tell which table a sheet holds).
 * @example headerScore(['Navn', 'Adresse', 'By'], PROPERTY_IMPORT) // 3
 */
export function headerScore(header: readonly RawCell[], spec: readonly ImportField[]): number {
  return mapHeaders(header, spec).columns.size
}

/**
 * True when every cell of a row is blank.
 * @example isBlankRow(['', null, '  ']) // true
 */
export function isBlankRow(cells: readonly RawCell[]): boolean {
  return cells.every((c) => cellText(c, 'text') === '')
}

export interface RowContext {
  sheet: string
  row: number
}

/**
 * The raw cell of a field in a row, or undefined when the column is absent.
 * @example rawOf(cells, map, PROPERTY_ID_FIELD) // '12'
 */
export function rawOf(cells: readonly RawCell[], map: HeaderMap, field: ImportField): RawCell {
  const index = map.columns.get(field)
  return index === undefined ? undefined : cells[index]
}

/**
 * A row as the text record a form schema parses (blank fields left out, as a browser form would),
 * with an issue for every code or yes/no it cannot read.
 * @example rowRecord(['Rårup Skole', 'Ejet'], map, PROPERTY_IMPORT, { sheet: 'Ejendomme', row: 2 }).record // { name: 'Rårup Skole', ownership: 'owned' }
 */
export function rowRecord(cells: readonly RawCell[], map: HeaderMap, spec: readonly ImportField[], ctx: RowContext) {
  const record: Record<string, string> = {}
  const issues: ImportIssue[] = []
  for (const field of spec) {
    if (!field.field || field.ignored) continue
    const raw = rawOf(cells, map, field)
    let text = cellText(raw, field.kind) || field.defaultText || ''
    if (text && field.kind === 'code' && field.labels) {
      const code = codeFromLabel(text, field.labels, field.codeAliases as Record<string, string>)
      if (code === null) {
        issues.push({
          ...ctx,
          column: field.header,
          value: cellDisplay(raw),
          message: `"${text}" kendes ikke. Brug en af: ${Object.values(field.labels).join(', ')}`,
        })
        continue
      }
      text = code
    }
    if (field.kind === 'flag') {
      const flag = flagFromText(text)
      if (flag === null) {
        issues.push({ ...ctx, column: field.header, value: cellDisplay(raw), message: 'Skriv Ja eller Nej' })
        continue
      }
      text = flag === '1' ? 'on' : ''
    }
    if (text !== '') record[field.field] = text
  }
  return { record, issues }
}

/**
 * The schema's Danish messages as issues placed at the column of the field they concern.
 * @example schemaIssues(parsed.error, cells, map, PROPERTY_IMPORT, ctx) // [{ column: 'Postnr.', message: 'Postnummer skal være fire cifre', … }]
 */
export function schemaIssues(
  error: z.ZodError,
  cells: readonly RawCell[],
  map: HeaderMap,
  spec: readonly ImportField[],
  ctx: RowContext,
): ImportIssue[] {
  return error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '')
    const field = spec.find((f) => f.field === key)
    return {
      ...ctx,
      column: field?.header ?? '',
      value: field ? cellDisplay(rawOf(cells, map, field)) : '',
      message: issue.message,
    }
  })
}
