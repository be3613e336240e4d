/**
 * Matching a checked file's rows to the register (duplicates.ts has the rules): each property and
 * lease row gets what the import does with it (create, update or skip), the record it updates or
 * skips, and, merged over the stored record, the input an update writes. Rows are matched a piece
 * at a time against the register's index; only the stored records a piece may match are read,
 * compared and let go. Matched rows are counted for the report. Runs in the import check's worker
 * thread.
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
  type DuplicateTally,
  type PropertyEntry,
  type RegisterSource,
  type StoredRecord,
} from './duplicates'
import type { LeaseImportRow, PropertyRef } from './lease-rows'
import type { PropertyImportRow } from './property-rows'
import { consumptionChanges } from './consumption-rows'
import type { ConsumptionYear } from '~/features/properties/types'

const PROPERTY_FIELDS = propertyFields as readonly FieldDef<never>[]
const LEASE_FIELDS = leaseFields as readonly FieldDef<never>[]

/** File rows matched at a time: the stored records read for them are let go before the next piece. */
export const MATCH_PIECE = 1000

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

/** Everything the matching needs besides the rows, and where it counts the matched rows. */
export interface MatchContext {
  register: RegisterSource
  choices: DuplicateChoices
  rowChoices: ReadonlyMap<string, DuplicateAction>
  /** Register fields per sheet: only the file's columns are compared and written. */
  present: ReadonlyMap<string, ReadonlySet<string>>
  duplicates: DuplicateTally
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

/** Decide a matched row's action, count it for the report, and merge its input for an update. */
function settle<R extends RowPlan & { row: number; input: Record<string, unknown> }>(row: R, m: Settle, ctx: MatchContext) {
  const changed = m.changes.length > 0
  const action = actionFor(ctx.choices, ctx.rowChoices, row.sheet, row.row, { changed, byId: m.byId })
  const fields = m.kind === 'properties' ? PROPERTY_FIELDS : LEASE_FIELDS
  Object.assign(row, { action, changed, target: action === 'create' ? null : m.stored.id, matched: m.stored.id })
  if (action === 'update') row.input = mergedInput(fields, ctx.present.get(row.sheet) ?? new Set(), m.stored, row.input)
  ctx.duplicates.add({
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

function* pieces<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += MATCH_PIECE) yield rows.slice(i, i + MATCH_PIECE)
}

type Kind = DuplicateRow['kind']

/** The stored records of these index entries, by id. */
async function storedById(ctx: MatchContext, kind: Kind, entries: readonly { id: number; version: number }[]) {
  return new Map((await ctx.register.records(kind, entries)).map((r) => [r.id, r]))
}

/**
 * Rows with an Id column, a piece at a time: each names its record (claimed, so no key match
 * takes it); a record no longer stored matches nothing.
 */
async function matchByIds<R extends { id: number | null }, E extends { id: number; version: number }>(
  rows: readonly R[],
  kind: Kind,
  matcher: RecordMatcher<E>,
  ctx: MatchContext,
  settleOne: (row: R, stored: StoredRecord) => void,
) {
  for (const piece of pieces(rows.filter((r) => r.id !== null))) {
    const claimed = piece.map((r) => matcher.claimId(r.id!))
    const stored = await storedById(
      ctx,
      kind,
      claimed.filter((e) => e !== undefined),
    )
    piece.forEach((r, i) => {
      const record = claimed[i] && stored.get(claimed[i].id)
      if (record) settleOne(r, record)
    })
  }
}

/**
 * Rows matched on their key (null: not matched), a piece at a time: each takes the free record
 * with its key that it changes least.
 */
async function matchByKeys<R, E extends { id: number; version: number }>(
  rows: readonly R[],
  keyOf: (row: R) => string | null,
  kind: Kind,
  matcher: RecordMatcher<E>,
  ctx: MatchContext,
  distance: (row: R, stored: StoredRecord) => number,
  settleOne: (row: R, stored: StoredRecord) => void,
) {
  const keyed = rows.flatMap((row) => {
    const key = keyOf(row)
    return key === null ? [] : [{ row, key }]
  })
  for (const piece of pieces(keyed)) {
    const stored = await storedById(ctx, kind, matcher.candidates(piece.map((p) => p.key)))
    for (const { row, key } of piece) {
      const entry = matcher.claimKey(key, (e) => {
        const record = stored.get(e.id)
        return record ? distance(row, record) : Infinity
      })
      const record = entry && stored.get(entry.id)
      if (record) settleOne(row, record)
    }
  }
}

/**
 * The matching of one file's property rows, in two steps: rows with an Id column (in file order,
 * a piece at a time, as they are read), then, once every Id row is matched, the other rows on
 * address and postcode, so a row matched by address never takes a record another row names by Id.
 * @example const m = propertyMatching(ctx); await m.byIds(piece); await m.byKeys(plan.properties)
 */
export function propertyMatching(ctx: MatchContext) {
  let matcher: RecordMatcher<PropertyEntry> | null = null
  const matcherOnce = () =>
    (matcher ??= new RecordMatcher(ctx.register.properties, (p) => propertyMatchKey({ address: p.address, postcode: p.postcode })))
  const propertyChangesOf = (r: PlannedProperty, stored: StoredRecord) =>
    fieldChanges(PROPERTY_FIELDS, ctx.present.get(r.sheet) ?? new Set(), stored, r.input)
  // The register's years ride on the stored record (import-lookups.server.ts adds them).
  const changesOf = (r: PlannedProperty, stored: StoredRecord) => [
    ...propertyChangesOf(r, stored),
    ...consumptionChanges(r.consumption, stored.consumption as ConsumptionYear[] | undefined),
  ]
  const settleOne = (byId: boolean) => (r: PlannedProperty, stored: StoredRecord) => {
    r.propertyChanged = propertyChangesOf(r, stored).length > 0
    settle(r, { stored, byId, changes: changesOf(r, stored), name: String(stored.name), kind: 'properties' }, ctx)
  }
  return {
    /** Rows with an Id column (others are passed over), in file order. */
    async byIds(rows: readonly PlannedProperty[]): Promise<void> {
      if (rows.length) await matchByIds(rows, 'properties', matcherOnce(), ctx, settleOne(true))
    },
    /** Rows without an Id column, after every Id row of the file. */
    async byKeys(rows: readonly PlannedProperty[]): Promise<void> {
      const keyOf = (r: PlannedProperty) => (r.id === null ? propertyMatchKey(r.input) : null)
      if (rows.length) await matchByKeys(rows, keyOf, 'properties', matcherOnce(), ctx, (r, s) => changesOf(r, s).length, settleOne(false))
    },
  }
}

/**
 * A matched property row as a check that writes nothing still needs it: its plan, and of its
 * input only the name (a lease in the same file may name the property). What it would write is
 * let go: 100,000 checked rows held some 50 MB until the last was matched.
 * @example keepPlanOnly(row) // row.input is { name } now
 */
export function keepPlanOnly(row: PlannedProperty): void {
  row.input = { name: row.input.name } as PlannedProperty['input']
  row.consumption = null
}

/** The property a lease row is on, once its property rows are matched; null for a new property. */
function propertyIdOf(ref: PropertyRef, byKey: ReadonlyMap<string, PlannedProperty>): number | null {
  return 'id' in ref ? ref.id : (byKey.get(ref.newKey)?.target ?? null)
}

/**
 * Match lease rows: an Id column names its record; other rows match on property, counterparty
 * and start date. A lease moved to another property shows that as a change of "Ejendom".
 * @example await matchLeases(plan.leases, plan.properties, ctx)
 */
export async function matchLeases(rows: PlannedLease[], properties: readonly PlannedProperty[], ctx: MatchContext): Promise<void> {
  if (rows.length === 0) return
  const byKey = new Map(properties.map((p) => [p.key, p]))
  const names = new Map(ctx.register.properties.map((p) => [p.id, String(p.name)]))
  const matcher = new RecordMatcher(ctx.register.leases, (l) => leaseMatchKey(Number(l.propertyId), l.counterparty, l.startDate))
  const changesOf = (r: PlannedLease, stored: StoredRecord, propertyId: number | null): Change[] => {
    const changes = fieldChanges(LEASE_FIELDS, ctx.present.get(r.sheet) ?? new Set(), stored, r.input)
    if (propertyId === Number(stored.propertyId)) return changes
    const after = propertyId === null ? byKey.get((r.property as { newKey: string }).newKey)?.input.name : names.get(propertyId)
    return [{ label: 'Ejendom', before: names.get(Number(stored.propertyId)) ?? '–', after: after ?? '–' }, ...changes]
  }
  const settleOne = (byId: boolean) => (r: PlannedLease, stored: StoredRecord) => {
    const name = `${String(stored.counterparty)}, ${names.get(Number(stored.propertyId)) ?? ''}`
    settle(r, { stored, byId, changes: changesOf(r, stored, propertyIdOf(r.property, byKey)), name, kind: 'leases' }, ctx)
  }
  await matchByIds(rows, 'leases', matcher, ctx, settleOne(true))
  const keyOf = (r: PlannedLease) => {
    const propertyId = propertyIdOf(r.property, byKey)
    return r.id !== null || propertyId === null ? null : leaseMatchKey(propertyId, r.input.counterparty, r.input.startDate)
  }
  const distance = (r: PlannedLease, s: StoredRecord) => changesOf(r, s, propertyIdOf(r.property, byKey)).length
  await matchByKeys(rows, keyOf, 'leases', matcher, ctx, distance, settleOne(false))
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
