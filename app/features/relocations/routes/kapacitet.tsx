/** Kapacitet: occupancy per property per month (over-capacity in red) and the timeline of who sits where. */
import { Form, Link } from 'react-router'
import { useCan } from '~/ui/use-can'
import { OccupancyDetail } from '~/features/relocations/components/OccupancyDetail'
import { OccupancyTable } from '~/features/relocations/components/OccupancyTable'
import { Timeline } from '~/features/relocations/components/Timeline'
import type { RelocationStatus } from '#db/schema'
import { formatDanishMonth } from '~/core/dates'
import { formatNumberDa } from '~/core/money'
import { getCapacityPage } from '~/features/relocations/capacity.server'
import { getDb } from '~/server/db.server'
import { statusLevelLabels, WINDOW_SIZES } from '~/core/relocation-labels'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import relocationsCss from '~/features/relocations/relocations.css?url'
import type { Route } from './+types/kapacitet'

export const meta = () => [{ title: 'Kapacitet · Kloge Kvadratmeter' }]
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: relocationsCss }]

const LEVELS = Object.keys(statusLevelLabels) as RelocationStatus[]

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const from = /^\d{4}-(0[1-9]|1[0-2])$/.test(url.searchParams.get('fra') ?? '') ? url.searchParams.get('fra')! : undefined
  const months = WINDOW_SIZES.find((n) => String(n) === url.searchParams.get('maaneder')) ?? 24
  const level = LEVELS.find((l) => l === url.searchParams.get('medtag'))
  const propertyId = Number(url.searchParams.get('ejendom')) || undefined
  const by = url.searchParams.get('tidslinje') === 'enhed' ? 'unit' : 'property'
  return getCapacityPage(await getDb(), { from, months, level, propertyId, by })
}

export default function CapacityPage({ loaderData }: Route.ComponentProps) {
  const d = loaderData
  const propertyId = d.detail?.propertyId ?? ''
  const canEdit = useCan('edit_hr')
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Kapacitet</h1>
          <p>
            Årsværk pr. ejendom måned for måned fra {formatDanishMonth(d.from)}, med {statusLevelLabels[d.level].toLowerCase()}.
            Arbejdspladser nødvendige = årsværk × deleskrivebordsfaktor {formatNumberDa(d.deskFactor, 2)} (eller enhedens eget behov).
          </p>
        </div>
        <div className="form-actions no-print">
          {canEdit && (
            <Link className="button secondary" to="/flytninger/ny">
              Planlæg flytning
            </Link>
          )}
          <button type="button" className="secondary" onClick={() => window.print()}>
            Udskriv
          </button>
        </div>
      </div>
      <Form method="get" className="filters no-print">
        <label>
          Fra måned
          <select name="fra" defaultValue={d.from}>
            {d.monthChoices.map((m) => (
              <option key={m} value={m}>
                {formatDanishMonth(m)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Periode
          <select name="maaneder" defaultValue={d.months}>
            {WINDOW_SIZES.map((n) => (
              <option key={n} value={n}>
                {n} måneder
              </option>
            ))}
          </select>
        </label>
        <label>
          Flytninger
          <select name="medtag" defaultValue={d.level}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {statusLevelLabels[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Ejendom
          <select name="ejendom" defaultValue={propertyId}>
            <option value="">Alle</option>
            {d.properties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tidslinje pr.
          <select name="tidslinje" defaultValue={d.timelineBy}>
            <option value="ejendom">Ejendom</option>
            <option value="enhed">Enhed</option>
          </select>
        </label>
        <button type="submit" className="secondary">
          Vis
        </button>
      </Form>
      {d.overMonths > 0 ? (
        <div className="alert error" role="alert" data-testid="over-capacity">
          {d.overMonths} {d.overMonths === 1 ? 'måned' : 'måneder'} over kapaciteten i perioden (røde felter).
        </div>
      ) : (
        <div className="alert success" role="status">
          Ingen ejendom er over kapaciteten i perioden.
        </div>
      )}
      {d.leftBehind.length > 0 && (
        <div className="alert error" role="alert" data-testid="left-behind">
          Ansatte sidder stadig i bygningen efter lejemålets ophør eller overtagelsesdagen: {d.leftBehind.join(', ')}. Se de røde bjælker i
          tidslinjen.
        </div>
      )}
      <div className="card">
        <h2>Belægning pr. måned</h2>
        <OccupancyTable rows={d.occupancy} months={d.ticks.map((t) => t.key)} selected={d.detail?.propertyId} />
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
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
