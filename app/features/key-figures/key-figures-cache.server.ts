/**
 * The portfolio's key figures computed once per data generation (db/migrations/0012): the medians
 * need every building, which takes seconds at national scale, so the property page and /noegletal
 * reuse one computation until anything they read changes. The generation is read from the database
 * on every request, so a change saved through any app server makes every server compute afresh;
 * there is no time-based expiry to get wrong.
 */
import type { Db } from '~/server/db.server'
import { perGeneration } from '~/server/data-generation.server'
import { heavyJob } from '~/server/heavy-lane.server'
import { sortedBuildings, type KeyFigureSort } from './sorting'
import type { PortfolioFigures } from './types'

interface Entry {
  figures: PortfolioFigures
  /** Building id → its figures, built on first lookup. */
  byId?: Map<number, PortfolioFigures['buildings'][number]>
  /** Each order asked for so far, so paging through a sorted list sorts once. */
  orders: Map<string, PortfolioFigures['buildings']>
}

/**
 * The portfolio's figures from `compute`, kept for the last data generation per database handle
 * (concurrent requests share one computation), with lookups by id and sorted orders built once.
 * @example const cache = portfolioCache(portfolioFigures); await cache.building(db, 7)
 */
export function portfolioCache(compute: (db: Db) => Promise<PortfolioFigures>) {
  const entryOf = perGeneration(
    // Every building's figures: seconds and some 150 MB of heap at national scale, in its turn (heavy-lane.server.ts).
    async (db: Db): Promise<Entry> => ({ figures: await heavyJob(() => compute(db)), orders: new Map() }),
    () => '',
    1,
    'register',
  )
  return {
    /** One building's figures, found by id without a scan. Shared: read-only. */
    async building(db: Db, id: number) {
      const entry = await entryOf(db)
      entry.byId ??= new Map(entry.figures.buildings.map((b) => [b.id, b]))
      return { figures: entry.figures, building: entry.byId.get(id) ?? null }
    },
    /** The buildings in the asked order (sorted once per generation). */
    async sorted(db: Db, sort: KeyFigureSort) {
      const entry = await entryOf(db)
      const key = `${sort.by}:${sort.direction}`
      let order = entry.orders.get(key)
      if (!order) entry.orders.set(key, (order = sortedBuildings(entry.figures.buildings, entry.figures.sortKeys, sort)))
      return { figures: entry.figures, buildings: order }
    },
  }
}
