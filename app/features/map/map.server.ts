/** The map page's data: placed properties, how many lack coordinates, and the configured tile server. */
import type { Db } from '~/server/db.server'
import { countUnplacedProperties, listMapProperties } from './map.repo.server'
import type { MapData } from './types'

/**
 * The map page's data; without a tile URL the map draws its offline background.
 * @example const { properties } = await loadMapData(db, { url: undefined, attribution: '' })
 */
export async function loadMapData(db: Db, tiles: { url?: string; attribution: string }): Promise<MapData> {
  const [properties, unplaced] = await Promise.all([listMapProperties(db), countUnplacedProperties(db)])
  return { properties, unplaced, tiles: tiles.url ? { url: tiles.url, attribution: tiles.attribution } : null }
}
