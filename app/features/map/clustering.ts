/**
 * The map's clustering rules, pure so they are tested without a database: the grid a zoom level
 * buckets points into, the cap on what one answer may hold, and how grouped rows become clusters.
 * The grid is anchored at longitude -180 / latitude -90, not at the visible box, so a cluster stays
 * put while the map pans.
 */

/** The visible box in degrees. */
export interface BBox {
  west: number
  south: number
  east: number
  north: number
}

/** At most this many clusters and points in one answer, whatever box and zoom are asked for. */
export const MAX_FEATURES = 2000
/** A box holding this many properties or fewer is drawn as single points, not clusters. */
export const POINT_THRESHOLD = 750
/** From this zoom on the map draws single points (the first MAX_FEATURES of them). */
export const POINT_ZOOM = 16
/** A cluster covers about this many screen pixels each way (Leaflet tiles are 256 px). */
const CELL_PX = 64

/** A grid cell's size in degrees; latitude cells are shorter so a cell is square on a Mercator map. */
export interface CellSize {
  lon: number
  lat: number
}

/**
 * The grid for a zoom level over a box, coarsened until the box holds at most `maxCells` cells.
 * @example cellSize(7, { west: 8, south: 54.5, east: 13, north: 57.8 }).lon // 0.703125
 */
export function cellSize(zoom: number, box: BBox, maxCells = MAX_FEATURES): CellSize {
  // Rounded to whole degrees so the grid does not shift while panning north or south.
  const refLat = Math.min(80, Math.abs(Math.round((box.south + box.north) / 2)))
  const lonCell = (360 / 2 ** Math.floor(zoom)) * (CELL_PX / 256)
  let size = { lon: lonCell, lat: lonCell * Math.cos((refLat * Math.PI) / 180) }
  while (cellCount(box, size) > maxCells) size = { lon: size.lon * 2, lat: size.lat * 2 }
  return size
}

/** How many grid cells a box touches. @example cellCount({ west: 0, south: 0, east: 1, north: 1 }, { lon: 0.5, lat: 0.5 }) // 9 */
export function cellCount(box: BBox, size: CellSize): number {
  const across = Math.floor((box.east + 180) / size.lon) - Math.floor((box.west + 180) / size.lon) + 1
  const down = Math.floor((box.north + 90) / size.lat) - Math.floor((box.south + 90) / size.lat) + 1
  return across * down
}

/** One row of the grouped query: a cell and a colour key with its count, coordinate sums and bounds. */
export interface CellRow {
  cx: number
  cy: number
  key: string
  n: number
  sumLat: number
  sumLon: number
  minLat: number
  maxLat: number
  minLon: number
  maxLon: number
  /** The lowest id in the group: the property itself when the cell holds one. */
  firstId: number
}

/** Several properties drawn as one circle. */
export interface Cluster {
  kind: 'cluster'
  /** Mean position of its properties. */
  latitude: number
  longitude: number
  count: number
  /** Properties per colour key (a status, an energy label or 'none', a kWh band index or 'none'). */
  breakdown: Record<string, number>
  /** [[south, west], [north, east]]: clicking zooms to it. */
  bounds: [[number, number], [number, number]]
}

/** A cell's cluster, or the id of its one property. */
export type CellResult = Cluster | { kind: 'single'; id: number }

function addRow(into: Cluster & { firstId: number }, row: CellRow) {
  into.count += row.n
  into.latitude += row.sumLat
  into.longitude += row.sumLon
  into.breakdown[row.key] = (into.breakdown[row.key] ?? 0) + row.n
  const [[s, w], [n, e]] = into.bounds
  into.bounds = [
    [Math.min(s, row.minLat), Math.min(w, row.minLon)],
    [Math.max(n, row.maxLat), Math.max(e, row.maxLon)],
  ]
  into.firstId = Math.min(into.firstId, row.firstId)
}

/**
 * Rows grouped by cell and colour key, merged into one result per cell.
 * @example mergeCells([{ cx: 1, cy: 1, key: 'in_use', n: 1, sumLat: 56, sumLon: 9.5, minLat: 56, maxLat: 56, minLon: 9.5, maxLon: 9.5, firstId: 7 }]) // [{ kind: 'single', id: 7 }]
 */
