/**
 * Re-import without duplicates: which file rows are records the register already has, what they
 * would change, and what the import does with them. A row with an Id column is that record; a
 * property row without one matches on its address and postcode (the register keeps no BBR or
 * property number), a lease row on its property, counterparty and start date. Pure: runs in the
 * import check's worker thread, with the register handed in as plain rows.
 */
import { foldText } from '#db/text'
import { formatFieldValue, type FieldDef } from '~/core/fields'
import type { DuplicateAction, DuplicateChoices, DuplicateRow } from '~/core/sheets/report'

/** A register row as the check sees it: its stored columns, id and version. */
export type StoredRecord = Record<string, unknown> & { id: number; version: number }

/** The register's properties and leases, for matching (read in the request, checked in the worker). */
export interface RegisterSnapshot {
  properties: StoredRecord[]
  leases: StoredRecord[]
}

/** A property as the check indexes it: what a row is matched on, its name and its version. */
export interface PropertyEntry {
  id: number
  version: number
  name: string
  address: string
  postcode: string
}

/** A lease as the check indexes it: what a row is matched on and its version. */
export interface LeaseEntry {
  id: number
  version: number
  propertyId: number
  counterparty: string
  startDate: string | null
}

/**
 * The register as the check matches against it: every record's index entry, and the full stored
 * records of the entries a piece of the file's rows may match, read when needed and let go after.
 */
export interface RegisterSource {
  properties: readonly PropertyEntry[]
  leases: readonly LeaseEntry[]
  /** The stored records of these entries (properties with their consumption years); one no longer there is left out. */
  records(kind: 'properties' | 'leases', entries: readonly { id: number; version: number }[]): Promise<StoredRecord[]>
  /** True once a record was read that changed or went after the index was read. */
  readonly moved: boolean
}

/**
 * A register handed over whole, as a source: its records are their own index entries.
 * @example const source = snapshotSource({ properties: [stored], leases: [] })
 */
export function snapshotSource(register: RegisterSnapshot): RegisterSource {
  const byId = { properties: new Map(register.properties.map((r) => [r.id, r])), leases: new Map(register.leases.map((r) => [r.id, r])) }
  return {
    properties: register.properties as unknown as PropertyEntry[],
    leases: register.leases as unknown as LeaseEntry[],
    records: (kind, entries) => Promise.resolve(entries.map((e) => byId[kind].get(e.id)).filter((r) => r !== undefined)),
    moved: false,
  }
}

/** Rows listed in the report with their changes (changed ones first); all are counted. */
export const MAX_LISTED_DUPLICATES = 1000
/** Candidates compared per key: a register with hundreds of records at one address stays linear. */
const MAX_CANDIDATES = 20

export const DEFAULT_CHOICES: DuplicateChoices = { policy: 'auto', rows: [] }

