/** Kysely queries for sales of owned properties, their steps and bids. */
import { sql } from 'kysely'
import { dialectOfDb } from '#db/dialect-sql'
import type { Bid, NewBid, NewSaleStep, Sale, SaleStep } from '#db/schema'
import type { Db } from '~/server/db.server'
import { searchWords, textSearch, wordsOf, type TextSearch } from '~/server/text-search.server'
import {
  applyGrid,
  applySort,
  type GridColumn,
  type GridColumns,
  gridColumnsFromFields,
  type GridRequest,
  EXPORT_BATCH,
  gridBatches,
  gridPage,
} from '~/server/grid-query.server'
import { saleFields } from './fields'
import type { SaleRow } from './types'

/** The grid's columns: the sale's own from the field registry, and its property's name and town. */
export const saleColumns: GridColumns = new Map<string, GridColumn>([
  ['propertyName', { ref: sql.ref('property.name'), kind: 'text', sortRef: sql.ref('property.sort_key') }],
  ['propertyTown', { ref: sql.ref('property.town'), kind: 'text' }],
  ...gridColumnsFromFields('sale', saleFields),
])

function withProperty(db: Db) {
  return db.selectFrom('sale').innerJoin('property', 'property.id', 'sale.propertyId')
}

function selectRow<Q extends ReturnType<typeof withProperty>>(q: Q) {
  return q
    .selectAll('sale')
    .select([
      'property.name as propertyName',
      'property.town as propertyTown',
      'property.address as propertyAddress',
      'property.use as propertyUse',
      'property.status as propertyStatus',
    ])
}

function filtered(db: Db, req: GridRequest, search: TextSearch) {
  return applyGrid(withProperty(db), req, saleColumns, dialectOfDb(db), search)
}

function sorted(db: Db, req: GridRequest, search: TextSearch) {
  return applySort(selectRow(filtered(db, req, search)), req, saleColumns, sql.ref('sale.id'), sql.ref('property.sort_key'))
}

/**
 * One page of sales with their property, and the total matching the filters.
 * @example await listSalesPage(db, { offset: 0, limit: 100, sort: [], filter: {}, search: 'glud' })
 */
export async function listSalesPage(db: Db, req: GridRequest): Promise<{ rows: SaleRow[]; total: number }> {
  const search = await textSearch(db, 'property', wordsOf(req.search))
  return gridPage(
    req,
    () => sorted(db, req, search),
    () =>
      filtered(db, req, search)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    'sale.id',
  )
}

/** Every sale matching the filters, in grid order, in batches (for export). @example streamSales(db, req) */
export async function* streamSales(db: Db, req: GridRequest, batch = EXPORT_BATCH): AsyncGenerator<SaleRow[]> {
  const search = await textSearch(db, 'property', wordsOf(req.search))
  yield* gridBatches(() => sorted(db, req, search), 'sale.id', batch)
}

/** One sale with its property's facts. @example (await getSale(db, 3))?.propertyName */
export function getSale(db: Db, id: number): Promise<SaleRow | undefined> {
  return selectRow(withProperty(db)).where('sale.id', '=', id).executeTakeFirst()
}

/** The sale of a property, if it has one (a property is sold at most once). @example await getSaleOfProperty(db, 7) */
export function getSaleOfProperty(db: Db, propertyId: number): Promise<Sale | undefined> {
  return db.selectFrom('sale').selectAll().where('propertyId', '=', propertyId).executeTakeFirst()
}

/** Status and prices of every sale: enough for the totals (one row per owned property at most). @example await listSaleAmounts(db) */
export function listSaleAmounts(db: Db) {
  return db.selectFrom('sale').select(['status', 'expectedPriceOre', 'realisedPriceOre', 'saleCostsOre']).execute()
}

