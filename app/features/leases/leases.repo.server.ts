/** Kysely queries for leases. Every function takes the database or a transaction first. */
import { sql } from 'kysely'
import { dialectOfDb } from '#db/dialect-sql'
import type { Lease } from '#db/schema'
import { foldText, sortKey } from '#db/text'
import type { Db } from '~/server/db.server'
import { textSearch, wordsOf, type TextSearch } from '~/server/text-search.server'
import {
  applyGrid,
  applySort,
  EXPORT_BATCH,
  gridBatches,
  gridColumnsFromFields,
  gridCount,
  gridPage,
  type GridColumns,
  type GridRequest,
} from '~/server/grid-query.server'
import { leaseFields } from './fields'
import type { LeaseRow } from './types'

export type { LeaseRow } from './types'

/** The grid's columns from the field registry; the property's name is filtered and sorted on the joined property. */
export const leaseColumns: GridColumns = new Map([
  ...gridColumnsFromFields('lease', leaseFields),
  ['propertyName', { ref: sql.ref('property.name'), kind: 'text', sortRef: sql.ref('property.sort_key') }],
])

/**
 * Fields derived from the user's input: search text (counterparty and property) and sort key.
 * @example derivedLeaseFields({ counterparty: 'Udlejer A/S', propertyName: 'Vestergade 7-9' }).sortKey
 */
export function derivedLeaseFields(l: { counterparty: string; propertyName: string }) {
  return { searchText: foldText(`${l.counterparty} ${l.propertyName}`), sortKey: sortKey(l.counterparty) }
}

function filtered(db: Db, req: GridRequest, search: TextSearch) {
  const base = db.selectFrom('lease').innerJoin('property', 'property.id', 'lease.propertyId')
  return applyGrid(base, req, leaseColumns, dialectOfDb(db), search)
}

function withColumns(db: Db, req: GridRequest, search: TextSearch) {
  return filtered(db, req, search).selectAll('lease').select(['property.name as propertyName', 'property.town as propertyTown'])
}

function sorted(db: Db, req: GridRequest, search: TextSearch) {
  return applySort(withColumns(db, req, search), req, leaseColumns, sql.ref('lease.id'), sql.ref('lease.sort_key'))
}

/**
 * One page of leases (both directions) with their property's name, and the total.
 * @example await listLeases(db, { offset: 0, limit: 100, sort: [], filter: {}, search: 'vestergade' })
 */
export async function listLeases(db: Db, req: GridRequest): Promise<{ rows: LeaseRow[]; total: number }> {
  const search = await textSearch(db, 'lease', wordsOf(req.search))
  return gridPage(
    req,
    () => sorted(db, req, search),
    () =>
      gridCount(db, req, 'lease', () =>
        filtered(db, req, search)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ),
    'lease.id',
  )
}

/**
 * Every lease matching the filters, in grid order, in batches (for the exports).
 * @example for await (const rows of streamLeases(db, req)) write(rows)
 */
export async function* streamLeases(db: Db, req: GridRequest, batch = EXPORT_BATCH): AsyncGenerator<LeaseRow[]> {
  const search = await textSearch(db, 'lease', wordsOf(req.search))
  yield* gridBatches(() => sorted(db, req, search), 'lease.id', batch)
}

/** One lease with its property's name, or undefined. @example await getLease(db, 3) */
export function getLease(db: Db, id: number): Promise<LeaseRow | undefined> {
  return db
    .selectFrom('lease')
    .innerJoin('property', 'property.id', 'lease.propertyId')
    .selectAll('lease')
    .select(['property.name as propertyName', 'property.town as propertyTown'])
    .where('lease.id', '=', id)
    .executeTakeFirst()
}

/** The leases on one property, oldest first. @example await listLeasesOfProperty(db, 7) */
export function listLeasesOfProperty(db: Db, propertyId: number): Promise<Lease[]> {
  return db.selectFrom('lease').selectAll().where('propertyId', '=', propertyId).orderBy('id').execute()
}

