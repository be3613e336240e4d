/**
 * What the map draws in its visible box, fetched from /api/v1/map when the map has settled after a
 * pan or zoom (debounced; a newer view aborts the older fetch): clusters as a count in a ring of
 * the colour most of its properties have, single properties as markers with their card. Client
 * only (imported by PropertyMapClient).
 */
import L from 'leaflet'
import { useEffect, useRef, useState } from 'react'
import { Marker, useMap } from 'react-leaflet'
import { dominantKey, type BBox, type Cluster } from '~/features/map/clustering'
import type { ColourBy, MapView } from '~/features/map/types'
import { formatNumberDa } from '~/core/money'
import { KEY_ORDER, keyLook } from './map-style'
import { PropertyMarker } from './PropertyMarker'

/** Wait this long after the map stops moving before asking for its view. */
const SETTLE_MS = 250

export interface MapFeaturesProps {
  /** The filters and colouring as URL parameters; the map asks again when they change. */
  filterParams: string
  colourBy: ColourBy
  onView?: (view: MapView) => void
  /** After the user moved the map, with the box now visible. */
  onMoved?: (box: BBox, zoom: number) => void
}

/** The visible box, within the earth's limits. */
export function visibleBox(map: L.Map): BBox {
  const b = map.getBounds()
  const clamp = (v: number, limit: number) => Math.min(limit, Math.max(-limit, v))
  return { west: clamp(b.getWest(), 180), south: clamp(b.getSouth(), 90), east: clamp(b.getEast(), 180), north: clamp(b.getNorth(), 90) }
}

function viewUrl(filterParams: string, box: BBox, zoom: number): string {
  const params = new URLSearchParams(filterParams)
  params.set('bbox', [box.west, box.south, box.east, box.north].map((v) => v.toFixed(5)).join(','))
  params.set('zoom', zoom.toFixed(2))
  return `/api/v1/map?${params}`
}

function useMapView({ filterParams, onView, onMoved }: MapFeaturesProps) {
  const map = useMap()
  const [view, setView] = useState<MapView | null>(null)
  const [failed, setFailed] = useState(false)
  const callbacks = useRef({ onView, onMoved })
  callbacks.current = { onView, onMoved }
  useEffect(() => {
    let controller: AbortController | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    const load = () => {
      controller?.abort()
      const mine = new AbortController()
      controller = mine
      fetch(viewUrl(filterParams, visibleBox(map), map.getZoom()), { signal: mine.signal })
        .then((r) => (r.ok ? (r.json() as Promise<MapView>) : Promise.reject(new Error(String(r.status)))))
        .then((v) => {
          setFailed(false)
          setView(v)
          callbacks.current.onView?.(v)
        })
        .catch(() => !mine.signal.aborted && setFailed(true))
    }
    const settled = () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        load()
        callbacks.current.onMoved?.(visibleBox(map), map.getZoom())
      }, SETTLE_MS)
    }
    load()
    map.on('moveend', settled)
    return () => {
      map.off('moveend', settled)
      clearTimeout(timer)
      controller?.abort()
    }
  }, [map, filterParams])
  return { view, failed }
}

function clusterIcon(c: Cluster, color: string) {
  const text = formatNumberDa(c.count)
  const height = Math.round(28 + 5 * Math.log10(c.count))
  // Wide enough for the count: a circle for short counts, a pill for 10.000 and up.
  const width = Math.max(height, 7 * text.length + 16)
  return L.divIcon({
    className: 'map-cluster-icon',
    html: `<span class="map-cluster" style="border-color:${color};width:${width}px;height:${height}px">${text}</span>`,
    iconSize: [width, height],
  })
}

/** A cluster: a tab stop named by its count and main colour; clicking it, or Enter, zooms to its properties. */
function ClusterMarker({ c, colourBy }: { c: Cluster; colourBy: ColourBy }) {
  const map = useMap()
  const look = keyLook(dominantKey(c.breakdown, KEY_ORDER[colourBy]), colourBy)
  const name = `${formatNumberDa(c.count)} ejendomme, flest ${look.text}. Zoom ind`
  const zoomIn = () => map.fitBounds(c.bounds, { padding: [40, 40], maxZoom: Math.max(map.getZoom() + 2, 9) })
  return (
    <Marker
      position={[c.latitude, c.longitude]}
      icon={clusterIcon(c, look.color)}
      keyboard
      title={name}
      eventHandlers={{
        add: (e) => (e.target as L.Marker).getElement()?.setAttribute('aria-label', name),
        click: zoomIn,
        // Leaflet gives the icon a tab stop and the role of a button but no key to press it.
        keydown: (e) => {
          const key = (e.originalEvent as KeyboardEvent).key
          if (key !== 'Enter' && key !== ' ') return
          e.originalEvent.preventDefault()
          zoomIn()
        },
      }}
    />
  )
}

export function MapFeatures(props: MapFeaturesProps) {
  const { view, failed } = useMapView(props)
  const { colourBy } = props
  return (
    <>
      {view?.features.map((f) =>
        f.kind === 'cluster' ? (
          <ClusterMarker key={`c-${f.latitude}-${f.longitude}-${f.count}-${colourBy}`} c={f} colourBy={colourBy} />
        ) : (
          // Keyed by the colouring too: Leaflet keeps a marker's accessible name from when it was added.
          <PropertyMarker key={`${f.id}-${colourBy}`} p={f} colourBy={colourBy} />
        ),
      )}
      <div className="map-status" role="status">
        {failed && 'Kortet kunne ikke hente ejendommene. Flyt kortet for at prøve igen.'}
        {!failed &&
          view?.truncated &&
          `Viser ${formatNumberDa(view.features.length)} af ${formatNumberDa(view.total)} ejendomme her; zoom ind for at se alle.`}
      </div>
    </>
  )
}