export function mergeCells(rows: readonly CellRow[]): CellResult[] {
  const cells = new Map<string, Cluster & { firstId: number }>()
  for (const row of rows) {
    const id = `${row.cx}:${row.cy}`
    let cell = cells.get(id)
    if (!cell) {
      cell = {
        kind: 'cluster',
        latitude: 0,
        longitude: 0,
        count: 0,
        breakdown: {},
        bounds: [
          [row.minLat, row.minLon],
          [row.maxLat, row.maxLon],
        ],
        firstId: row.firstId,
      }
      cells.set(id, cell)
    }
    addRow(cell, row)
  }
  return [...cells.values()].map(({ firstId, ...c }) =>
    c.count === 1 ? { kind: 'single', id: firstId } : { ...c, latitude: c.latitude / c.count, longitude: c.longitude / c.count },
  )
}

/** Counts per colour key over all rows, for the legend. @example sumBreakdown([{ key: 'B', n: 2 }, { key: 'B', n: 1 }]) // { B: 3 } */
export function sumBreakdown(rows: readonly { key: string; n: number }[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const { key, n } of rows) out[key] = (out[key] ?? 0) + n
  return out
}

/**
 * The key most properties of a cluster have; ties go to the key listed first in `order`.
 * @example dominantKey({ sold: 2, in_use: 2, vacant: 1 }, ['in_use', 'sold']) // 'in_use'
 */
export function dominantKey(breakdown: Record<string, number>, order: readonly string[]): string {
  let best = ''
  let bestCount = -1
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length)
  for (const [key, count] of Object.entries(breakdown)) {
    if (count > bestCount || (count === bestCount && rank(key) < rank(best))) {
      best = key
      bestCount = count
    }
  }
  return best
}

/** Upper limits of the kWh per m² colour bands ('0' below 75, … '4' from 225 on). */
export const KWH_LIMITS = [75, 125, 175, 225] as const

/**
 * Whether a box at a zoom is drawn as single points: zoomed in past POINT_ZOOM or holding few properties.
 * @example drawsPoints(9, 120) // true
 */
export function drawsPoints(zoom: number, total: number): boolean {
  return zoom >= POINT_ZOOM || total <= POINT_THRESHOLD
}

/**
 * Clusters whose centres ended up close to each other across a cell border, merged, so their
 * badges do not overlap: each cluster, biggest first, takes in the smaller ones within half a cell.
 * @example absorbNeighbours(clusters, { lon: 0.7, lat: 0.39 }).length // at most clusters.length
 */
export function absorbNeighbours(clusters: readonly Cluster[], size: CellSize): Cluster[] {
  const order = [...clusters].sort((a, b) => b.count - a.count)
  const taken = new Set<number>()
  const out: Cluster[] = []
  for (let i = 0; i < order.length; i++) {
    if (taken.has(i)) continue
    let c = order[i]!
    for (let j = i + 1; j < order.length; j++) {
      const o = order[j]!
      if (taken.has(j) || Math.abs(o.longitude - c.longitude) >= size.lon / 2 || Math.abs(o.latitude - c.latitude) >= size.lat / 2) continue
      taken.add(j)
      c = joined(c, o)
    }
    out.push(c)
  }
  return out
}

function joined(a: Cluster, b: Cluster): Cluster {
  const count = a.count + b.count
  const breakdown = { ...a.breakdown }
  for (const [k, n] of Object.entries(b.breakdown)) breakdown[k] = (breakdown[k] ?? 0) + n
  return {
    kind: 'cluster',
    count,
    latitude: (a.latitude * a.count + b.latitude * b.count) / count,
    longitude: (a.longitude * a.count + b.longitude * b.count) / count,
    breakdown,
    bounds: [
      [Math.min(a.bounds[0][0], b.bounds[0][0]), Math.min(a.bounds[0][1], b.bounds[0][1])],
      [Math.max(a.bounds[1][0], b.bounds[1][0]), Math.max(a.bounds[1][1], b.bounds[1][1])],
    ],
  }
}
