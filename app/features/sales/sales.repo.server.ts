/** Kysely queries for sales of owned properties, their steps and bids. */
import { sql, type Kysely, type Transaction } from 'kysely'
import { dialectOfDb } from '#db/dialect-sql'
import type { Bid, Database, NewBid, NewSale, NewSaleStep, Sale, SaleStep } from '#db/schema'
import {
  applyGrid,
  applySort,
  type GridColumn,
  type GridColumns,
  type GridRequest,
  gridBatches,
  gridPage,
} from '~/server/grid-query.server'

type Db = Kysely<Database> | Transaction<Database>

/** A sale with the facts of its property the grid and pages show. */
export type SaleRow = Sale & {
  propertyName: string
  propertyTown: string
  propertyAddress: string
  propertyUse: string
  propertyStatus: string
}

export const saleColumns: GridColumns = new Map<string, GridColumn>(
  Object.entries({
    propertyName: { ref: sql.ref('property.name'), kind: 'text', sortRef: sql.ref('property.sort_key') },
    propertyTown: { ref: sql.ref('property.town'), kind: 'text' },
    status: { ref: sql.ref('sale.status'), kind: 'enum' },
    designatedDate: { ref: sql.ref('sale.designated_date'), kind: 'date' },
    offeringDeadline: { ref: sql.ref('sale.offering_deadline'), kind: 'date' },
    expectedPriceOre: { ref: sql.ref('sale.expected_price_ore'), kind: 'money' },
    realisedPriceOre: { ref: sql.ref('sale.realised_price_ore'), kind: 'money' },
    saleCostsOre: { ref: sql.ref('sale.sale_costs_ore'), kind: 'money' },
    takeoverDate: { ref: sql.ref('sale.takeover_date'), kind: 'date' },
    buyer: { ref: sql.ref('sale.buyer'), kind: 'text' },
  }),
)

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

function filtered(db: Db, req: GridRequest) {
  return applyGrid(withProperty(db), req, saleColumns, dialectOfDb(db), sql.ref('property.search_text'))
}

/** One page of sales with their property, and the total matching the filters. */
export function listSalesPage(db: Db, req: GridRequest): Promise<{ rows: SaleRow[]; total: number }> {
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
  return applySort(selectRow(filtered(db, req)), req, saleColumns, sql.ref('sale.id'), sql.ref('property.sort_key'))
}

/** Every sale matching the filters, in grid order, in batches (for export). */
export function streamSales(db: Db, req: GridRequest, batch = 2000): AsyncGenerator<SaleRow[]> {
  return gridBatches(() => sorted(db, req), batch)
}

export function getSale(db: Db, id: number): Promise<SaleRow | undefined> {
  return selectRow(withProperty(db)).where('sale.id', '=', id).executeTakeFirst()
}

export function getSaleOfProperty(db: Db, propertyId: number): Promise<Sale | undefined> {
  return db.selectFrom('sale').selectAll().where('propertyId', '=', propertyId).executeTakeFirst()
}

export function listSales(db: Db): Promise<Sale[]> {
  return db.selectFrom('sale').selectAll().orderBy('id').execute()
}

/** Status and prices of every sale: enough for the totals (one row per owned property at most). */
export function listSaleAmounts(db: Db) {
  return db.selectFrom('sale').select(['status', 'expectedPriceOre', 'realisedPriceOre', 'saleCostsOre']).execute()
}

export async function insertSale(db: Db, values: NewSale): Promise<number> {
  const row = await db.insertInto('sale').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** Update when still at `version`; false when someone else saved first. */
export async function updateSale(db: Db, id: number, version: number, values: Partial<NewSale>): Promise<boolean> {
  const result = await db
    .updateTable('sale')
    .set({ ...values, version: sql`version + 1` as never })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function insertSaleStep(db: Db, values: NewSaleStep): Promise<number> {
  const row = await db.insertInto('saleStep').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** The sale's recorded steps, oldest first. */
export function listSaleSteps(db: Db, saleId: number): Promise<SaleStep[]> {
  return db.selectFrom('saleStep').selectAll().where('saleId', '=', saleId).orderBy('date').orderBy('id').execute()
}

/** Date of the latest recorded step, or null. */
export async function lastStepDate(db: Db, saleId: number): Promise<string | null> {
  const row = await db
    .selectFrom('saleStep')
    .select((eb) => eb.fn.max('date').as('d'))
    .where('saleId', '=', saleId)
    .executeTakeFirst()
  return (row?.d as string | null | undefined) ?? null
}

export async function insertBid(db: Db, values: NewBid): Promise<number> {
  const row = await db.insertInto('bid').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** Bids on a sale, highest first. */
export function listBids(db: Db, saleId: number): Promise<Bid[]> {
  return db.selectFrom('bid').selectAll().where('saleId', '=', saleId).orderBy('amountOre', 'desc').orderBy('id').execute()
}

export async function countBids(db: Db, saleId: number): Promise<number> {
  const row = await db
    .selectFrom('bid')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('saleId', '=', saleId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Owned properties that can be designated for sale: no sale yet and not already sold. */
export function listDesignatableProperties(db: Db): Promise<{ id: number; name: string; town: string }[]> {
  return db
    .selectFrom('property')
    .leftJoin('sale', 'sale.propertyId', 'property.id')
    .select(['property.id', 'property.name', 'property.town'])
    .where('property.ownership', '=', 'owned')
    .where('property.status', '<>', 'sold')
    .where('sale.id', 'is', null)
    .orderBy('property.sortKey')
    .orderBy('property.id')
    .execute()
}

/** Keep the property's status in step with its sale; bumps its version so an open edit form cannot undo it. */
export async function setPropertyStatus(
  db: Db,
  propertyId: number,
  status: Database['property']['status'],
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('property')
    .set({ status: status as never, updatedAt, version: sql`version + 1` as never })
    .where('id', '=', propertyId)
    .execute()
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
