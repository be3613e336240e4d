/**
 * One imported lease row: cells → the LeaseInput the lease form produces, with its property found by
 * Ejendoms-id or by exact name (in the register or among the file's own new properties).
 */
import { leaseSchema, type LeaseInput } from '~/features/leases/schemas'
import { foldText } from '#db/text'
import { cellDisplay, cellText, type RawCell } from '~/core/sheets/cells'
import { rawOf, rowRecord, schemaIssues, type HeaderMap, type ImportIssue, type RowContext } from '~/core/sheets/import-spec'
import { LEASE_ID_FIELD, LEASE_IMPORT, LEASE_PROPERTY_ID_FIELD, LEASE_PROPERTY_NAME_FIELD } from '~/features/leases/lease-format'
import { idFromCell, mergeIssues } from './property-rows'

/** A property a lease points at: a registered one, or one the same file creates (by its row). */
export type PropertyRef = { id: number } | { newKey: string }

export interface LeaseImportRow {
  row: number
  id: number | null
  property: PropertyRef
  input: Omit<LeaseInput, 'propertyId'>
}

/** Where the import finds properties and leases. Names are compared Danish-folded. */
export interface LeaseLookup {
  propertyExists: (id: number) => boolean
  propertiesNamed: (foldedName: string) => PropertyRef[]
  leaseExists: (id: number) => boolean
}

function findProperty(
  cells: readonly RawCell[],
  map: HeaderMap,
  lookup: LeaseLookup,
  ctx: RowContext,
): { ref?: PropertyRef; issue?: ImportIssue } {
  const idRaw = rawOf(cells, map, LEASE_PROPERTY_ID_FIELD)
  const nameRaw = rawOf(cells, map, LEASE_PROPERTY_NAME_FIELD)
  const id = idFromCell(idRaw)
  const issue = (column: string, raw: RawCell, message: string) => ({ issue: { ...ctx, column, value: cellDisplay(raw), message } })
  if (id === undefined) return issue('Ejendoms-id', idRaw, 'Ejendoms-id skal være et helt tal')
  if (id !== null) return lookup.propertyExists(id) ? { ref: { id } } : issue('Ejendoms-id', idRaw, `Der findes ingen ejendom med id ${id}`)
  const name = cellText(nameRaw, 'text')
  if (!name) return issue('Ejendom', nameRaw, 'Angiv ejendommen (navn eller Ejendoms-id)')
  const found = lookup.propertiesNamed(foldText(name))
  if (found.length === 0) return issue('Ejendom', nameRaw, `Ejendommen "${name}" findes hverken i registret eller i filen`)
  if (found.length > 1) return issue('Ejendom', nameRaw, `${found.length} ejendomme hedder "${name}"; angiv Ejendoms-id`)
  return { ref: found[0]! }
}

/**
 * Read one lease row; `value` only when the row has no issues.
 * @example readLeaseRow(cells, map, { sheet: 'Lejemål', row: 2 }, lookup)
 */
export function readLeaseRow(
  cells: readonly RawCell[],
  map: HeaderMap,
  ctx: RowContext,
  lookup: LeaseLookup,
): { value?: LeaseImportRow; issues: ImportIssue[] } {
  const { record, issues } = rowRecord(cells, map, LEASE_IMPORT, ctx)
  const idRaw = rawOf(cells, map, LEASE_ID_FIELD)
  const id = idFromCell(idRaw)
  if (id === undefined)
    issues.push({
      ...ctx,
      column: 'Id',
      value: cellDisplay(idRaw),
      message: 'Id skal være et helt tal. Lad feltet stå tomt for at oprette et nyt lejemål',
    })
  else if (id !== null && !lookup.leaseExists(id))
    issues.push({
      ...ctx,
      column: 'Id',
      value: cellDisplay(idRaw),
      message: `Der findes intet lejemål med id ${id}. Lad feltet stå tomt for at oprette et nyt`,
    })
  const property = findProperty(cells, map, lookup, ctx)
  if (property.issue) issues.push(property.issue)
  // A blank status follows the notice date, as the lease form's rule expects.
  record.status ??= record.noticeDate ? 'terminated' : 'active'
  // The property is resolved above; the schema only needs a valid placeholder id.
  const parsed = leaseSchema.safeParse({ ...record, propertyId: '1' })
  const all = parsed.success ? issues : mergeIssues(issues, schemaIssues(parsed.error, cells, map, LEASE_IMPORT, ctx))
  if (all.length || !parsed.success || id === undefined || !property.ref) return { issues: all }
  const { propertyId: _placeholder, ...input } = parsed.data
  return { value: { row: ctx.row, id, property: property.ref, input }, issues: [] }
}
