/** Kysely queries for leases. Every function takes the database or a transaction first. */
import { sql } from 'kysely'
import { dialectOfDb } from '#db/dialect-sql'
import type { Lease } from '#db/schema'
import { foldText, sortKey } from '#db/text'
import type { Db } from '~/server/db.server'
import {
  applyGrid,
  applySort,
  EXPORT_BATCH,
  gridBatches,
  gridColumnsFromFields,
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

function filtered(db: Db, req: GridRequest) {
  const base = db.selectFrom('lease').innerJoin('property', 'property.id', 'lease.propertyId')
  return applyGrid(base, req, leaseColumns, dialectOfDb(db), sql.ref('lease.search_text'))
}

function withColumns(db: Db, req: GridRequest) {
  return filtered(db, req).selectAll('lease').select(['property.name as propertyName', 'property.town as propertyTown'])
}

function sorted(db: Db, req: GridRequest) {
  return applySort(withColumns(db, req), req, leaseColumns, sql.ref('lease.id'), sql.ref('lease.sort_key'))
}

/**
 * One page of leases (both directions) with their property's name, and the total.
 * @example await listLeases(db, { offset: 0, limit: 100, sort: [], filter: {}, search: 'vestergade' })
 */
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

/**
 * Every lease matching the filters, in grid order, in batches (for the exports).
 * @example for await (const rows of streamLeases(db, req)) write(rows)
 */
export function streamLeases(db: Db, req: GridRequest, batch = EXPORT_BATCH): AsyncGenerator<LeaseRow[]> {
  return gridBatches(() => sorted(db, req), 'lease.id', batch)
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

/**
 * Leases with an upcoming critical date: notice deadlines and lease ends from `from` to `to` (ISO).
 * @example await listLeaseDeadlines(db, '2024-01-01', '2024-12-31')
 */
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
