/**
 * While the solver works: the seconds so far against the time limit, what it is doing, the best
 * set found so far and HiGHS's optimality gap, polled once a second; the result loads when done.
 */
import { useEffect } from 'react'
import { href, useFetcher, useRevalidator } from 'react-router'
import type { SearchProgress as Progress } from '~/core/goal-seek'
import { formatKroner, formatNumberDa, Money } from '~/core/money'
import type { GoalSeekStatus } from '~/features/goal-seek/schemas'

const kr = (value: string) => formatKroner(new Money(value))

function gapText(gap: number | null): string {
  if (gap === null) return 'endnu ukendt'
  if (gap <= 1e-6) return '0 % (bevist bedst)'
  return `${formatNumberDa(gap * 100, gap < 0.01 ? 2 : 1)} %`
}

function Best({ progress }: { progress: Progress }) {
  const { best } = progress
  return (
    <dl className="figures" style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '0.15rem 1rem', margin: '0.5rem 0' }}>
      <dt>Nu</dt>
      <dd style={{ margin: 0 }}>
        {progress.stage}
        {progress.alternativesFound > 0 ? ` (${progress.alternativesFound} fundet)` : ''}
      </dd>
      <dt>Bedste sæt indtil nu</dt>
      <dd style={{ margin: 0 }}>
        {best ? `helårseffekt ${kr(best.fullYearEffect)}, engangsudgifter ca. ${kr(best.oneOffCost)}` : 'endnu intet sæt, der når målet'}
      </dd>
      <dt>Optimalitetsgab</dt>
      <dd style={{ margin: 0 }}>{gapText(progress.gap)}</dd>
    </dl>
  )
}

export function SearchProgress({ scenarioId, job }: { scenarioId: number; job: GoalSeekStatus }) {
  const fetcher = useFetcher<GoalSeekStatus>()
  const revalidator = useRevalidator()
  const current = fetcher.data ?? job
  const statusUrl = `${href('/scenarier/:id/find-vej/status', { id: String(scenarioId) })}?job=${job.jobId}`
  useEffect(() => {
    if (current.status !== 'running') return
    // Often at first, when most searches end; once a second after that.
    const timer = setTimeout(() => fetcher.load(statusUrl), current.elapsedSeconds < 5 ? 400 : 1000)
    return () => clearTimeout(timer)
    // The fetcher object changes on every load; the poll depends only on its answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current, statusUrl])
  useEffect(() => {
    if (current.status === 'done' && revalidator.state === 'idle') void revalidator.revalidate()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current.status])
  if (current.status === 'failed')
    return (
      <div className="card" role="alert">
        <h2>Søgningen mislykkedes</h2>
        <p>{current.error ?? 'Ukendt fejl.'}</p>
      </div>
    )
  const share = Math.min(100, (current.elapsedSeconds / current.timeLimitSeconds) * 100)
  return (
    <div className="card" aria-labelledby="goal-seek-progress-title">
      <h2 id="goal-seek-progress-title">Planlæggeren leder …</h2>
      <p>
        {current.status === 'done'
          ? 'Færdig. Henter resultatet …'
          : `${formatNumberDa(current.elapsedSeconds, 0)} s af højst ${current.timeLimitSeconds} s.`}
      </p>
      {/* What the solver has found is read out politely as it changes; the seconds are not, they change every second. */}
      <div aria-live="polite" aria-atomic="true">
        {current.progress && <Best progress={current.progress} />}
      </div>
      <progress max={100} value={share} aria-label="Søgningens tid" />
      <p className="hint">Når tidsgrænsen nås, vises det bedste sæt fundet indtil da med sit optimalitetsgab.</p>
    </div>
  )
}
