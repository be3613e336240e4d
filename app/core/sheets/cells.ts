/**
 * Cells from either file type as the text the form schemas parse. An .xlsx cell may already be a
 * number or a date; a CSV cell is Danish text. Both end up in the notation the app's own fields
 * accept (`1234567,89`, `2024-05-31`), so one set of rules and messages serves forms and imports.
 */
import { Money } from '~/core/money'
import { foldText } from '#db/text'

export type RawCell = string | number | boolean | Date | null | undefined

/** What a column holds, which decides how a number cell becomes text. */
export type CellKind = 'text' | 'integer' | 'decimal' | 'money' | 'date' | 'code' | 'flag'

/** How far a money cell may be from whole øre and still be read as whole øre: the rounding noise of a double. */
const oreTolerance = (ore: number) => Math.max(1e-6, Math.abs(ore) * 1e-14)

/**
 * A number cell as Danish text without grouping. Excel holds money as binary doubles, so 0.1 + 0.2
 * reads as 0,3; an amount with real fractions of an øre keeps them, and the field refuses it.
 * @example numberText(1234567.89, 'money') // '1234567,89'
 * @example numberText(12.345, 'money') // '12,345'
 */
function numberText(n: number, kind: CellKind): string {
  if (!Number.isFinite(n)) return String(n)
  const exact = new Money(n)
  const wholeOre = kind === 'money' && Math.abs(n * 100 - Math.round(n * 100)) <= oreTolerance(n * 100)
  return (wholeOre ? exact.toDecimalPlaces(2) : exact).toFixed().replace('.', ',')
}

/** A Date cell (read-excel-file gives UTC midnight) as an ISO date. */
function dateText(d: Date): string {
  return d.toISOString().slice(0, 10)
}

/**
 * A raw cell as text for the field parsers; blank is ''.
 * @example cellText(12.5, 'decimal') // '12,5'
 * @example cellText(new Date('2024-05-31T00:00:00Z'), 'date') // '2024-05-31'
 */
export function cellText(cell: RawCell, kind: CellKind): string {
  if (cell == null) return ''
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : dateText(cell)
  if (typeof cell === 'number') return numberText(cell, kind)
  if (typeof cell === 'boolean') return cell ? 'Ja' : 'Nej'
  return cell.replace(/\u00a0/g, ' ').trim()
}

/**
 * How a raw cell is shown in an error list.
 * @example cellDisplay(new Date('2024-05-31T00:00:00Z')) // '31.05.2024'
 */
export function cellDisplay(cell: RawCell): string {
  if (cell == null) return ''
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : `${dateText(cell).slice(8, 10)}.${dateText(cell).slice(5, 7)}.${dateText(cell).slice(0, 4)}`
  if (typeof cell === 'number') return numberText(cell, 'decimal')
  return String(cell).slice(0, 80)
}

/** Headers compared loosely: case, spaces and punctuation do not matter. @example headerKey('Postnr. ') // 'postnr' */
export function headerKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9æøå²]+/g, '')
}

/**
 * Read a Danish label (or the stored code) back to its code; null when unknown.
 * @example codeFromLabel('ejet', ownershipLabels) // 'owned'
 */
export function codeFromLabel<T extends string>(text: string, labels: Record<T, string>, aliases: Record<string, T> = {}): T | null {
  const key = headerKey(text)
  if (!key) return null
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    if (headerKey(label) === key || headerKey(code) === key) return code
  }
  for (const [alias, code] of Object.entries(aliases)) if (headerKey(alias) === key) return code
  return null
}

/**
 * Yes/no in the ways people write it.
 * @example flagFromText('Ja') // '1'
 */
export function flagFromText(text: string): '1' | '0' | null {
  const key = headerKey(text)
  if (['ja', 'j', 'yes', 'sand', 'true', '1', 'x'].includes(key)) return '1'
  if (['nej', 'n', 'no', 'falsk', 'false', '0', ''].includes(key)) return '0'
  return null
}
