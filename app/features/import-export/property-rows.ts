/**
 * One imported property row: cells → the same PropertyInput the property form produces, or Danish
 * messages per field. Coordinates may come as WGS84 (Breddegrad/Længdegrad) or as ETRS89 / UTM 32N
 * (Øst/Nord, EPSG:25832), which are converted.
 */
import { parseDanishNumber } from '~/core/money'
import { isDanishUtm32, utm32ToWgs84 } from '~/core/coordinates'
import { propertySchema, type PropertyInput } from '~/features/properties/schemas'
import { cellDisplay, cellText, type RawCell } from '~/core/sheets/cells'
import { rawOf, rowRecord, schemaIssues, type HeaderMap, type ImportIssue, type RowContext } from '~/core/sheets/import-spec'
import type { ConsumptionYear } from '~/features/properties/types'
import { readConsumption } from './consumption-rows'
import { PROPERTY_ID_FIELD, PROPERTY_IMPORT, UTM_EAST_FIELD, UTM_NORTH_FIELD } from '~/features/properties/property-format'

export interface PropertyImportRow {
  row: number
  /** Set: update this property. Null: create. */
  id: number | null
  input: PropertyInput
  /** The row's consumption year (Forbrugsår and its quantities); null when blank. */
  consumption: ConsumptionYear | null
}

/**
 * An optional positive whole number (an Id column); undefined when malformed.
 * @example idFromCell('12') // 12; idFromCell('') // null; idFromCell('x') // undefined
 */
export function idFromCell(raw: RawCell): number | null | undefined {
  const text = cellText(raw, 'integer')
  if (!text) return null
  const n = parseDanishNumber(text)
  return n !== null && Number.isSafeInteger(n) && n > 0 ? n : undefined
}

function coordinateText(n: number): string {
  return String(n).replace('.', ',')
}

type IssueAt = (column: string, raw: RawCell, message: string) => ImportIssue

/** Latitude/longitude from the UTM32 columns (EPSG:25832), written into the record; or why not. */
function fromUtm(cells: readonly RawCell[], map: HeaderMap, record: Record<string, string>, issue: IssueAt): ImportIssue[] {
  const eastRaw = rawOf(cells, map, UTM_EAST_FIELD)
  const northRaw = rawOf(cells, map, UTM_NORTH_FIELD)
  const east = cellText(eastRaw, 'decimal')
  const north = cellText(northRaw, 'decimal')
  if (record.latitude || record.longitude)
    return [
      issue(
        UTM_EAST_FIELD.header,
        eastRaw,
        'Angiv koordinaten enten i grader (Breddegrad/Længdegrad) eller i UTM32 (Øst/Nord), ikke begge',
      ),
    ]
  const e = parseDanishNumber(east)
  const n = parseDanishNumber(north)
  if (e === null)
    return [issue(UTM_EAST_FIELD.header, eastRaw, east ? 'Øst skal være et tal i meter, fx 543852' : 'Angiv både Øst og Nord')]
  if (n === null)
    return [issue(UTM_NORTH_FIELD.header, northRaw, north ? 'Nord skal være et tal i meter, fx 6180814' : 'Angiv både Øst og Nord')]
  if (!isDanishUtm32({ easting: e, northing: n })) {
    return [
      issue(
        UTM_EAST_FIELD.header,
        eastRaw,
        'Koordinaten ligger ikke i Danmark i ETRS89 / UTM zone 32N (EPSG:25832). Øst er ca. 440.000-890.000 og Nord ca. 6.040.000-6.410.000',
      ),
    ]
  }
  const wgs = utm32ToWgs84({ easting: e, northing: n })
  record.latitude = coordinateText(wgs.latitude)
  record.longitude = coordinateText(wgs.longitude)
  return []
}

/** Fill latitude/longitude from UTM columns when given; messages for half-given or swapped systems. */
function coordinates(cells: readonly RawCell[], map: HeaderMap, record: Record<string, string>, ctx: RowContext): ImportIssue[] {
  const issue: IssueAt = (column, raw, message) => ({ ...ctx, column, value: cellDisplay(raw), message })
  const lat = record.latitude
  const lon = record.longitude
  const looksUtm = (t: string | undefined) => t !== undefined && Math.abs(parseDanishNumber(t) ?? 0) > 1000
  if (looksUtm(lat) || looksUtm(lon)) {
    return [
      issue(
        'Breddegrad',
        lat ?? '',
        'Ligner en UTM32-koordinat i meter. Skriv den i kolonnerne "Øst (UTM32)" og "Nord (UTM32)", eller angiv grader (fx 55,7711)',
      ),
    ]
  }
  if (cellText(rawOf(cells, map, UTM_EAST_FIELD), 'decimal') || cellText(rawOf(cells, map, UTM_NORTH_FIELD), 'decimal'))
    return fromUtm(cells, map, record, issue)
  if (Boolean(lat) !== Boolean(lon))
    return [issue(lat ? 'Længdegrad' : 'Breddegrad', '', 'Angiv både breddegrad og længdegrad, eller ingen af dem')]
  return []
}

/**
 * Drop schema messages for columns that already have one (e.g. an unknown code reported first).
 * @example mergeIssues([{ column: 'Status', … }], schemaIssues) // the schema's Status message is dropped
 */
export function mergeIssues(first: ImportIssue[], more: ImportIssue[]): ImportIssue[] {
  const taken = new Set(first.map((i) => i.column))
  return [...first, ...more.filter((i) => !taken.has(i.column) || i.column === '')]
}

/**
 * Read one property row; `value` only when the row has no issues.
 * @example readPropertyRow(['', 'Rårup Skole', …], map, { sheet: 'Ejendomme', row: 2 })
 */
export function readPropertyRow(
  cells: readonly RawCell[],
  map: HeaderMap,
  ctx: RowContext,
): { value?: PropertyImportRow; issues: ImportIssue[] } {
  const { record, issues } = rowRecord(cells, map, PROPERTY_IMPORT, ctx)
  const idRaw = rawOf(cells, map, PROPERTY_ID_FIELD)
  const id = idFromCell(idRaw)
  if (id === undefined)
    issues.push({
      ...ctx,
      column: 'Id',
      value: cellDisplay(idRaw),
      message: 'Id skal være et helt tal. Lad feltet stå tomt for at oprette en ny ejendom',
    })
  issues.push(...coordinates(cells, map, record, ctx))
  const consumption = readConsumption(record, cells, map, ctx)
  issues.push(...consumption.issues)
  const parsed = propertySchema.safeParse(record)
  const all = parsed.success ? issues : mergeIssues(issues, schemaIssues(parsed.error, cells, map, PROPERTY_IMPORT, ctx))
  if (all.length || !parsed.success || id === undefined) return { issues: all }
  return { value: { row: ctx.row, id, input: parsed.data, consumption: consumption.value }, issues: [] }
}
