/** One alternative: its measures with dates and reasons, the engine's figures and checks, and "Gem som nyt scenarie". */
import { Form } from 'react-router'
import type { GoalSeekAlternative, ProposedMeasure, ScenarioStart } from '~/core/goal-seek'
import { formatDanishDate } from '~/core/dates'
import { formatKroner, formatNumberDa, Money } from '~/core/money'

const DD = { margin: 0, textAlign: 'right' } as const

const kr = (value: string) => formatKroner(new Money(value))

const KIND = { sale: 'Salg', lease_termination: 'Opsigelse', closure: 'Lukning', relocation: 'Flytning' } as const

function kindOf(p: ProposedMeasure): string {
  if (p.measure.kind === 'closure' && p.measure.operatingCostShare < 1)
    return `Delvis lukning (${formatNumberDa(p.measure.operatingCostShare * 100)} %)`
  return KIND[p.measure.kind]
}

function placeOf(p: ProposedMeasure, names: Map<number, string>): string {
  if (p.measure.kind === 'relocation') return `${names.get(p.measure.fromPropertyId) ?? ''} → ${names.get(p.measure.toPropertyId) ?? ''}`
  return names.get(Number(p.actionKey.split(':')[1])) ?? ''
}

function dateOf(p: ProposedMeasure): string {
  if (p.measure.kind === 'lease_termination')
    return `opsiges ${formatDanishDate(p.measure.noticeDate)}, sparer fra ${formatDanishDate(p.effectiveFrom)}`
  return formatDanishDate(p.effectiveFrom)
}

function Figures({ a, targetYear }: { a: GoalSeekAlternative; targetYear: number }) {
  const f = a.figures
  return (
    <dl className="figures" style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '0.15rem 1rem', margin: 0 }}>
      <dt>Helårseffekt</dt>
      <dd style={DD}>{kr(f.fullYearEffect)}</dd>
      <dt>Besparelse i {targetYear}</dt>
      <dd style={DD}>{kr(f.targetYearSaving)}</dd>
      <dt>Mangler til målet</dt>
      <dd style={DD}>{kr(f.gapToTarget)}</dd>
      <dt>Målet nås første gang</dt>
      <dd style={DD}>{f.firstYearTargetReached ?? 'ikke i horisonten'}</dd>
      <dt>Engangsudgifter (forslagene)</dt>
      <dd style={DD}>{kr(f.oneOffCost)}</dd>
      <dt>Anlægsindtægt</dt>
      <dd style={DD}>{kr(f.capitalIncome)}</dd>
      <dt>Årsværk der flytter (forslagene)</dt>
      <dd style={DD}>{formatNumberDa(f.peopleMoved, 3)}</dd>
      <dt>Kapacitet</dt>
      <dd style={DD}>
        {a.check.passes ? 'Ingen bygning overfyldes' : `${a.check.capacityOverruns.length + a.check.conflicts.length} problemer`}
      </dd>
      {a.optimalityGap !== null && a.optimalityGap > 0 && (
        <>
          <dt>Optimalitetsgab</dt>
          <dd style={DD}>{formatNumberDa(a.optimalityGap * 100, 2)} %</dd>
        </>
      )}
    </dl>
  )
}

/** The scenario's own measures, which every alternative holds unchanged. */
function ScenarioMeasures({ start, rank }: { start: ScenarioStart; rank: number }) {
  if (start.measures.length === 0) return <p className="hint">Scenariet har ingen tiltag endnu: alle tiltag nedenfor er foreslået.</p>
  return (
    <details>
      <summary>
        Fra scenariet: {start.measures.length} tiltag, helårseffekt {kr(start.fullYearEffect)}
      </summary>
      <ul aria-label={`Scenariets tiltag i alternativ ${rank}`} style={{ paddingLeft: '1.2rem' }}>
        {start.measures.map((m) => (
          <li key={m.measureId}>
            {m.label}
            {m.effectiveFrom ? `, fra ${formatDanishDate(m.effectiveFrom)}` : ''}
          </li>
        ))}
      </ul>
    </details>
  )
}

export function AlternativeCard({
  alternative: a,
  start,
  jobId,
  names,
  targetYear,
}: {
  alternative: GoalSeekAlternative
  start: ScenarioStart
  jobId: string
  names: Map<number, string>
  targetYear: number
}) {
  const agreement = a.check.agrees
    ? `Modellen og beregningen er enige om helårseffekten til kronen (${kr(a.check.engineFullYearEffect)}).`
    : `Modellen siger ${kr(a.check.modelFullYearEffect)}, beregningen ${kr(a.check.engineFullYearEffect)}: ${a.check.explanation.join(' ')}`
  return (
    <article className="alternative" aria-label={`Alternativ ${a.rank}`}>
      <h3>Alternativ {a.rank}</h3>
      <Figures a={a} targetYear={targetYear} />
      <p className="hint">{agreement}</p>
      <ScenarioMeasures start={start} rank={a.rank} />
      <h4>Foreslået oven i scenariet ({a.measures.length})</h4>
      <ol aria-label={`Foreslåede tiltag i alternativ ${a.rank}`} style={{ paddingLeft: '1.2rem' }}>
        {a.measures.map((m) => (
          <li key={m.measure.id} style={{ marginBottom: '0.5rem' }}>
            <strong>{kindOf(m)}</strong>: {placeOf(m, names)}, {dateOf(m)}
            <div className="hint">{m.reason}</div>
          </li>
        ))}
      </ol>
      <table className="plain" aria-label={`Besparelse pr. år i alternativ ${a.rank}`}>
        <thead>
          <tr>
            <th>Budgetår</th>
            <th className="num">Nettodriftsbesparelse</th>
          </tr>
        </thead>
        <tbody>
          {a.figures.years.map((y) => (
            <tr key={y.year}>
              <td>{y.year}</td>
              <td className="num">{kr(y.netOperatingSaving)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Form method="post">
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="jobId" value={jobId} />
        <input type="hidden" name="rank" value={a.rank} />
        <button type="submit">Gem som nyt scenarie</button>
      </Form>
    </article>
  )
}
