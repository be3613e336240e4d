/** Kysely queries for leases. Every function takes the database or a transaction first. */
import { sql, type Kysely, type Transaction } from 'kysely'
import { dialectOfDb } from '#db/dialect-sql'
import type { Database, Lease, LeaseUpdate, NewLease } from '#db/schema'
import { foldText, sortKey } from '#db/text'
import {
  applyGrid,
  applySort,
  gridBatches,
  gridPage,
  type GridColumn,
  type GridColumns,
  type GridRequest,
} from '~/server/grid-query.server'

type Db = Kysely<Database> | Transaction<Database>

export type LeaseRow = Lease & { propertyName: string; propertyTown: string }

export const leaseColumns: GridColumns = new Map<string, GridColumn>(
  Object.entries({
    propertyName: { ref: sql.ref('property.name'), kind: 'text', sortRef: sql.ref('property.sort_key') },
    counterparty: { ref: sql.ref('lease.counterparty'), kind: 'text', sortRef: sql.ref('lease.sort_key') },
    direction: { ref: sql.ref('lease.direction'), kind: 'enum' },
    annualRentOre: { ref: sql.ref('lease.annual_rent_ore'), kind: 'money' },
    annualServiceOre: { ref: sql.ref('lease.annual_service_ore'), kind: 'money' },
    startDate: { ref: sql.ref('lease.start_date'), kind: 'date' },
    noticeMonths: { ref: sql.ref('lease.notice_months'), kind: 'number' },
    terms: { ref: sql.ref('lease.terms'), kind: 'enum' },
    nonTerminableUntil: { ref: sql.ref('lease.non_terminable_until'), kind: 'date' },
    noticeDate: { ref: sql.ref('lease.notice_date'), kind: 'date' },
    endDate: { ref: sql.ref('lease.end_date'), kind: 'date' },
    status: { ref: sql.ref('lease.status'), kind: 'enum' },
  }),
)

export function derivedLeaseFields(l: { counterparty: string; propertyName: string }) {
  return { searchText: foldText(`${l.counterparty} ${l.propertyName}`), sortKey: sortKey(l.counterparty) }
}

function filtered(db: Db, req: GridRequest) {
  const base = db.selectFrom('lease').innerJoin('property', 'property.id', 'lease.propertyId')
  return applyGrid(base, req, leaseColumns, dialectOfDb(db), sql.ref('lease.search_text'))
}

function withColumns(db: Db, req: GridRequest) {
  return filtered(db, req).selectAll('lease').select(['property.name as propertyName', 'property.town as propertyTown'])
}

/** One page of leases (both directions) with their property's name, and the total. */
export function listLeases(db: Db, req: GridRequest): Promise<{ rows: LeaseRow[]; total: number }> {
  return gridPage(
    req,
    () => sorted(db, req),
    () =>
      filtered(db, req)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
  )
}

function sorted(db: Db, req: GridRequest) {
  return applySort(withColumns(db, req), req, leaseColumns, sql.ref('lease.id'), sql.ref('lease.sort_key'))
}

/** Every lease matching the filters, in grid order, in batches (for CSV export). */
export function streamLeases(db: Db, req: GridRequest, batch = 2000): AsyncGenerator<LeaseRow[]> {
  return gridBatches(() => sorted(db, req), batch)
}

export function getLease(db: Db, id: number): Promise<LeaseRow | undefined> {
  return db
    .selectFrom('lease')
    .innerJoin('property', 'property.id', 'lease.propertyId')
    .selectAll('lease')
    .select(['property.name as propertyName', 'property.town as propertyTown'])
    .where('lease.id', '=', id)
    .executeTakeFirst()
}

export function listLeasesOfProperty(db: Db, propertyId: number): Promise<Lease[]> {
  return db.selectFrom('lease').selectAll().where('propertyId', '=', propertyId).orderBy('id').execute()
}

export async function insertLease(db: Db, values: NewLease): Promise<number> {
  const row = await db.insertInto('lease').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** Update when the stored version is still `version`; false when someone else saved first. */
export async function updateLease(db: Db, id: number, version: number, values: LeaseUpdate): Promise<boolean> {
  const result = await db
    .updateTable('lease')
    .set({ ...values, version: sql`version + 1` as never })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function deleteLease(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('lease').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) === 1
}

/** Keep lease search text in step when a property is renamed. */
export async function refreshLeaseSearchText(db: Db, propertyId: number, propertyName: string): Promise<void> {
  const leases = await db.selectFrom('lease').select(['id', 'counterparty']).where('propertyId', '=', propertyId).execute()
  for (const l of leases) {
    await db
      .updateTable('lease')
      .set(derivedLeaseFields({ counterparty: l.counterparty, propertyName }))
      .where('id', '=', l.id)
      .execute()
  }
}

/** Upcoming critical dates: notice deadlines and lease ends from `from` to `to` (ISO). */
export function listLeaseDeadlines(db: Db, from: string, to: string) {
  return db
    .selectFrom('lease')
    .innerJoin('property', 'property.id', 'lease.propertyId')
    .select([
      'lease.id',
      'lease.counterparty',
      'lease.direction',
      'lease.status',
      'lease.endDate',
      'lease.noticeDate',
      'lease.noticeMonths',
      'lease.terms',
      'lease.nonTerminableUntil',
      'lease.annualRentOre',
      'lease.annualServiceOre',
      'property.name as propertyName',
      'property.id as propertyId',
    ])
    .where((eb) => eb.or([eb.and([eb('lease.endDate', '>=', from), eb('lease.endDate', '<=', to)]), eb('lease.noticeDate', 'is', null)]))
    .where('lease.status', 'in', ['active', 'terminated', 'vacated'])
    .orderBy('lease.endDate')
    .orderBy('lease.id')
    .execute()
}

// Added for import-export: the bulk writes of an import, inside the caller's transaction.
import type { Lease as ImportedLease, LeaseUpdate as ImportedLeaseChanges, NewLease as ImportedLeaseValues } from '#db/schema'

/** Rows per INSERT: well under SQLite's and PostgreSQL's bound-value limits (about 20 columns a row). */
const INSERT_CHUNK = 500

/**
 * Insert leases in chunks; returns their ids in the order given (each chunk's RETURNING sorted:
 * a multi-row INSERT numbers its rows in VALUES order on both dialects).
 * @example const ids = await insertLeaseRows(trx, rows) // ids[i] belongs to rows[i]
 */
export async function insertLeaseRows(db: Db, rows: readonly ImportedLeaseValues[]): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const returned = await db
      .insertInto('lease')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .returning('id')
      .execute()
    ids.push(...returned.map((r) => r.id).sort((a, b) => a - b))
  }
  return ids
}

/**
 * Leases by id, as stored (for the audit rows of an import).
 * @example const rows = await listLeasesByIds(trx, [3, 4])
 */
export function listLeasesByIds(db: Db, ids: readonly number[]): Promise<ImportedLease[]> {
  if (!ids.length) return Promise.resolve([])
  return db
    .selectFrom('lease')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('id')
    .execute()
}

/**
 * Overwrite a lease the caller read at `version`, bumping the version; false when it changed
 * since (another transaction saved it).
 * @example await overwriteLeaseRow(trx, 3, 1, values) // false if version is now 2
 */
export async function overwriteLeaseRow(db: Db, id: number, version: number, values: ImportedLeaseChanges): Promise<boolean> {
  const result = await db
    .updateTable('lease')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
