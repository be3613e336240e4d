/** Kort: every property with coordinates on a map, coloured by status, energy label or kWh per m², filtered by status and use. */
import leafletCss from 'leaflet/dist/leaflet.css?url'
import { useMemo, useState } from 'react'
import { href, Link } from 'react-router'
import type { PropertyStatus, PropertyUse } from '#db/schema'
import { ColourLegend } from '~/features/map/components/ColourLegend'
import type { ColourBy } from '~/features/map/types'
import { MapFilters, type MapFilterState } from '~/features/map/components/MapFilters'
import { MapList } from '~/features/map/components/MapList'
import { STATUS_ORDER } from '~/features/map/components/map-style'
import { PropertyMap } from '~/features/map/components/PropertyMap'
import { DemoEnergyNote } from '~/features/properties/components/DemoEnergyNote'
import { loadMapData } from '~/features/map/map.server'
import { getDb } from '~/server/db.server'
import { getEnv } from '~/server/env.server'
import { propertyUseLabels } from '~/core/labels'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import mapCss from '~/features/map/map.css?url'
import type { Route } from './+types/kort'

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: leafletCss },
  { rel: 'stylesheet', href: mapCss },
]

export const meta = () => [{ title: 'Kort · Kloge Kvadratmeter' }]

export async function loader() {
  const env = getEnv()
  return loadMapData(await getDb(), { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION })
}

function countBy<K extends string>(items: { key: K }[]): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {}
  for (const { key } of items) out[key] = (out[key] ?? 0) + 1
  return out
}

export default function MapPage({ loaderData }: Route.ComponentProps) {
  const { properties, unplaced, tiles } = loaderData
  const [filter, setFilter] = useState<MapFilterState>({
    statuses: new Set(STATUS_ORDER),
    uses: new Set(Object.keys(propertyUseLabels) as PropertyUse[]),
  })
  const [colourBy, setColourBy] = useState<ColourBy>('status')
  const shown = useMemo(() => properties.filter((p) => filter.statuses.has(p.status) && filter.uses.has(p.use)), [properties, filter])
  const counts = countBy(properties.map((p) => ({ key: p.status }))) as Record<PropertyStatus, number>
  const useCounts = countBy(properties.map((p) => ({ key: p.use })))
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Kort</h1>
          <p>
            Kommunens ejendomme efter status, energimærke eller energiforbrug pr. m². Klik på en ejendom for at se den; de udpegede
            ejendommes salg følges her. <a href="#kort-liste">Se ejendommene som liste</a>.
          </p>
        </div>
      </div>
      <div className="map-layout">
        <div>
          <div className="map-frame">
            <PropertyMap properties={shown} tiles={tiles} colourBy={colourBy} />
            <div className="map-caption">Stiplet linje: kommunegrænsen, omtrentlig</div>
          </div>
          <p className="muted map-note">
            Viser {shown.length} af {properties.length} ejendomme med koordinater.
            {unplaced > 0 && (
              <>
                {' '}
                {unplaced} {unplaced === 1 ? 'ejendom mangler' : 'ejendomme mangler'} koordinater og vises ikke (
                <Link to={href('/ejendomme')}>angiv dem på ejendommen</Link>).
              </>
            )}
            {!tiles &&
              ' Baggrundskort: kystlinje fra Natural Earth 1:10 mio. og en omtrentlig, håndtegnet kommunegrænse; ikke til opmåling.'}
          </p>
        </div>
        <MapFilters counts={counts} useCounts={useCounts} state={filter} onChange={setFilter} showStatusColours={colourBy === 'status'}>
          <ColourLegend colourBy={colourBy} onChange={setColourBy} properties={shown} />
        </MapFilters>
      </div>
      {colourBy !== 'status' && <DemoEnergyNote />}
      <MapList properties={shown} />
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
