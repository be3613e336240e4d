/** The search's answer: the summary, a shortfall and its binding limits, and up to three alternatives side by side. */
import type { GoalSeekResult } from '~/core/goal-seek'
import { formatKroner, formatNumberDa, Money } from '~/core/money'
import { AlternativeCard } from './AlternativeCard'

const kr = (value: string) => formatKroner(new Money(value))

export function ResultView({
  result,
  jobId,
  names: namesById,
  saveRefusal,
}: {
  result: GoalSeekResult
  jobId: string
  /** The names of the properties the alternatives act on, by id. */
  names: Record<number, string>
  saveRefusal: string | null
}) {
  const names = new Map(Object.entries(namesById).map(([id, name]) => [Number(id), name]))
  const [head, ...rest] = result.messages
  return (
    <div className="card" aria-label="Resultat">
      <h2>{result.status === 'reached' ? 'Alternativer' : result.status === 'unreachable' ? 'Målet kan ikke nås' : 'Ingen løsning'}</h2>
      <p>
        <strong>{head}</strong>
      </p>
      <p>
        Scenariets egne {result.start.measures.length} tiltag giver {kr(result.start.targetYearSaving)} i {result.targetYear}
        {Number(result.start.remainingGap) > 0
          ? `; forslagene skal skaffe de sidste ${kr(result.start.remainingGap)}`
          : ', så målet er allerede nået uden nye tiltag.'}
      </p>
      {result.bindingLimits.length > 0 && (
        <>
          <h3>Det binder</h3>
          <ul>
            {result.bindingLimits.map((l, i) => (
              <li key={i}>{l.message}</li>
            ))}
          </ul>
        </>
      )}
      <ul className="hint">
        {rest
          .filter((line) => !result.alternatives.some((a) => a.summary === line) && !result.bindingLimits.some((l) => l.message === line))
          .map((line, i) => (
            <li key={i}>{line}</li>
          ))}
      </ul>
      <p className="hint">
        Løsning: {result.solver.status === 'Optimal' ? 'bevist bedst' : result.solver.status}, {formatNumberDa(result.solver.seconds, 1)} s,{' '}
        {result.solver.candidates} mulige tiltag og {result.solver.moveOptions} mulige flytninger
        {result.solver.optimalityGap !== null && result.solver.optimalityGap > 0
          ? `, optimalitetsgab ${formatNumberDa(result.solver.optimalityGap * 100, 2)} %`
          : ''}
        .
      </p>
      {saveRefusal && (
        <div className="error" role="alert">
          {saveRefusal}
        </div>
      )}
      <div
        className="alternatives"
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(24rem, 100%), 1fr))', gap: '1rem' }}
      >
        {result.alternatives.map((a) => (
          <AlternativeCard key={a.rank} alternative={a} start={result.start} jobId={jobId} names={names} targetYear={result.targetYear} />
        ))}
      </div>
    </div>
  )
}
