/** Oversigt: the register at a glance, each tile linking on. */
import { Link } from 'react-router'
import { formatDanishDate } from '~/domain/dates'
import { formatMillions, formatNumberDa, formatOre, oreToKroner } from '~/domain/money'
import { getOverview } from '~/services/overview.server'
import { getDb } from '~/utils/db.server'
import type { Route } from './+types/oversigt'

export const meta = () => [{ title: 'Oversigt · Kloge Kvadratmeter' }]

export async function loader() {
  return { overview: await getOverview(await getDb()) }
}

export default function OverviewPage({ loaderData }: Route.ComponentProps) {
  const o = loaderData.overview
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Oversigt</h1>
          <p>Kloge kommunale kvadratmeter: færre og bedre udnyttede kvadratmeter, lavere driftsudgifter. Målet er en driftsbesparelse på 5 mio. kr. om året.</p>
        </div>
      </div>
      <div className="tiles">
        <Link className="tile" to="/ejendomme">
          <div className="label">Ejendomme i brug</div>
          <div className="value">{formatNumberDa(o.properties)}</div>
          <div className="muted">{formatNumberDa(o.ownedProperties)} ejede · {formatNumberDa(o.grossAreaM2)} m² · {formatNumberDa(o.workplaces)} arbejdspladser</div>
        </Link>
        <Link className="tile" to="/ejendomme">
          <div className="label">Driftsudgift pr. år</div>
          <div className="value">{formatMillions(oreToKroner(o.annualOperatingCostOre))}</div>
        </Link>
        <Link className="tile" to="/lejemaal">
          <div className="label">Lejemål hvor kommunen lejer</div>
          <div className="value">{formatNumberDa(o.tenantLeases)}</div>
          <div className="muted">{formatOre(o.annualTenantRentOre)} i husleje og service om året</div>
        </Link>
        <div className="tile">
          <div className="label">Salg af udpegede ejendomme</div>
          <div className="value">{formatMillions(oreToKroner(o.salesRealisedOre))}</div>
          <div className="muted">
            solgt ({o.salesSold}) · {formatMillions(oreToKroner(o.salesExpectedOre))} forventet for de øvrige {o.salesOpen} · i alt{' '}
            {formatMillions(oreToKroner(o.salesRealisedOre + o.salesExpectedOre))}
          </div>
        </div>
      </div>
      <div className="card">
        <h2>Lejemål der ophører de næste 12 måneder</h2>
        {o.leasesEndingSoon.length === 0 ? (
          <p className="muted">Ingen lejemål ophører i perioden. <Link to="/frister">Se alle frister</Link></p>
        ) : (
          <table className="plain">
            <thead><tr><th>Ophør</th><th>Lejemål</th><th className="num">Husleje og service pr. år</th></tr></thead>
            <tbody>
              {o.leasesEndingSoon.map((l) => (
                <tr key={l.id}>
                  <td>{formatDanishDate(l.endDate)}</td>
                  <td><Link to={`/lejemaal/${l.id}`}>{l.counterparty}, {l.propertyName}</Link></td>
                  <td className="num">{formatOre(l.annualOre)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  )
}
