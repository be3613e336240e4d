/**
 * Kort: the properties with coordinates on a map, clustered at a distance, coloured by status,
 * energy label or kWh per m², filtered by status and use. The page carries only the filters'
 * counts and one page of the list; the map asks /api/v1/map for what is in its visible box. The
 * box, the filters and the list's page live in the address, so the list follows the map and every
 * view can be linked to.
 */
import leafletCss from 'leaflet/dist/leaflet.css?url'
import { useEffect, useRef, useState } from 'react'
import { href, Link, useSearchParams } from 'react-router'
import type { PropertyStatus, PropertyUse } from '#db/schema'
import { ColourLegend } from '~/features/map/components/ColourLegend'
import { MapFilters, type MapFilterState } from '~/features/map/components/MapFilters'
import { MapList } from '~/features/map/components/MapList'
import { STATUS_ORDER } from '~/features/map/components/map-style'
import { PropertyMap } from '~/features/map/components/PropertyMap'
import type { BBox } from '~/features/map/clustering'
import { loadMapPage } from '~/features/map/map.server'
import { mapQueryParams, parseMapQuery, type MapQuery } from '~/features/map/schemas'
import type { ColourBy, MapView } from '~/features/map/types'
import { DemoEnergyNote } from '~/features/properties/components/DemoEnergyNote'
import { getDb } from '~/server/db.server'
import { getEnv } from '~/server/env.server'
import { propertyUseLabels } from '~/core/labels'
import { formatNumberDa } from '~/core/money'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import mapCss from '~/features/map/map.css?url'
import type { Route } from './+types/kort'

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: leafletCss },
  { rel: 'stylesheet', href: mapCss },
]

export const meta = () => [{ title: 'Kort · Kloge Kvadratmeter' }]

const ALL_USES = Object.keys(propertyUseLabels) as PropertyUse[]

/** The query in an address; a malformed one (an old bookmark) shows the whole map instead of an error. */
function queryOf(params: URLSearchParams): MapQuery {
  const parsed = parseMapQuery(params)
  if (parsed.ok) return parsed.query
  return { bbox: null, zoom: 10, statuses: null, uses: null, colourBy: 'status', page: null }
}

export async function loader({ request }: Route.LoaderArgs) {
  const env = getEnv()
  const query = queryOf(new URL(request.url).searchParams)
  return loadMapPage(await getDb(), query, { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION })
}

/** The address's parameters with the filters and colouring replaced, the list back on its first page. */
function withFilters(params: URLSearchParams, q: Filters): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const name of ['status', 'anvendelse', 'farve', 'side']) next.delete(name)
  for (const [name, value] of mapQueryParams({ ...q, bbox: null })) next.set(name, value)
  return next
}

type Filters = Pick<MapQuery, 'statuses' | 'uses' | 'colourBy'>

/**
 * The map's state in the address. The address last asked for counts until it is the address: a
 * choice shows at once (the list follows when its navigation has loaded), and a pan while a
 * choice is loading builds on the choice instead of undoing it.
 */
function useMapAddress() {
  const [params, setParams] = useSearchParams()
  const current = params.toString()
  const [asked, setAsked] = useState<string | null>(null)
  const latest = useRef({ asked, current })
  latest.current = { asked: latest.current.asked, current }
  useEffect(() => {
    if (latest.current.asked !== current) return
    latest.current.asked = null
    setAsked(null)
  }, [current])
  const go = (next: URLSearchParams) => {
    latest.current.asked = next.toString()
    setAsked(next.toString())
    setParams(next, { replace: true, preventScrollReset: true })
  }
  const base = () => new URLSearchParams(latest.current.asked ?? latest.current.current)
  const query = queryOf(new URLSearchParams(asked ?? current))
  const filter: MapFilterState = { statuses: new Set(query.statuses ?? STATUS_ORDER), uses: new Set(query.uses ?? ALL_USES) }
  const setFilter = (f: MapFilterState) =>
    go(
      withFilters(base(), {
        statuses: f.statuses.size === STATUS_ORDER.length ? null : STATUS_ORDER.filter((s) => f.statuses.has(s)),
        uses: f.uses.size === ALL_USES.length ? null : ALL_USES.filter((u) => f.uses.has(u)),
        colourBy: query.colourBy,
      }),
    )
  const setColourBy = (colourBy: ColourBy) => go(withFilters(base(), { statuses: query.statuses, uses: query.uses, colourBy }))
  const onMoved = (box: BBox) => {
    const next = base()
    next.set('bbox', mapQueryParams({ bbox: box, statuses: null, uses: null, colourBy: 'status' }).get('bbox')!)
    next.delete('side')
    go(next)
  }
  const filterParams = mapQueryParams({ bbox: null, statuses: query.statuses, uses: query.uses, colourBy: query.colourBy }).toString()
  return { query, filter, setFilter, setColourBy, onMoved, filterParams }
}

export default function MapPage({ loaderData }: Route.ComponentProps) {
  const { statusCounts, useCounts, placed, unplaced, extent, list, tiles } = loaderData
  const { query, filter, setFilter, setColourBy, onMoved, filterParams } = useMapAddress()
  const [view, setView] = useState<MapView | null>(null)
  const colourBy = query.colourBy
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Kort</h1>
          <p>
            Kommunens ejendomme efter status, energimærke eller energiforbrug pr. m². Tal i en cirkel er flere ejendomme; klik for at zoome
            ind. Klik på en ejendom for at se den; de udpegede ejendommes salg følges her.{' '}
            <a href="#kort-liste">Se ejendommene i kortudsnittet som liste</a>.
          </p>
        </div>
      </div>
      <div className="map-layout">
        <div>
          <div className="map-frame">
            <PropertyMap
              tiles={tiles}
              start={query.bbox ?? extent}
              colourBy={colourBy}
              filterParams={filterParams}
              onView={setView}
              onMoved={onMoved}
            />
            <div className="map-caption">Stiplet linje: kommunegrænsen, omtrentlig</div>
          </div>
          <p className="muted map-note">
            {formatNumberDa(list.info.total)} {list.info.total === 1 ? 'ejendom' : 'ejendomme'} i kortudsnittet med de valgte filtre, af{' '}
            {formatNumberDa(placed)} med koordinater.
            {unplaced > 0 && (
              <>
                {' '}
                {formatNumberDa(unplaced)} {unplaced === 1 ? 'ejendom mangler' : 'ejendomme mangler'} koordinater og vises ikke (
                <Link to={href('/ejendomme')}>angiv dem på ejendommen</Link>).
              </>
            )}
            {!tiles &&
              ' Baggrundskort: kystlinje fra Natural Earth 1:10 mio. og en omtrentlig, håndtegnet kommunegrænse; ikke til opmåling.'}
          </p>
        </div>
        <MapFilters
          counts={statusCounts as Record<PropertyStatus, number>}
          useCounts={useCounts}
          state={filter}
          onChange={setFilter}
          showStatusColours={colourBy === 'status'}
        >
          <ColourLegend colourBy={colourBy} onChange={setColourBy} counts={view?.legend ?? {}} />
        </MapFilters>
      </div>
      {colourBy !== 'status' && <DemoEnergyNote />}
      <MapList properties={list.rows} info={list.info} />
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
