/** Kysely queries for moving a whole portfolio in and out (docs/interchange.md). */
import type { Insertable } from 'kysely'
import type { Database } from '#db/schema'
import type { Db } from '~/server/db.server'

/** Rows per INSERT: under SQLite's 32,766 bound parameters for the widest table (about 20 columns). */
const CHUNK = 500

/**
 * Every row the file carries, in id order (children grouped by their parent, in display order).
 * @example const { properties, leases } = await readPortfolioRows(trx)
 */
export async function readPortfolioRows(db: Db) {
  const [properties, leases, units, locations, sales, saleSteps, bids, rotations, relocations, scenarios, measures] = await Promise.all([
    db.selectFrom('property').selectAll().orderBy('id').execute(),
    db.selectFrom('lease').selectAll().orderBy('id').execute(),
    db.selectFrom('unit').selectAll().orderBy('id').execute(),
    db.selectFrom('unitLocationHistory').selectAll().orderBy('unitId').orderBy('fromDate').orderBy('id').execute(),
    db.selectFrom('sale').selectAll().orderBy('id').execute(),
    db.selectFrom('saleStep').selectAll().orderBy('saleId').orderBy('id').execute(),
    db.selectFrom('bid').selectAll().orderBy('saleId').orderBy('id').execute(),
    db.selectFrom('rotation').selectAll().orderBy('id').execute(),
    db.selectFrom('relocation').selectAll().orderBy('id').execute(),
    db.selectFrom('scenario').selectAll().orderBy('id').execute(),
    db.selectFrom('scenarioMeasure').selectAll().orderBy('scenarioId').orderBy('effectDate').orderBy('id').execute(),
  ])
  return { properties, leases, units, locations, sales, saleSteps, bids, rotations, relocations, scenarios, measures }
}

const COUNTED = ['property', 'lease', 'unit', 'sale', 'rotation', 'relocation', 'scenario', 'person'] as const
export type PortfolioTable = (typeof COUNTED)[number]

/**
 * How many rows each table of the portfolio holds (named people included: a replace deletes them).
 * @example await countPortfolioRows(db) // { property: 15, lease: 7, … }
 */
export async function countPortfolioRows(db: Db): Promise<Record<PortfolioTable, number>> {
  const counts = await Promise.all(
    COUNTED.map(async (table) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ),
  )
  return Object.fromEntries(COUNTED.map((table, i) => [table, counts[i]!])) as Record<PortfolioTable, number>
}

/**
 * Delete the whole portfolio, children before parents (most foreign keys restrict deletes).
 * Users, sessions and the audit trail stay.
 * @example await wipePortfolio(trx)
 */
export async function wipePortfolio(db: Db): Promise<void> {
  await db.deleteFrom('unitLocationHistory').execute()
  await db.deleteFrom('person').execute()
  await db.deleteFrom('relocation').execute()
  await db.deleteFrom('rotation').execute()
  await db.deleteFrom('scenarioMeasure').execute()
  await db.updateTable('scenario').set({ basedOnId: null }).execute()
  await db.deleteFrom('scenario').execute()
  await db.deleteFrom('saleStep').execute()
  await db.deleteFrom('bid').execute()
  await db.deleteFrom('sale').execute()
  // Unit parents restrict deletion row by row, so cut the hierarchy first.
  await db.updateTable('unit').set({ parentId: null }).execute()
  await db.deleteFrom('unit').execute()
  await db.deleteFrom('lease').execute()
  await db.deleteFrom('propertyConsumption').execute()
  await db.deleteFrom('property').execute()
}

type IdTable = 'property' | 'lease' | 'unit' | 'sale' | 'rotation' | 'relocation' | 'scenario'

/**
 * Insert rows in chunks and return their new ids in the order of `rows`. A multi-row INSERT
 * numbers its rows in VALUES order on both dialects (AUTOINCREMENT and an identity sequence both
 * only grow), but neither promises the order of RETURNING, so each chunk's ids are sorted.
 * @example const ids = await insertReturningIds(trx, 'property', rows) // ids[i] belongs to rows[i]
 */
export async function insertReturningIds<T extends IdTable>(db: Db, table: T, rows: Insertable<Database[T]>[]): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < rows.length; i += CHUNK) {
    const returned = (await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .returning('id' as never)
      .execute()) as unknown as { id: number }[]
    ids.push(...returned.map((r) => r.id).sort((a, b) => a - b))
  }
  return ids
}

/** Insert rows nothing refers to, in chunks. @example await insertRows(trx, 'bid', bids) */
export async function insertRows<T extends 'saleStep' | 'bid' | 'unitLocationHistory'>(
  db: Db,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute()
}

/**
 * Set each unit's parent after all units exist (a file may list a child before its parent).
 * @example await setUnitParents(trx, [{ id: 4, parentId: 2 }])
 */
export async function setUnitParents(db: Db, parents: { id: number; parentId: number }[]): Promise<void> {
  for (const p of parents) await db.updateTable('unit').set({ parentId: p.parentId }).where('id', '=', p.id).execute()
}

/**
 * Set the scenario a scenario was copied from, after all scenarios exist.
 * @example await setScenarioOrigins(trx, [{ id: 3, basedOnId: 1 }])
 */
export async function setScenarioOrigins(db: Db, origins: { id: number; basedOnId: number }[]): Promise<void> {
  for (const o of origins) await db.updateTable('scenario').set({ basedOnId: o.basedOnId }).where('id', '=', o.id).execute()
}
