/**
 * Matching a checked file's rows to the register (duplicates.ts has the rules): each property and
 * lease row gets what the import does with it (create, update or skip), the record it updates or
 * skips, and, merged over the stored record, the input an update writes. Matched rows are
 * collected for the report. Pure; runs in the import check's worker thread.
 */
import type { FieldDef } from '~/core/fields'
import type { DuplicateAction, DuplicateChoices, DuplicateRow, SheetSummary } from '~/core/sheets/report'
import type { HeaderMap } from '~/core/sheets/import-spec'
import { leaseFields } from '~/features/leases/fields'
import { propertyFields } from '~/features/properties/fields'
import { UTM_EAST_FIELD, UTM_NORTH_FIELD } from '~/features/properties/property-format'
import {
  actionFor,
  fieldChanges,
  leaseMatchKey,
  mergedInput,
  propertyMatchKey,
  RecordMatcher,
  type Change,
  type RegisterSnapshot,
  type StoredRecord,
} from './duplicates'
import type { LeaseImportRow, PropertyRef } from './lease-rows'
import type { PropertyImportRow } from './property-rows'
import { consumptionChanges } from './consumption-rows'
import type { ConsumptionYear } from '~/features/properties/types'

const PROPERTY_FIELDS = propertyFields as readonly FieldDef<never>[]
const LEASE_FIELDS = leaseFields as readonly FieldDef<never>[]

/** What the import does with a row, and with which record. */
export interface RowPlan {
  sheet: string
  action: DuplicateAction
  /** The record an update or skip is about; null for a new record. */
  target: number | null
  /** The register record the row matched, whatever the user chose; null when none. */
  matched: number | null
  /** False when the row matches a record and would change none of its fields. */
  changed: boolean
}

export type PlannedProperty = PropertyImportRow &
  RowPlan & {
    key: string
    /** False when a matched row changes only its consumption year: the property itself is not rewritten. */
    propertyChanged?: boolean
  }
export type PlannedLease = LeaseImportRow & RowPlan

/** Everything the matching needs besides the rows, and where it collects the matched rows. */
export interface MatchContext {
  register: RegisterSnapshot
  choices: DuplicateChoices
  rowChoices: ReadonlyMap<string, DuplicateAction>
  /** Register fields per sheet: only the file's columns are compared and written. */
  present: ReadonlyMap<string, ReadonlySet<string>>
  matched: DuplicateRow[]
}

/** The plan of a row before matching: rows with an Id update that record, others are created. */
export function unmatched(sheet: string, id: number | null): RowPlan {
  return { sheet, action: id === null ? 'create' : 'update', target: id, matched: null, changed: true }
}

/**
 * The register fields a sheet's columns fill. Degrees also come from the UTM columns, and a lease's
 * status goes with its notice date (the import derives one from the other).
 */
export function presentFields(map: HeaderMap): Set<string> {
  const present = new Set([...map.columns.keys()].map((f) => f.field).filter(Boolean))
  if (map.columns.has(UTM_EAST_FIELD) || map.columns.has(UTM_NORTH_FIELD)) ['latitude', 'longitude'].forEach((k) => present.add(k))
  if (present.has('noticeDate')) present.add('status')
  return present
}

type Settle = { stored: StoredRecord; byId: boolean; changes: Change[]; name: string; kind: DuplicateRow['kind'] }

/** Decide a matched row's action, note it for the report, and merge its input for an update. */
function settle<R extends RowPlan & { row: number; input: Record<string, unknown> }>(row: R, m: Settle, ctx: MatchContext) {
  const changed = m.changes.length > 0
  const action = actionFor(ctx.choices, ctx.rowChoices, row.sheet, row.row, { changed, byId: m.byId })
  const fields = m.kind === 'properties' ? PROPERTY_FIELDS : LEASE_FIELDS
  Object.assign(row, { action, changed, target: action === 'create' ? null : m.stored.id, matched: m.stored.id })
  if (action === 'update') row.input = mergedInput(fields, ctx.present.get(row.sheet) ?? new Set(), m.stored, row.input)
  ctx.matched.push({
    sheet: row.sheet,
    row: row.row,
    kind: m.kind,
    recordId: m.stored.id,
    recordName: m.name,
    by: m.byId ? 'id' : 'key',
    changes: m.changes,
    action,
  })
}

/**
 * Match property rows: an Id column names its record; other rows match on address and postcode.
 * @example matchProperties(plan.properties, ctx)
 */