/** The name of the property a lease is to be on, or undefined when it does not exist. @example await getPropertyName(db, 7) */
export async function getPropertyName(db: Db, propertyId: number): Promise<string | undefined> {
  const row = await db.selectFrom('property').select('name').where('id', '=', propertyId).executeTakeFirst()
  return row?.name
}

/** How many scenario measures name the lease (they block its deletion). @example await countLeaseMeasures(db, 3) // 0 */
export async function countLeaseMeasures(db: Db, leaseId: number): Promise<number> {
  const row = await db
    .selectFrom('scenarioMeasure')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('leaseId', '=', leaseId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * Keep lease search text in step when a property is renamed.
 * @example await refreshLeaseSearchText(trx, 7, 'Hedensted Rådhus')
 */
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

/** Lease statuses that can have a critical date ahead. */
const OPEN_STATUSES = ['active', 'terminated', 'vacated'] as const

/** The terms a running lease's notice deadline follows from (its non-terminable date only when after `from`). */
export interface NoticeTerms {
  noticeMonths: number
  terms: 'month' | 'quarter'
  nonTerminableUntil: string | null
}

/**
 * Running leases the municipality rents (no notice given), counted by the terms their notice
 * deadline follows from: a non-terminable date on or before `from` cannot move the deadline, so
 * those leases count as without one. A few hundred groups, however many leases.
 * @example await countRunningLeasesByTerms(db, '2025-01-01') // [{ noticeMonths: 3, terms: 'month', nonTerminableUntil: null, n: 12 }]
 */
export async function countRunningLeasesByTerms(db: Db, from: string): Promise<(NoticeTerms & { n: number })[]> {
  const floor = sql<
    string | null
  >`case when ${sql.ref('lease.non_terminable_until')} > ${from} then ${sql.ref('lease.non_terminable_until')} end`
  // Grouped in an outer query: PostgreSQL would not match the CASE in GROUP BY to the one in SELECT (each has its own parameter).
  const rows = await db
    .selectFrom(
      runningTenantLeases(db)
        .select(['lease.noticeMonths', 'lease.terms', floor.as('floor')])
        .as('r'),
    )
    .select(['r.noticeMonths', 'r.terms', 'r.floor', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['r.noticeMonths', 'r.terms', 'r.floor'])
    .execute()
  return rows.map((r) => ({ noticeMonths: r.noticeMonths, terms: r.terms, nonTerminableUntil: r.floor, n: Number(r.n) }))
}

function runningTenantLeases(db: Db) {
  return db
    .selectFrom('lease')
    .where('lease.direction', '=', 'tenant')
    .where('lease.noticeDate', 'is', null)
    .where('lease.status', 'in', OPEN_STATUSES)
}

/**
 * Lease ends already set (notice given), counted by day from `from` to `to` (ISO).
 * @example await countLeaseEndsByDate(db, '2024-01-01', '2024-12-31') // [{ date: '2024-05-31', n: 2 }]
 */
export async function countLeaseEndsByDate(db: Db, from: string, to: string): Promise<{ date: string; n: number }[]> {
  // Counted by status too and filtered here: a status condition would lead SQLite (no statistics)
  // to scan the status index instead of the few end dates in the period.
  const rows = await db
    .selectFrom('lease')
    .select(['lease.endDate', 'lease.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('lease.endDate', '>=', from)
    .where('lease.endDate', '<=', to)
    .where('lease.noticeDate', 'is not', null)
    .groupBy(['lease.endDate', 'lease.status'])
    .execute()
  const open: readonly string[] = OPEN_STATUSES
  return rows.filter((r) => open.includes(r.status)).map((r) => ({ date: r.endDate!, n: Number(r.n) }))
}

/**
 * Running leases on one notice period and terms whose deadline falls on one day: without a
 * non-terminable date after `from` (when `open`), or with one from `floors.first` to `floors.last`
 * (the deadline only grows with that date, so each day's dates form one range).
 */
export interface DayTerms {
  noticeMonths: number
  terms: 'month' | 'quarter'
  open: boolean
  floors: { first: string; last: string } | null
}

/**
 * The ids of the leases with a critical date on one day, by counterparty (the index on the sort
 * key), read from the indexes alone: those whose set end is that day, and the running ones rented
 * on terms whose notice deadline is that day. A day may hold most of the register's leases.
 * @example await listDeadlineLeaseIdsOn(db, { date: '2024-03-01', from: '2024-02-10', terms: [{ noticeMonths: 3, terms: 'month', open: true, floors: null }] }) // [12, 7, …]
 */
export async function listDeadlineLeaseIdsOn(db: Db, day: { date: string; from: string; terms: readonly DayTerms[] }): Promise<number[]> {
  const rows = await deadlineLeasesOn(db, day).select('lease.id').orderBy('lease.sortKey').orderBy('lease.id').execute()
  return rows.map((r) => r.id)
}

/**
 * What /frister shows of these leases, in the order of `ids`.
 * @example await listDeadlineLeases(db, [12, 7])
 */
export async function listDeadlineLeases(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('lease')
    .innerJoin('property', 'property.id', 'lease.propertyId')
    .select([
      'lease.id',
      'lease.counterparty',
      'lease.direction',
      'lease.endDate',
      'lease.noticeDate',
      'lease.noticeMonths',
      'lease.terms',
      'lease.nonTerminableUntil',
      'lease.annualRentOre',
      'lease.annualServiceOre',
      'property.name as propertyName',
    ])
    .where('lease.id', 'in', ids)
    .execute()
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

function deadlineLeasesOn(db: Db, day: { date: string; from: string; terms: readonly DayTerms[] }) {
  return db
    .selectFrom('lease')
    .where('lease.status', 'in', OPEN_STATUSES)
    .where((eb) => {
      const running = day.terms.map((t) => {
        const floor = eb.ref('lease.nonTerminableUntil')
        const open = t.open ? [eb(floor, 'is', null), eb(floor, '<=', day.from)] : []
        const ranged = t.floors ? [eb.and([eb(floor, '>=', t.floors.first), eb(floor, '<=', t.floors.last)])] : []
        return eb.and([eb('lease.noticeMonths', '=', t.noticeMonths), eb('lease.terms', '=', t.terms), eb.or([...open, ...ranged])])
      })
      const ends = eb.and([eb('lease.noticeDate', 'is not', null), eb('lease.endDate', '=', day.date)])
      if (!running.length) return ends
      return eb.or([ends, eb.and([eb('lease.direction', '=', 'tenant'), eb('lease.noticeDate', 'is', null), eb.or(running)])])
    })
}

// Added for import-export: the bulk writes of an import, inside the caller's transaction.
import type { Lease as ImportedLease, LeaseUpdate as ImportedLeaseChanges, NewLease as ImportedLeaseValues } from '#db/schema'
import { insertBatch, overwriteAtVersion, readBatch } from '~/server/audited-batch.server'

/**
 * Insert leases in chunks; returns their ids in the order given.
 * @example const ids = await insertLeaseRows(trx, rows) // ids[i] belongs to rows[i]
 */
export function insertLeaseRows(db: Db, rows: readonly ImportedLeaseValues[]): Promise<number[]> {
  return insertBatch(db, 'lease', rows)
}

/**
 * Leases by id, as stored (for the audit rows of an import).
 * @example const rows = await listLeasesByIds(trx, [3, 4])
 */
export function listLeasesByIds(db: Db, ids: readonly number[]): Promise<ImportedLease[]> {
  return readBatch(db, 'lease', ids)
}

/**
 * Overwrite a lease the caller read at `version`, bumping the version; false when it changed
 * since (another transaction saved it).
 * @example await overwriteLeaseRow(trx, 3, 1, values) // false if version is now 2
 */
export function overwriteLeaseRow(db: Db, id: number, version: number, values: ImportedLeaseChanges): Promise<boolean> {
  return overwriteAtVersion(db, 'lease', id, version, values)
}
