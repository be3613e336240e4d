/**
 * Kapacitet: occupancy per property per month (over-capacity in red) and the timeline of who sits
 * where. The sweep behind it is computed in the worker once per change (seconds for a national
 * register); until it is ready the page shows its heading and the figures follow in the same answer.
 */
import { Suspense } from 'react'
import { Await, href, Link } from 'react-router'
import { useCan } from '~/ui/use-can'
import { CapacityAlerts, CapacityFilters } from '~/features/relocations/components/CapacityFilters'
import { OccupancyDetail } from '~/features/relocations/components/OccupancyDetail'
import { OccupancyTable } from '~/features/relocations/components/OccupancyTable'
import { Timeline } from '~/features/relocations/components/Timeline'
import type { RelocationStatus } from '#db/schema'
import { formatDanishMonth } from '~/core/dates'
import { formatNumberDa } from '~/core/money'
import { compute } from '~/features/compute.server'
import { soonOrStreamed } from '~/server/soon.server'
import type { CapacityPage as CapacityData } from '~/features/relocations/capacity.server'
import { statusLevelLabels, WINDOW_SIZES } from '~/core/relocation-labels'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import capacityCss from '~/features/relocations/capacity.css?url'
import relocationsCss from '~/features/relocations/relocations.css?url'
import type { Route } from './+types/kapacitet'
import { Term } from '~/features/help/components/Term'
import { Pager } from '~/ui/Pager'

export const meta = () => [{ title: 'Kapacitet · Kloge Kvadratmeter' }]
export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: relocationsCss },
  { rel: 'stylesheet', href: capacityCss },
]

const LEVELS = Object.keys(statusLevelLabels) as RelocationStatus[]

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const from = /^\d{4}-(0[1-9]|1[0-2])$/.test(url.searchParams.get('fra') ?? '') ? url.searchParams.get('fra')! : undefined
  const months = WINDOW_SIZES.find((n) => String(n) === url.searchParams.get('maaneder')) ?? 24
  const level = LEVELS.find((l) => l === url.searchParams.get('medtag'))
  const propertyId = Number(url.searchParams.get('ejendom')) || undefined
  const by = url.searchParams.get('tidslinje') === 'enhed' ? 'unit' : 'property'
  const q = (url.searchParams.get('q') ?? '').slice(0, 100)
  const page = Math.min(Number(url.searchParams.get('side')) || 1, 1_000_000)
  const { data } = await soonOrStreamed(compute.capacity.page({ from, months, level, propertyId, by, q, page }))
  return { capacity: data }
}

export default function CapacityPage({ loaderData }: Route.ComponentProps) {
  const canEdit = useCan('edit_hr')
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Kapacitet</h1>
          <Suspense fallback={<p>Arbejdspladser nødvendige pr. ejendom måned for måned, over for ejendommens arbejdspladser.</p>}>
            <Await resolve={loaderData.capacity} errorElement={null}>
              {(d) => <Explanation d={d} />}
            </Await>
          </Suspense>
        </div>
        <div className="form-actions no-print">
          {canEdit && (
            <Link className="button secondary" to={href('/flytninger/ny')}>
              Planlæg flytning
            </Link>
          )}
          <button type="button" className="secondary" onClick={() => window.print()}>
            Udskriv
          </button>
        </div>
      </div>
      <Suspense fallback={<CapacityPending />}>
        <Await resolve={loaderData.capacity} errorElement={<CapacityFailed />}>
          {(d) => <CapacityContent d={d} />}
        </Await>
      </Suspense>
    </section>
  )
}

function Explanation({ d }: { d: CapacityData }) {
  return (
    <p>
      Arbejdspladser nødvendige pr. ejendom måned for måned fra {formatDanishMonth(d.from)}, med {statusLevelLabels[d.level].toLowerCase()},
      over for ejendommens arbejdspladser. Arbejdspladser nødvendige = årsværk × <Term term="deskFactor">deleskrivebordsfaktor</Term>{' '}
      {formatNumberDa(d.deskFactor, 2)} (eller enhedens eget behov).
    </p>
  )
}

/** While the sweep is computed (after a change to the register or the relocations). */
function CapacityPending() {
  return (
    <div className="card" aria-busy="true">
      <h2>Belægning pr. måned</h2>
      <p className="muted" role="status">
        Belægningen beregnes for alle ejendomme og flytninger …
      </p>
    </div>
  )
}

function CapacityFailed() {
  return (
    <div className="card">
      <h2>Belægning pr. måned</h2>
      <p className="error" role="alert">
        Belægningen kunne ikke beregnes. Prøv at genindlæse siden; sker det igen, så kontakt it-afdelingen.
      </p>
    </div>
  )
}

function CapacityContent({ d }: { d: CapacityData }) {
  return (
    <>
      <CapacityFilters page={d} />
      <CapacityAlerts overMonths={d.overMonths} leftBehind={d.leftBehind} leftBehindCount={d.leftBehindCount} />
      <div className="card">
        <h2>Belægning pr. måned</h2>
        <OccupancyTable rows={d.occupancy} months={d.ticks.map((t) => t.key)} selected={d.detail?.propertyId} />
        <Pager page={d.page} pageCount={d.pageCount} total={d.propertyCount} noun={['ejendom', 'ejendomme']} />
      </div>
      {d.detail && (
        <div className="card">
          <h2>{d.detail.name} måned for måned</h2>
          <OccupancyDetail property={d.detail} deskFactorText={formatNumberDa(d.deskFactor, 2)} />
        </div>
      )}
      <div className="card">
        <h2>Tidslinje{d.detail ? `: ${d.detail.name}` : ''}</h2>
        <Timeline groups={d.timeline} ticks={d.ticks} />
      </div>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
