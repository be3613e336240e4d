/**
 * The client half of PropertyMap: Leaflet via react-leaflet, drawn as SVG so markers are plain DOM.
 * Without a tile server it draws its own background from files in public/geo: Natural Earth land,
 * an approximate outline of the municipality and town names. Works with no network.
 */
import L from 'leaflet'
import { useEffect, useState } from 'react'
import { AttributionControl, GeoJSON, MapContainer, Marker, Pane, TileLayer, ZoomControl } from 'react-leaflet'
import type { FeatureCollection, Feature } from 'geojson'
import type { BBox } from '~/features/map/clustering'
import { MapFeatures, type MapFeaturesProps } from './MapFeatures'

export interface PropertyMapProps extends MapFeaturesProps {
  tiles: { url: string; attribution: string } | null
  /** The first view, when not the municipality's. */
  start: BBox | null
}

interface Municipality {
  outline: Feature
  towns: { name: string; lat: number; lon: number; kind: 'town' | 'village' | 'outside' }[]
}

/** The view that shows the whole municipality. */
const BOUNDS: [L.LatLngTuple, L.LatLngTuple] = [
  [55.66, 9.33],
  [55.95, 10.12],
]

/** The first view: the box asked for, or the municipality when every property lies in it. */
function firstView(start: BBox | null): [L.LatLngTuple, L.LatLngTuple] {
  if (!start) return BOUNDS
  const [[s, w], [n, e]] = BOUNDS
  const inside = start.south >= s && start.north <= n && start.west >= w && start.east <= e
  return inside
    ? BOUNDS
    : [
        [start.south, start.west],
        [start.north, start.east],
      ]
}

function useJson<T>(url: string): T | null {
  const [value, setValue] = useState<T | null>(null)
  useEffect(() => {
    let live = true
    fetch(url)
      .then((r) => (r.ok ? r.json() : null))
      .then((v) => live && setValue(v as T))
      .catch(() => live && setValue(null))
    return () => {
      live = false
    }
  }, [url])
  return value
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function townIcon(name: string, kind: string) {
  return L.divIcon({ className: `town-label town-${kind}`, html: `<span>${escapeHtml(name)}</span>`, iconSize: [0, 0] })
}

/**
 * The background sits in panes below Leaflet's overlay pane (z-index 400), where the markers are,
 * so land drawn after the markers (it is fetched) never covers them.
 */
function Background({ tiles }: { tiles: PropertyMapProps['tiles'] }) {
  const land = useJson<FeatureCollection>('/geo/basemap.json')
  const municipality = useJson<Municipality>('/geo/hedensted.json')
  return (
    <>
      {tiles ? (
        <TileLayer url={tiles.url} attribution={tiles.attribution} />
      ) : (
        <Pane name="land" style={{ zIndex: 250 }}>
          {land && (
            <GeoJSON
              data={land}
              interactive={false}
              attribution="Kyst: Natural Earth"
              style={{ color: '#9fb3c6', weight: 1, fillColor: '#f6f3ea', fillOpacity: 1 }}
            />
          )}
        </Pane>
      )}
      <Pane name="municipality" style={{ zIndex: 300 }}>
        {municipality && (
          <GeoJSON
            data={municipality.outline}
            interactive={false}
            style={{ color: '#083a5c', weight: 2, dashArray: '6 5', fill: true, fillColor: '#0b4f7c', fillOpacity: 0.04 }}
          />
        )}
      </Pane>
      <Pane name="towns" style={{ zIndex: 390 }}>
        {!tiles &&
          municipality?.towns.map((t) => (
            <Marker
              key={t.name}
              pane="towns"
              position={[t.lat, t.lon]}
              icon={townIcon(t.name, t.kind)}
              interactive={false}
              keyboard={false}
            />
          ))}
      </Pane>
    </>
  )
}

export default function PropertyMapClient({ tiles, start, ...features }: PropertyMapProps) {
  return (
    <MapContainer
      bounds={firstView(start)}
      className={`property-map${tiles ? '' : ' offline'}`}
      scrollWheelZoom
      zoomSnap={0.25}
      minZoom={5}
      maxZoom={17}
      attributionControl={false}
      zoomControl={false}
    >
      <ZoomControl zoomInTitle="Zoom ind" zoomOutTitle="Zoom ud" />
      <AttributionControl prefix="Leaflet" />
      <Background tiles={tiles} />
      <MapFeatures {...features} />
    </MapContainer>
  )
}
