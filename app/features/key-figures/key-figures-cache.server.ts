/**
 * The portfolio's key figures computed once per data generation (db/migrations/0012): the medians
 * need every building, which takes seconds at national scale, so the property page and /noegletal
 * reuse one computation until anything they read changes. The generation is read from the database
 * on every request, so a change saved through any app server makes every server compute afresh;
 * there is no time-based expiry to get wrong.
 */
import type { Db } from '~/server/db.server'
import { readDataGeneration } from './key-figures.repo.server'
import { sortedBuildings, type KeyFigureSort } from './sorting'
import type { PortfolioFigures } from './types'

interface Entry {
  generation: number
  figures: Promise<PortfolioFigures>
  /** Building id → its figures, built on first lookup. */
  byId?: Map<number, PortfolioFigures['buildings'][number]>
  /** Each order asked for so far, so paging through a sorted list sorts once. */
  orders: Map<string, PortfolioFigures['buildings']>
}

// Only the last generation per database handle: a process that opens several databases (the
// tests, the CLI) never mixes them, and an old generation is never asked for again.
const byDatabase = new WeakMap<Db, Entry>()

async function entryOf(db: Db, compute: (db: Db) => Promise<PortfolioFigures>): Promise<Entry> {
  const generation = await readDataGeneration(db)
  const cached = byDatabase.get(db)
  // The generation only grows: a request that read an older one is served the newer figures.
  if (cached && cached.generation >= generation) return cached
  // Read under the generation seen before computing: a write meanwhile only makes the next request compute again.
  const entry: Entry = { generation, figures: compute(db), orders: new Map() }
  byDatabase.set(db, entry)
  entry.figures.catch(() => {
    if (byDatabase.get(db) === entry) byDatabase.delete(db)
  })
  return entry
}

/**
 * One building's figures from the cached portfolio (computed when the data generation moved on;
 * concurrent requests share one computation), found by id without a scan. Shared: read-only.
 * @example const { figures, building } = await cachedBuilding(db, portfolioFigures, 7)
 */
export async function cachedBuilding(db: Db, compute: (db: Db) => Promise<PortfolioFigures>, id: number) {
  const entry = await entryOf(db, compute)
  const figures = await entry.figures
  entry.byId ??= new Map(figures.buildings.map((b) => [b.id, b]))
  return { figures, building: entry.byId.get(id) ?? null }
}

/** The cached portfolio with its buildings in the asked order (sorted once per generation). */
export async function cachedSorted(db: Db, compute: (db: Db) => Promise<PortfolioFigures>, sort: KeyFigureSort) {
  const entry = await entryOf(db, compute)
  const figures = await entry.figures
  const key = `${sort.by}:${sort.direction}`
  let order = entry.orders.get(key)
  if (!order) entry.orders.set(key, (order = sortedBuildings(figures.buildings, sort)))
  return { figures, buildings: order }
}