export function matchProperties(rows: PlannedProperty[], ctx: MatchContext): void {
  const matcher = new RecordMatcher(ctx.register.properties, (p) => propertyMatchKey({ address: p.address, postcode: p.postcode }))
  const propertyChangesOf = (r: PlannedProperty, stored: StoredRecord) =>
    fieldChanges(PROPERTY_FIELDS, ctx.present.get(r.sheet) ?? new Set(), stored, r.input)
  // The register's years ride on the stored record (import.server.ts adds them).
  const changesOf = (r: PlannedProperty, stored: StoredRecord) => [
    ...propertyChangesOf(r, stored),
    ...consumptionChanges(r.consumption, stored.consumption as ConsumptionYear[] | undefined),
  ]
  const settleOne = (r: PlannedProperty, stored: StoredRecord, byId: boolean) => {
    r.propertyChanged = propertyChangesOf(r, stored).length > 0
    settle(r, { stored, byId, changes: changesOf(r, stored), name: String(stored.name), kind: 'properties' }, ctx)
  }
  // Id rows first, so a row matched by address never takes a record another row names by Id.
  for (const r of rows) {
    const stored = r.id !== null ? matcher.claimId(r.id) : undefined
    if (stored) settleOne(r, stored, true)
  }
  for (const r of rows) {
    if (r.id !== null) continue
    const stored = matcher.claimKey(propertyMatchKey(r.input), (s) => changesOf(r, s).length)
    if (stored) settleOne(r, stored, false)
  }
}

/** The property a lease row is on, once its property rows are matched; null for a new property. */
function propertyIdOf(ref: PropertyRef, byKey: ReadonlyMap<string, PlannedProperty>): number | null {
  return 'id' in ref ? ref.id : (byKey.get(ref.newKey)?.target ?? null)
}

/**
 * Match lease rows: an Id column names its record; other rows match on property, counterparty
 * and start date. A lease moved to another property shows that as a change of "Ejendom".
 * @example matchLeases(plan.leases, plan.properties, ctx)
 */
export function matchLeases(rows: PlannedLease[], properties: readonly PlannedProperty[], ctx: MatchContext): void {
  const byKey = new Map(properties.map((p) => [p.key, p]))
  const names = new Map(ctx.register.properties.map((p) => [p.id, String(p.name)]))
  const matcher = new RecordMatcher(ctx.register.leases, (l) => leaseMatchKey(Number(l.propertyId), l.counterparty, l.startDate))
  const changesOf = (r: PlannedLease, stored: StoredRecord, propertyId: number | null): Change[] => {
    const changes = fieldChanges(LEASE_FIELDS, ctx.present.get(r.sheet) ?? new Set(), stored, r.input)
    if (propertyId === Number(stored.propertyId)) return changes
    const after = propertyId === null ? byKey.get((r.property as { newKey: string }).newKey)?.input.name : names.get(propertyId)
    return [{ label: 'Ejendom', before: names.get(Number(stored.propertyId)) ?? '–', after: after ?? '–' }, ...changes]
  }
  const settleOne = (r: PlannedLease, stored: StoredRecord, byId: boolean, propertyId: number | null) => {
    const name = `${String(stored.counterparty)}, ${names.get(Number(stored.propertyId)) ?? ''}`
    settle(r, { stored, byId, changes: changesOf(r, stored, propertyId), name, kind: 'leases' }, ctx)
  }
  for (const r of rows) {
    const stored = r.id !== null ? matcher.claimId(r.id) : undefined
    if (stored) settleOne(r, stored, true, propertyIdOf(r.property, byKey))
  }
  for (const r of rows) {
    const propertyId = propertyIdOf(r.property, byKey)
    if (r.id !== null || propertyId === null) continue
    const key = leaseMatchKey(propertyId, r.input.counterparty, r.input.startDate)
    const stored = matcher.claimKey(key, (s) => changesOf(r, s, propertyId).length)
    if (stored) settleOne(r, stored, false, propertyId)
  }
}

/**
 * A sheet's counts once its rows are matched: new records, updates, unchanged rows and changed
 * rows the user chose to skip.
 */
export function recount(summary: SheetSummary, rows: readonly RowPlan[]): SheetSummary {
  const mine = rows.filter((r) => r.sheet === summary.name)
  const count = (test: (r: RowPlan) => boolean) => mine.filter(test).length
  return {
    ...summary,
    creates: count((r) => r.action === 'create'),
    updates: count((r) => r.action === 'update'),
    unchanged: count((r) => r.action === 'skip' && !r.changed),
    skipped: count((r) => r.action === 'skip' && r.changed),
  }
}
