/** The front page's parts: progress towards the savings target, the register's tiles, leases ending soon. */
import { href, Link } from 'react-router'
import { formatDanishDate } from '~/core/dates'
import { countOf } from '~/core/plural'
import { formatMillions, formatNumberDa, formatOre, oreToKroner } from '~/core/money'
import type { Overview } from '~/features/overview/types'
import { SavingsChart } from '~/features/scenarios/components/SavingsChart'
import { TargetTiles } from '~/features/scenarios/components/TargetTiles'
import type { ScenarioFigures } from '~/features/scenarios/scenario-view'

/** Where the plan's progress comes while it is computed. */
export function PlanPending() {
  return (
    <div className="card" aria-busy="true">
      <h2>Fremdrift mod målet</h2>
      <p className="muted">Den vedtagne plans tal beregnes …</p>
    </div>
  )
}

/** The plan's figures could not be computed: say so, and where to look. */
export function PlanFailed() {
  return (
    <div className="card">
      <h2>Fremdrift mod målet</h2>
      <p className="muted">
        Den vedtagne plans tal kunne ikke beregnes lige nu. Prøv at genindlæse siden, eller se planen under{' '}
        <Link to={href('/scenarier')}>Scenarier</Link>.
      </p>
    </div>
  )
}

/** The decided plan's progress towards the target, with a link to the scenario behind it. */
export function PlanProgress({ plan }: { plan: { id: number; name: string; summary: ScenarioFigures } }) {
  const scenarioHref = href('/scenarier/:id', { id: String(plan.id) })
  return (
    <div className="card">
      <div className="page-header" style={{ marginBottom: '.5rem' }}>
        <h2>Fremdrift mod målet: {plan.name}</h2>
        <Link to={scenarioHref}>Se scenariet og tallene bag</Link>
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
      {plan.summary.conflictCount > 0 && (
        <p>
          <Link to={scenarioHref}>{countOf(plan.summary.conflictCount, ['konflikt', 'konflikter'])} i planen</Link>
        </p>
      )}
    </div>
  )
}

/** Properties, operating costs, rented leases and sales, each tile linking on. */
export function RegisterTiles({ o }: { o: Overview }) {
  return (
    <div className="tiles">
      <Link className="tile" to={href('/ejendomme')}>
        <div className="label">Ejendomme i brug</div>
        <div className="value">{formatNumberDa(o.properties)}</div>
        <div className="muted">
          {formatNumberDa(o.ownedProperties)} ejede · {formatNumberDa(o.grossAreaM2)} m² · {formatNumberDa(o.workplaces)} arbejdspladser
        </div>
      </Link>
      <Link className="tile" to={href('/ejendomme')}>
        <div className="label">Driftsudgift pr. år</div>
        <div className="value">{formatMillions(oreToKroner(o.annualOperatingCostOre))}</div>
      </Link>
      <Link className="tile" to={href('/lejemaal')}>
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
  )
}

/** Leases ending in the next 12 months (from the demo's reference date while the demo is shown). */
export function LeasesEnding({
  leases,
  count,
  demoDate,
}: {
  leases: Overview['leasesEndingSoon']
  count: number
  demoDate: string | null
}) {
  return (
    <div className="card">
      <h2>Lejemål der ophører de næste 12 måneder</h2>
      {demoDate && <p className="muted">Regnet fra demodataenes dato {formatDanishDate(demoDate)}.</p>}
      {leases.length === 0 ? (
        <p className="muted">
          Ingen lejemål ophører i perioden. <Link to={href('/frister')}>Se alle frister</Link>
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
            {leases.map((l) => (
              <tr key={l.id}>
                <td>{formatDanishDate(l.endDate)}</td>
                <td>
                  <Link to={href('/lejemaal/:id', { id: String(l.id) })}>
                    {l.counterparty}, {l.propertyName}
                  </Link>
                </td>
                <td className="num">{formatOre(l.annualOre)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {count > leases.length && (
        <p>
          … og {formatNumberDa(count - leases.length)} lejemål mere. <Link to={href('/frister')}>Se alle frister</Link>
        </p>
      )}
    </div>
  )
}
