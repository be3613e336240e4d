/** The map page's data: placed properties, how many lack coordinates, and the configured tile server. */
import type { Kysely } from 'kysely'
import type { Database } from '#db/schema'
import { countUnplacedProperties, listMapProperties, type MapProperty } from '~/features/map/map.repo.server'

export interface MapData {
  properties: MapProperty[]
  unplaced: number
  /** XYZ tile URL template, or null to draw the offline background. */
  tiles: { url: string; attribution: string } | null
}

/**
 * @example const { properties } = await loadMapData(db, { url: null, attribution: '' })
 */
export async function loadMapData(db: Kysely<Database>, tiles: { url?: string; attribution: string }): Promise<MapData> {
  const [properties, unplaced] = await Promise.all([listMapProperties(db), countUnplacedProperties(db)])
  return { properties, unplaced, tiles: tiles.url ? { url: tiles.url, attribution: tiles.attribution } : null }
}
