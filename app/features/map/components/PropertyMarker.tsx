/** A single property on the map: a circle in its colour, reachable by keyboard, with its card. Client only. */
import type L from 'leaflet'
import { href, Link } from 'react-router'
import { CircleMarker, Popup } from 'react-leaflet'
import type { ColourBy, MapProperty } from '~/features/map/types'
import { ownershipLabels, propertyUseLabels, saleStatusLabels } from '~/core/labels'
import { markerLook, STATUS_LEGEND } from './map-style'

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

export function PropertyMarker({ p, colourBy }: { p: MapProperty; colourBy: ColourBy }) {
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
