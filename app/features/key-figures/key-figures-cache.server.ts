/**
 * The portfolio's key figures computed once per data generation (db/migrations/0012): the medians
 * need every building, which takes seconds at national scale, so the property page and /noegletal
 * reuse one computation until anything they read changes. The generation is read from the database
 * on every request, so a change saved through any app server makes every server compute afresh;
 * there is no time-based expiry to get wrong.
 */
import type { Db } from '~/server/db.server'
import { perGeneration } from '~/server/data-generation.server'
import { sortedBuildings, type KeyFigureSort } from './sorting'
import type { PortfolioFigures } from './types'

interface Entry {
  figures: PortfolioFigures
  /** Building id → its figures, built on first lookup. */
  byId?: Map<number, PortfolioFigures['buildings'][number]>
  /** Each order asked for so far, so paging through a sorted list sorts once. */
  orders: Map<string, PortfolioFigures['buildings']>
}

type Compute = (db: Db) => Promise<PortfolioFigures>

// Only the last generation per database handle: an old generation is never asked for again.
const entries = new WeakMap<Compute, (db: Db) => Promise<Entry>>()
function entryOf(db: Db, compute: Compute): Promise<Entry> {
  let cached = entries.get(compute)
  if (!cached)
    entries.set(
      compute,
      (cached = perGeneration(
        async (d: Db) => ({ figures: await compute(d), orders: new Map() }),
        () => '',
        1,
      )),
    )
  return cached(db)
}

/**
 * One building's figures from the cached portfolio (computed when the data generation moved on;
 * concurrent requests share one computation), found by id without a scan. Shared: read-only.
 * @example const { figures, building } = await cachedBuilding(db, portfolioFigures, 7)
 */
export async function cachedBuilding(db: Db, compute: Compute, id: number) {
  const entry = await entryOf(db, compute)
  entry.byId ??= new Map(entry.figures.buildings.map((b) => [b.id, b]))
  return { figures: entry.figures, building: entry.byId.get(id) ?? null }
}

/** The cached portfolio with its buildings in the asked order (sorted once per generation). */
export async function cachedSorted(db: Db, compute: Compute, sort: KeyFigureSort) {
  const entry = await entryOf(db, compute)
  const key = `${sort.by}:${sort.direction}`
  let order = entry.orders.get(key)
  if (!order) entry.orders.set(key, (order = sortedBuildings(entry.figures.buildings, sort)))
  return { figures: entry.figures, buildings: order }
}
