/**
 * Builds public/geo/basemap.json, the offline background of /kort: the land of Denmark and its
 * neighbours from Natural Earth 1:10m (npm package world-atlas, TopoJSON, converted with
 * topojson-client), clipped to the region around Jutland and Funen and rounded to ~10 m.
 * Run: npx tsx scripts/geo/build-basemap.ts
 */
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { feature } from 'topojson-client'
import type { Topology, GeometryCollection } from 'topojson-specification'
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson'

const require = createRequire(import.meta.url)
const topology = require('world-atlas/countries-10m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>

/** The region drawn: western Baltic, Jutland, Funen, Zealand (lon/lat). */
const BOX = { minLon: 7.5, maxLon: 13.2, minLat: 54.3, maxLat: 57.9 }
const KEEP = new Set(['Denmark', 'Germany', 'Sweden'])

type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position }

const at = (a: Position, b: Position, t: number): Position => [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t]
const EDGES: Edge[] = [
  { inside: (p) => p[0]! >= BOX.minLon, cut: (a, b) => at(a, b, (BOX.minLon - a[0]!) / (b[0]! - a[0]!)) },
  { inside: (p) => p[0]! <= BOX.maxLon, cut: (a, b) => at(a, b, (BOX.maxLon - a[0]!) / (b[0]! - a[0]!)) },
  { inside: (p) => p[1]! >= BOX.minLat, cut: (a, b) => at(a, b, (BOX.minLat - a[1]!) / (b[1]! - a[1]!)) },
  { inside: (p) => p[1]! <= BOX.maxLat, cut: (a, b) => at(a, b, (BOX.maxLat - a[1]!) / (b[1]! - a[1]!)) },
]

/** Sutherland–Hodgman clipping of one ring to the box (a convex clip window). */
function clipRing(ring: Position[]): Position[] {
  let out = ring.slice(0, -1)
  for (const edge of EDGES) {
    const input = out
    out = []
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!
      const prev = input[(i + input.length - 1) % input.length]!
      if (edge.inside(cur)) {
        if (!edge.inside(prev)) out.push(edge.cut(prev, cur))
        out.push(cur)
      } else if (edge.inside(prev)) out.push(edge.cut(prev, cur))
    }
    if (!out.length) return []
  }
  const rounded = out.map((p) => [Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4])
  return rounded.length >= 3 ? [...rounded, rounded[0]!] : []
}

function clipPolygons(geometry: Polygon | MultiPolygon): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  return polygons
    .map((rings) => rings.map(clipRing).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0 && rings[0]!.length >= 4)
}

const countries = feature(topology, topology.objects.countries).features as Feature<Polygon | MultiPolygon, { name: string }>[]
const features = countries
  .filter((f) => KEEP.has(f.properties.name))
  .map((f) => ({
    type: 'Feature' as const,
    properties: { name: f.properties.name },
    geometry: { type: 'MultiPolygon' as const, coordinates: clipPolygons(f.geometry) },
  }))
  .filter((f) => f.geometry.coordinates.length > 0)

const out = {
  type: 'FeatureCollection',
  source: 'Natural Earth 1:10m (public domain) via world-atlas 2.0.2; clipped and rounded for Kloge Kvadratmeter',
  features,
}
const file = path.resolve(import.meta.dirname, '../../public/geo/basemap.json')
fs.mkdirSync(path.dirname(file), { recursive: true })
fs.writeFileSync(file, JSON.stringify(out))
console.log(`${file}: ${features.length} lande, ${(fs.statSync(file).size / 1024).toFixed(0)} kB`)
