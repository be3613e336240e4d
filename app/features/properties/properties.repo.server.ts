/** Kysely queries for properties. Every function takes the database or a transaction first. */
import { sql } from 'kysely'
import { dialectOfDb } from '#db/dialect-sql'
import type { Property } from '#db/schema'
import { foldText, sortKey } from '#db/text'
import type { Db } from '~/server/db.server'
import { textSearch, wordsOf, type TextSearch } from '~/server/text-search.server'
import {
  applyGrid,
  applySort,
  EXPORT_BATCH,
  gridBatches,
  gridCount,
  gridPage,
  type GridColumns,
  gridColumnsFromFields,
  type GridRequest,
} from '~/server/grid-query.server'
import { propertyFields } from './fields'

/** The grid's columns: what may be filtered and sorted, by grid column id (from the field registry). */
export const propertyColumns: GridColumns = gridColumnsFromFields('property', propertyFields)

/**
 * Fields derived from the user's input: search text and Danish sort key.
 * @example derivedPropertyFields({ name: 'Ærø Hus', address: 'Torvet 1', postcode: '7130', town: 'Juelsminde' }).sortKey
 */
export function derivedPropertyFields(p: { name: string; address: string; postcode: string; town: string }) {
  return {
    searchText: foldText([p.name, p.address, p.postcode, p.town].join(' ')),
    sortKey: sortKey(p.name),
  }
}

function filtered(db: Db, req: GridRequest, search: TextSearch) {
  return applyGrid(db.selectFrom('property'), req, propertyColumns, dialectOfDb(db), search)
}

function sorted(db: Db, req: GridRequest, search: TextSearch) {
  return applySort(
    filtered(db, req, search).selectAll('property'),
    req,
    propertyColumns,
    sql.ref('property.id'),
    sql.ref('property.sort_key'),
  )
}

/**
 * One page of properties and the total matching the filters.
 * @example await listProperties(db, { offset: 0, limit: 100, sort: [], filter: {}, search: 'juelsminde' })
 */
export async function listProperties(db: Db, req: GridRequest): Promise<{ rows: Property[]; total: number }> {
  const search = await textSearch(db, 'property', wordsOf(req.search))
  return gridPage(
    req,
    () => sorted(db, req, search),
    () =>
      gridCount(db, req, 'property', () =>
        filtered(db, req, search)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ),
    'property.id',
  )
}

/**
 * Every property matching the filters, in grid order, in batches (for the exports).
 * @example for await (const rows of streamProperties(db, req)) write(rows)
 */
export async function* streamProperties(db: Db, req: GridRequest, batch = EXPORT_BATCH): AsyncGenerator<Property[]> {
  const search = await textSearch(db, 'property', wordsOf(req.search))
  yield* gridBatches(() => sorted(db, req, search), 'property.id', batch)
}

/** One property, or undefined. @example await getProperty(db, 7) */
export function getProperty(db: Db, id: number): Promise<Property | undefined> {
  return db.selectFrom('property').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Id and name of every property, for select boxes (small: names only). @example await listPropertyOptions(db) */
export function listPropertyOptions(db: Db): Promise<{ id: number; name: string; town: string }[]> {
  return db.selectFrom('property').select(['id', 'name', 'town']).orderBy('sortKey').orderBy('id').execute()
}

/**
 * What refers to a property and so blocks its deletion.
 * @example await countPropertyDependents(db, 7) // { leases: 1, units: 0, sales: 0, measures: 0 }
 */
export async function countPropertyDependents(
  db: Db,
  id: number,
): Promise<{ leases: number; units: number; sales: number; measures: number }> {
  const count = async (table: 'lease' | 'unit' | 'sale') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('propertyId', '=', id)
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }
  const measureRow = await db
    .selectFrom('scenarioMeasure')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.or([eb('propertyId', '=', id), eb('toPropertyId', '=', id)]))
    .executeTakeFirstOrThrow()
  const [leases, units, sales] = await Promise.all([count('lease'), count('unit'), count('sale')])
  return { leases, units, sales, measures: Number(measureRow.n) }
}

// Added for sales
/**
 * Set the status a sale gives its property; bumps the version so an open edit form cannot undo it.
 * @example await updatePropertyStatus(trx, 7, 'on_offer', nowIso())
 */
export async function updatePropertyStatus(db: Db, id: number, status: Property['status'], updatedAt: string): Promise<void> {
  await db
    .updateTable('property')
    .set({ status, updatedAt, version: sql`version + 1` as never })
    .where('id', '=', id)
    .execute()
}

// Added for import-export: the bulk writes of an import, inside the caller's transaction.
import type {
  NewProperty as ImportedPropertyValues,
  Property as ImportedProperty,
  PropertyUpdate as ImportedPropertyChanges,
} from '#db/schema'
import { insertBatch, overwriteAtVersion, readBatch } from '~/server/audited-batch.server'

/**
 * Insert properties in chunks; returns their ids in the order given.
 * @example const ids = await insertPropertyRows(trx, rows) // ids[i] belongs to rows[i]
 */
export function insertPropertyRows(db: Db, rows: readonly ImportedPropertyValues[]): Promise<number[]> {
  return insertBatch(db, 'property', rows)
}

/**
 * Properties by id, as stored (for the audit rows of an import).
 * @example const rows = await listPropertiesByIds(trx, [12, 13])
 */
export function listPropertiesByIds(db: Db, ids: readonly number[]): Promise<ImportedProperty[]> {
  return readBatch(db, 'property', ids)
}

/**
 * Overwrite a property the caller read at `version`, bumping the version; false when it changed
 * since (another transaction saved it).
 * @example await overwritePropertyRow(trx, 7, 3, values) // false if version is now 4
 */
export function overwritePropertyRow(db: Db, id: number, version: number, values: ImportedPropertyChanges): Promise<boolean> {
  return overwriteAtVersion(db, 'property', id, version, values)
}