/** @example await insertSaleStep(trx, { saleId: 3, status: 'offered', … }) */
export async function insertSaleStep(db: Db, values: NewSaleStep): Promise<number> {
  const row = await db.insertInto('saleStep').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** The sale's recorded steps, oldest first. @example await listSaleSteps(db, 3) */
export function listSaleSteps(db: Db, saleId: number): Promise<SaleStep[]> {
  return db.selectFrom('saleStep').selectAll().where('saleId', '=', saleId).orderBy('date').orderBy('id').execute()
}

/** Date of the latest recorded step, or null. @example await lastStepDate(db, 3) // '2024-03-15' */
export async function lastStepDate(db: Db, saleId: number): Promise<string | null> {
  const row = await db
    .selectFrom('saleStep')
    .select((eb) => eb.fn.max('date').as('d'))
    .where('saleId', '=', saleId)
    .executeTakeFirst()
  return (row?.d as string | null | undefined) ?? null
}

/** @example await insertBid(trx, { saleId: 3, bidder: 'Rårup Udvikling ApS', amountOre: 310_000_000, … }) */
export async function insertBid(db: Db, values: NewBid): Promise<number> {
  const row = await db.insertInto('bid').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** Bids on a sale, highest first. @example await listBids(db, 3) */
export function listBids(db: Db, saleId: number): Promise<Bid[]> {
  return db.selectFrom('bid').selectAll().where('saleId', '=', saleId).orderBy('amountOre', 'desc').orderBy('id').execute()
}

/** Date of the latest bid received, or null. @example await latestBidDate(db, 3) // '2024-02-20' */
export async function latestBidDate(db: Db, saleId: number): Promise<string | null> {
  const row = await db
    .selectFrom('bid')
    .select((eb) => eb.fn.max('receivedDate').as('d'))
    .where('saleId', '=', saleId)
    .executeTakeFirst()
  return (row?.d as string | null | undefined) ?? null
}

/** @example await countBids(db, 3) // 2 */
export async function countBids(db: Db, saleId: number): Promise<number> {
  const row = await db
    .selectFrom('bid')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('saleId', '=', saleId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Owned properties that can be designated for sale: no sale yet and not already sold. */
function designatable(db: Db) {
  return db
    .selectFrom('property')
    .where('property.ownership', '=', 'owned')
    .where('property.status', '<>', 'sold')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('sale').select('sale.id').whereRef('sale.propertyId', '=', 'property.id'))))
}

/**
 * Properties that can be designated for sale whose name, address, postcode or town holds every
 * word, in Danish order, for the designate form's picker.
 * @example await findDesignatableProperties(db, ['skole'], 20) // [{ id: 12, name: 'Rask Mølle gamle skole', … }]
 */
export async function findDesignatableProperties(db: Db, words: readonly string[], limit: number) {
  let q = designatable(db).select(['property.id', 'property.name', 'property.address', 'property.town'])
  for (const condition of searchWords(await textSearch(db, 'property', words), words)) q = q.where(condition)
  return q.orderBy('property.sortKey').orderBy('property.id').limit(limit).execute()
}

/** Whether any property can be designated for sale. @example await anyDesignatableProperty(db) // true */
export async function anyDesignatableProperty(db: Db): Promise<boolean> {
  return (await designatable(db).select('property.id').limit(1).executeTakeFirst()) !== undefined
}

/** A property's name when it can be designated for sale. @example await designatableName(db, 12) // 'Rask Mølle gamle skole' */
export async function designatableName(db: Db, id: number): Promise<string | undefined> {
  return (await designatable(db).select('property.name').where('property.id', '=', id).executeTakeFirst())?.name
}
// Added for leases (the deadlines page)
/**
 * Takeover dates of sales not withdrawn, from `from` to `to` (ISO), with the property's name.
 * @example await listTakeoverDates(db, '2024-01-01', '2024-12-31')
 */
export function listTakeoverDates(db: Db, from: string, to: string) {
  return db
    .selectFrom('sale')
    .innerJoin('property', 'property.id', 'sale.propertyId')
    .select(['sale.takeoverDate', 'property.name', 'property.id', 'sale.realisedPriceOre', 'sale.expectedPriceOre'])
    .where('sale.takeoverDate', '>=', from)
    .where('sale.takeoverDate', '<=', to)
    .where('sale.status', '<>', 'withdrawn')
    .execute()
}
