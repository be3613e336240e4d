/** Oversigt: the register at a glance, each tile linking on. */
import { Link } from 'react-router'
import { formatDanishDate } from '~/core/dates'
import { formatMillions, formatNumberDa, formatOre, oreToKroner } from '~/core/money'
import { SavingsChart } from '~/features/scenarios/components/SavingsChart'
import { TargetTiles } from '~/features/scenarios/components/TargetTiles'
import { getBaseline } from '~/features/scenarios/scenarios.repo.server'
import { getOverview } from '~/features/overview/overview.server'
import { computeScenario } from '~/features/scenarios/savings.server'
import { summarise } from '~/features/scenarios/scenario-view'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/oversigt'

export const meta = () => [{ title: 'Oversigt · Kloge Kvadratmeter' }]

export async function loader() {
  const db = await getDb()
  const baseline = await getBaseline(db)
  const computed = baseline ? await computeScenario(db, baseline.id) : null
  return {
    overview: await getOverview(db),
    plan: computed ? { id: computed.scenario.id, name: computed.scenario.name, summary: summarise(computed.result) } : null,
  }
}

export default function OverviewPage({ loaderData }: Route.ComponentProps) {
  const o = loaderData.overview
  const plan = loaderData.plan
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Oversigt</h1>
          <p>
            Kloge kommunale kvadratmeter: færre og bedre udnyttede kvadratmeter, lavere driftsudgifter. Målet er en driftsbesparelse på 5
            mio. kr. om året.
          </p>
        </div>
      </div>
      {plan && (
        <div className="card">
          <div className="page-header" style={{ marginBottom: '.5rem' }}>
            <h2>Fremdrift mod målet: {plan.name}</h2>
            <Link to={`/scenarier/${plan.id}`}>Se scenariet og tallene bag</Link>
          </div>
          <TargetTiles summary={plan.summary} />
          <SavingsChart
            years={plan.summary.years}
            target={plan.summary.target}
            title="Nettodriftsbesparelse pr. år i den vedtagne plan"
            series={[
              {
                name: 'Nettodriftsbesparelse',
                color: '#0b4f7c',
                values: plan.summary.rows.find((r) => r.key === 'netOperatingSaving')!.values,
              },
            ]}
          />
          {plan.summary.conflicts.length > 0 && (
            <p>
              <Link to={`/scenarier/${plan.id}`}>{plan.summary.conflicts.length} konflikter i planen</Link>
            </p>
          )}
        </div>
      )}
      <div className="tiles">
        <Link className="tile" to="/ejendomme">
          <div className="label">Ejendomme i brug</div>
          <div className="value">{formatNumberDa(o.properties)}</div>
          <div className="muted">
            {formatNumberDa(o.ownedProperties)} ejede · {formatNumberDa(o.grossAreaM2)} m² · {formatNumberDa(o.workplaces)} arbejdspladser
          </div>
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
          <p className="muted">
            Ingen lejemål ophører i perioden. <Link to="/frister">Se alle frister</Link>
          </p>
        ) : (
          <table className="plain">
            <thead>
              <tr>
                <th>Ophør</th>
                <th>Lejemål</th>
                <th className="num">Husleje og service pr. år</th>
              </tr>
            </thead>
            <tbody>
              {o.leasesEndingSoon.map((l) => (
                <tr key={l.id}>
                  <td>{formatDanishDate(l.endDate)}</td>
                  <td>
                    <Link to={`/lejemaal/${l.id}`}>
                      {l.counterparty}, {l.propertyName}
                    </Link>
                  </td>
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