const squash = (text: string) =>
  foldText(text)
    .replace(/[.,]/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * A property's match key: address and postcode, Danish-folded, punctuation and spacing ignored.
 * @example propertyMatchKey({ address: 'Vestergade 7 - 9.', postcode: '8722' }) // 'vestergade 7-9|8722'
 */
export function propertyMatchKey(p: { address?: unknown; postcode?: unknown }): string {
  return `${squash(String(p.address ?? ''))}|${String(p.postcode ?? '').trim()}`
}

/**
 * A lease's match key: its property, counterparty (folded) and start date.
 * @example leaseMatchKey(7, 'Åvej Ejendomme ApS', '2020-01-01') // '7|åvej ejendomme aps|2020-01-01'
 */
export function leaseMatchKey(propertyId: number, counterparty: unknown, startDate: unknown): string {
  return `${propertyId}|${squash(String(counterparty ?? ''))}|${startDate ? String(startDate) : ''}`
}

export type Change = DuplicateRow['changes'][number]

/**
 * The fields a row would change, compared as a Danish reader sees them (so 55,7711 read back from
 * an export equals the stored 55,77108), only over the columns the file has.
 * @example fieldChanges(propertyFields, new Set(['town']), stored, input) // [{ label: 'By', before: 'Rårup', after: 'Raarup' }]
 */
export function fieldChanges(
  fields: readonly FieldDef<never>[],
  present: ReadonlySet<string>,
  stored: Record<string, unknown>,
  input: Record<string, unknown>,
): Change[] {
  const changes: Change[] = []
  for (const f of fields) {
    if (!f.schema || !present.has(f.key)) continue
    const before = formatFieldValue(f, stored[f.key])
    const after = formatFieldValue(f, input[f.key])
    if (before !== after) changes.push({ label: f.label, before, after })
  }
  return changes
}

/**
 * The input an update writes: the stored values, with the file's value for every column it has
 * (a column the file leaves out is kept, not reset to its default).
 * @example mergedInput(propertyFields, new Set(['town']), stored, input).note // the stored note
 */
export function mergedInput<T extends Record<string, unknown>>(
  fields: readonly FieldDef<never>[],
  present: ReadonlySet<string>,
  stored: Record<string, unknown>,
  input: T,
): T {
  const merged: Record<string, unknown> = { ...input }
  for (const f of fields) if (f.schema && !present.has(f.key) && f.key in stored) merged[f.key] = stored[f.key]
  return merged as T
}

/** Register records (or their index entries) by id and by key; each record matches at most one file row. */
export class RecordMatcher<R extends { id: number } = StoredRecord> {
  private readonly byId = new Map<number, R>()
  private readonly byKey = new Map<string, R[]>()
  private readonly taken = new Set<number>()

  constructor(records: readonly R[], keyOf: (r: R) => string) {
    for (const r of [...records].sort((a, b) => a.id - b.id)) {
      this.byId.set(r.id, r)
      const key = keyOf(r)
      const list = this.byKey.get(key)
      if (list) list.push(r)
      else this.byKey.set(key, [r])
    }
  }

  /** The record an Id column names (taken, so no key match claims it too). */
  claimId(id: number): R | undefined {
    this.taken.add(id)
    return this.byId.get(id)
  }

  /**
   * Every record that rows with these keys, claimed one after another, may be compared with: per
   * key, the first MAX_CANDIDATES free ones and one more for each further row with that key.
   * @example matcher.candidates(['torvet 1|7130', 'torvet 1|7130']) // up to 21 records
   */
  candidates(keys: readonly string[]): R[] {
    const rows = new Map<string, number>()
    for (const key of keys) rows.set(key, (rows.get(key) ?? 0) + 1)
    const found: R[] = []
    for (const [key, n] of rows) {
      let left = MAX_CANDIDATES + n - 1
      for (const r of this.byKey.get(key) ?? []) {
        if (left === 0) break
        if (this.taken.has(r.id)) continue
        found.push(r)
        left -= 1
      }
    }
    return found
  }

  /**
   * The free record with this key that the row changes least (fewest differing fields, then the
   * lowest id): two records at one address are told apart by the rest of their fields.
   */
  claimKey(key: string, distance: (r: R) => number): R | undefined {
    let best: R | undefined
    let bestDistance = Infinity
    let seen = 0
    for (const r of this.byKey.get(key) ?? []) {
      if (this.taken.has(r.id)) continue
      const d = distance(r)
      if (d < bestDistance) [best, bestDistance] = [r, d]
      if (d === 0 || ++seen >= MAX_CANDIDATES) break
    }
    if (best) this.taken.add(best.id)
    return best
  }
}

/**
 * What a matched row does: the user's choice for the row, else the file's. 'auto' (the default)
 * skips an unchanged row and updates a changed one. A row with an Id column is that record, so it
 * is never created anew; and an update that changes nothing writes nothing.
 * @example actionFor(DEFAULT_CHOICES, 'Ejendomme', 2, { changed: false, byId: false }) // 'skip'
 */
export function actionFor(
  choices: DuplicateChoices,
  rowChoices: ReadonlyMap<string, DuplicateAction>,
  sheet: string,
  row: number,
  match: { changed: boolean; byId: boolean },
): DuplicateAction {
  const chosen = rowChoices.get(choiceKey(sheet, row)) ?? choices.policy
  const action = chosen === 'auto' || (chosen === 'create' && match.byId) ? (match.changed ? 'update' : 'skip') : chosen
  return action === 'update' && !match.changed ? 'skip' : action
}

export const choiceKey = (sheet: string, row: number) => `${row}\u0000${sheet}`

/** The per-row choices as a lookup. */
export function rowChoiceMap(choices: DuplicateChoices): Map<string, DuplicateAction> {
  return new Map(choices.rows.map((c) => [choiceKey(c.sheet, c.row), c.action]))
}

type Versioned = readonly { id: number; version: number }[]

/**
 * A stamp of the register's properties and leases: it changes with every insert, update and
 * delete, so an import can tell that the register moved since the user saw the check. A register
 * that moved while the check read it gets a stamp no register has, so nothing is written from it.
 * @example registerStamp({ properties: [{ id: 1, version: 2 }], leases: [] }) // 'p1:1:2|l0:0:0'
 */
export function registerStamp(register: { properties: Versioned; leases: Versioned; moved?: boolean }): string {
  const part = (rows: Versioned) =>
    `${rows.length}:${rows.reduce((m, r) => Math.max(m, r.id), 0)}:${rows.reduce((s, r) => s + Number(r.version), 0)}`
  return `p${part(register.properties)}|l${part(register.leases)}${register.moved ? '|moved' : ''}`
}

/**
 * The matched rows for the report: every one counted, only those it lists kept (changed rows
 * first, then unchanged, each in the order they were matched, up to MAX_LISTED_DUPLICATES).
 * @example const tally = new DuplicateTally(); tally.add(row); tally.rows()
 */
export class DuplicateTally {
  matched = 0
  unchanged = 0
  private readonly changed: DuplicateRow[] = []
  private readonly same: DuplicateRow[] = []

  add(row: DuplicateRow): void {
    this.matched += 1
    if (row.changes.length === 0) this.unchanged += 1
    const list = row.changes.length > 0 ? this.changed : this.same
    if (list.length < MAX_LISTED_DUPLICATES) list.push(row)
  }

  rows(): DuplicateRow[] {
    return [...this.changed, ...this.same].slice(0, MAX_LISTED_DUPLICATES)
  }
}
