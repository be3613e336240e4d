/**
 * The map's use cases: the page (filter counts, where the properties are, one page of the list)
 * and the view of a box (clusters, or single points when zoomed in), both bounded in size
 * whatever the register holds.
 */
import type { Db } from '~/server/db.server'
import { perGeneration } from '~/server/data-generation.server'
import { pageOf } from '~/core/paging'
import { absorbNeighbours, cellSize, drawsPoints, MAX_FEATURES, mergeCells, sumBreakdown, type Cluster } from './clustering'
import {
  cellRows,
  countInView,
  countUnplacedProperties,
  idsInView,
  mapPropertiesByIds,
  placedCounts,
  placedExtent,
} from './map.repo.server'
import type { MapQuery } from './schemas'
import type { MapData, MapPoint, MapView } from './types'

/** Rows in one page of the list under the map. */
export const LIST_PAGE_SIZE = 50

/**
 * The map page's data; without a tile URL the map draws its offline background.
 * @example const { list } = await loadMapPage(db, query, { url: undefined, attribution: '' })
 */
export async function loadMapPage(db: Db, q: MapQuery, tiles: { url?: string; attribution: string }): Promise<MapData> {
  const { counts, unplaced, extent } = await placedSummary(db)
  const placed = Object.values(counts.byStatus).reduce((a, b) => a + b, 0)
  // Unfiltered and everywhere, the list holds every placed property: counted once per generation.
  const everywhere = q.bbox === null && q.statuses === null && q.uses === null
  const total = everywhere ? placed : await countInView(db, q)
  const info = pageOf(q.page, total, LIST_PAGE_SIZE)
  const rows = await mapPropertiesByIds(db, await idsInView(db, q, LIST_PAGE_SIZE, (info.page - 1) * LIST_PAGE_SIZE))
  return {
    statusCounts: counts.byStatus,
    useCounts: counts.byUse,
    placed,
    unplaced,
    extent,
    list: { rows, info },
    tiles: tiles.url ? { url: tiles.url, attribution: tiles.attribution } : null,
  }
}

/**
 * The filter counts and where the placed properties are: sums over the whole register, the same
 * for every visitor, so kept per data generation.
 */
const placedSummary = perGeneration(
  async (db: Db) => {
    const [counts, unplaced, extent] = await Promise.all([placedCounts(db), countUnplacedProperties(db), placedExtent(db)])
    return { counts, unplaced, extent }
  },
  () => '',
  1,
  'register',
)

const asPoints = (rows: Awaited<ReturnType<typeof mapPropertiesByIds>>): MapPoint[] => rows.map((p) => ({ ...p, kind: 'point' }))

/**
 * What to draw in a box at a zoom: at most MAX_FEATURES clusters and points. A box needs one. The
 * same view asked again (the first view of a map of the same size, a pan back) is answered from
 * the last views kept per data generation: grouping a country's properties takes 100 ms of SQL.
 * @example const view = await loadMapView(db, { ...query, bbox: { west: 8, south: 54.5, east: 13, north: 57.8 }, zoom: 7 })
 */
export const loadMapView: (db: Db, q: MapQuery & { bbox: NonNullable<MapQuery['bbox']> }) => Promise<MapView> = perGeneration(
  computeMapView,
  ({ bbox, zoom, statuses, uses, colourBy }) => JSON.stringify([bbox, zoom, statuses, uses, colourBy]),
  32,
  'register',
)

async function computeMapView(db: Db, q: MapQuery & { bbox: NonNullable<MapQuery['bbox']> }): Promise<MapView> {
  const size = cellSize(q.zoom, q.bbox)
  const rows = await cellRows(db, q, q.colourBy, size)
  const legend = sumBreakdown(rows)
  const total = Object.values(legend).reduce((a, b) => a + b, 0)
  if (drawsPoints(q.zoom, total)) {
    const ids = await idsInView(db, q, MAX_FEATURES, 0)
    return { features: asPoints(await mapPropertiesByIds(db, ids)), total, truncated: total > ids.length, legend }
  }
  const cells = mergeCells(rows)
  const clusters = absorbNeighbours(
    cells.filter((c): c is Cluster => c.kind === 'cluster'),
    size,
  )
  const singles = cells.flatMap((c) => (c.kind === 'single' ? [c.id] : []))
  const points = asPoints(await mapPropertiesByIds(db, singles))
  return { features: [...clusters, ...points], total, truncated: false, legend }
}
