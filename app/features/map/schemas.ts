/**
 * The map's query parameters, shared by the page (its list) and the JSON endpoint (its clusters):
 * `bbox=west,south,east,north`, `zoom`, `status=a,b`, `anvendelse=a,b`, `farve`, `side`. A missing
 * filter means all values; an unknown value is refused, so a typo never silently empties the map.
 */
import { z } from 'zod'
import type { PropertyStatus, PropertyUse } from '#db/schema'
import { codes, propertyStatusLabels, propertyUseLabels } from '~/core/labels'
import type { BBox } from './clustering'
import type { ColourBy } from './types'

export const COLOUR_BY: [ColourBy, ...ColourBy[]] = ['status', 'energyLabel', 'kwh']

/** What the map and its list show: which properties, where, and how they are coloured. */
export interface MapQuery {
  /** Null: everywhere. */
  bbox: BBox | null
  zoom: number
  /** Null: every status (every use). */
  statuses: PropertyStatus[] | null
  uses: PropertyUse[] | null
  colourBy: ColourBy
  page: string | null
}

const list = <T extends string>(values: [T, ...T[]], message: string) =>
  z
    .string()
    .optional()
    .transform((text) => (text === undefined ? null : text.split(',').filter(Boolean)))
    .pipe(z.array(z.enum(values, { error: message })).nullable())

const bbox = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (text === undefined) return null
    const [west, south, east, north, ...rest] = text.split(',').map(Number)
    const box = { west: west!, south: south!, east: east!, north: north! }
    const ok =
      rest.length === 0 &&
      [west, south, east, north].every((v) => v !== undefined && Number.isFinite(v)) &&
      box.west >= -180 &&
      box.east <= 180 &&
      box.south >= -90 &&
      box.north <= 90 &&
      box.west < box.east &&
      box.south < box.north
    if (!ok) ctx.addIssue({ code: 'custom', message: 'Kortudsnittet skal angives som vest,syd,øst,nord i grader.' })
    return box
  })

const schema = z.object({
  bbox,
  zoom: z.coerce
    .number({ error: 'Zoom skal være et tal.' })
    .min(0, 'Zoom skal være mellem 0 og 22.')
    .max(22, 'Zoom skal være mellem 0 og 22.')
    .default(10),
  status: list(codes(propertyStatusLabels), 'Ukendt status.'),
  anvendelse: list(codes(propertyUseLabels), 'Ukendt anvendelse.'),
  farve: z.enum(COLOUR_BY, { error: 'Farv efter status, energyLabel eller kwh.' }).default('status'),
  side: z.string().optional(),
})

/**
 * The query a URL asks for, or the Danish reason it cannot be read.
 * @example parseMapQuery(new URLSearchParams('bbox=9,55,10,56&zoom=9')).ok // true
 */
export function parseMapQuery(params: URLSearchParams): { ok: true; query: MapQuery } | { ok: false; message: string } {
  const parsed = schema.safeParse(Object.fromEntries(params))
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join(' ') }
  const { bbox: box, zoom, status, anvendelse, farve, side } = parsed.data
  return { ok: true, query: { bbox: box, zoom, statuses: status, uses: anvendelse, colourBy: farve, page: side ?? null } }
}

/**
 * The same query as URL parameters (only what differs from the defaults).
 * @example mapQueryParams({ bbox: null, zoom: 10, statuses: ['sold'], uses: null, colourBy: 'status', page: null }).toString() // 'status=sold'
 */
export function mapQueryParams(q: Omit<MapQuery, 'page' | 'zoom'> & { zoom?: number }): URLSearchParams {
  const out = new URLSearchParams()
  if (q.bbox) out.set('bbox', [q.bbox.west, q.bbox.south, q.bbox.east, q.bbox.north].map((v) => v.toFixed(5)).join(','))
  if (q.zoom !== undefined) out.set('zoom', String(q.zoom))
  if (q.statuses) out.set('status', q.statuses.join(','))
  if (q.uses) out.set('anvendelse', q.uses.join(','))
  if (q.colourBy !== 'status') out.set('farve', q.colourBy)
  return out
}
