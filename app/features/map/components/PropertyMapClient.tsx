/**
 * The client half of PropertyMap: Leaflet via react-leaflet, drawn as SVG so markers are plain DOM.
 * Without a tile server it draws its own background from files in public/geo: Natural Earth land,
 * an approximate outline of the municipality and town names. Works with no network.
 */
import L from 'leaflet'
import { useEffect, useState } from 'react'
import { href, Link } from 'react-router'
import { AttributionControl, CircleMarker, GeoJSON, MapContainer, Marker, Pane, Popup, TileLayer, ZoomControl } from 'react-leaflet'
import type { FeatureCollection, Feature } from 'geojson'
import type { ColourBy, MapProperty } from '~/features/map/types'
import { ownershipLabels, propertyUseLabels, saleStatusLabels } from '~/core/labels'
import { markerLook, STATUS_LEGEND } from './map-style'

export interface PropertyMapProps {
  properties: MapProperty[]
  tiles: { url: string; attribution: string } | null
  /** What the markers are coloured by; status unless chosen. */
  colourBy?: ColourBy
}

interface Municipality {
  outline: Feature
  towns: { name: string; lat: number; lon: number; kind: 'town' | 'village' | 'outside' }[]
}

/** The view that shows the whole municipality. */
const BOUNDS: L.LatLngBoundsExpression = [
  [55.66, 9.33],
  [55.95, 10.12],
]

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

/**
 * Markers are SVG paths, which take no focus of their own: each gets a tab stop, a name and the
 * role of a button, Enter or Space opens its card with focus on the card's link, and Escape
 * closes the card and returns to the marker (WCAG 2.1.1).
 */
function makeKeyboardReachable(marker: L.CircleMarker, name: string) {
  const el = marker.getElement() as SVGElement | undefined
  if (!el || el.hasAttribute('tabindex')) return
  el.setAttribute('tabindex', '0')
  el.setAttribute('role', 'button')
  el.setAttribute('aria-label', name)
  el.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    marker.openPopup()
    // The card's content is drawn by React just after the card opens.
    setTimeout(() => marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.map-popup a')?.focus(), 0)
  })
  marker.on('popupopen', (e) => {
    const card = e.popup.getElement()
    if (!card || card.dataset.escapeCloses) return
    card.dataset.escapeCloses = 'true'
    card.addEventListener('keydown', (k) => {
      if (k.key !== 'Escape') return
      marker.closePopup()
      el.focus()
    })
  })
}

/** Leaflet names the card's close button in English. */
function danishCloseButton(popup: L.Popup) {
  const close = popup.getElement()?.querySelector('.leaflet-popup-close-button')
  close?.setAttribute('aria-label', 'Luk')
  close?.setAttribute('title', 'Luk')
}

function PropertyMarker({ p, colourBy }: { p: MapProperty; colourBy: ColourBy }) {
  const look = markerLook(p, colourBy)
  return (
    <CircleMarker
      eventHandlers={{
        add: (e) => makeKeyboardReachable(e.target as L.CircleMarker, `${p.name}, ${look.text}`),
        popupopen: (e) => danishCloseButton(e.popup),
      }}
      center={[p.latitude, p.longitude]}
      radius={9}
      pathOptions={{
        color: p.ownership === 'leased' ? '#37474f' : '#ffffff',
        weight: 2,
        dashArray: p.ownership === 'leased' ? '3 3' : undefined,
        fillColor: look.color,
        fillOpacity: 0.95,
      }}
      // Leaflet reads the class only when it draws the path, so it goes with the first options.
      className={`property-marker property-${p.id} status-${p.status}`}
    >
      <Popup>
        <div className="map-popup">
          <Link to={href('/ejendomme/:id', { id: String(p.id) })}>
            <strong>{p.name}</strong>
          </Link>
          <div>
            {p.address}, {p.town}
          </div>
          <div>
            {STATUS_LEGEND[p.status]} · {propertyUseLabels[p.use]} · {ownershipLabels[p.ownership]}
          </div>
          {colourBy !== 'status' && <div>{look.text}</div>}
          {p.saleId && p.saleStatus && (
            <div>
              <Link to={href('/salg/:id', { id: String(p.saleId) })}>Salg: {saleStatusLabels[p.saleStatus]}</Link>
            </div>
          )}
        </div>
      </Popup>
    </CircleMarker>
  )
}

export default function PropertyMapClient({ properties, tiles, colourBy = 'status' }: PropertyMapProps) {
  return (
    <MapContainer
      bounds={BOUNDS}
      className={`property-map${tiles ? '' : ' offline'}`}
      scrollWheelZoom
      zoomSnap={0.25}
      minZoom={7}
      maxZoom={17}
      attributionControl={false}
      zoomControl={false}
    >
      <ZoomControl zoomInTitle="Zoom ind" zoomOutTitle="Zoom ud" />
      <AttributionControl prefix="Leaflet" />
      <Background tiles={tiles} />
      {properties.map((p) => (
        // Keyed by the colouring too: Leaflet keeps a marker's accessible name from when it was added.
        <PropertyMarker key={`${p.id}-${colourBy}`} p={p} colourBy={colourBy} />
      ))}
    </MapContainer>
  )
}
