/** While the solver works: the seconds so far against the time limit, polled once a second; the result loads when it is done. */
import { useEffect } from 'react'
import { href, useFetcher, useRevalidator } from 'react-router'
import { formatNumberDa } from '~/core/money'
import type { GoalSeekStatus } from '~/features/goal-seek/schemas'

export function SearchProgress({ scenarioId, job }: { scenarioId: number; job: GoalSeekStatus }) {
  const fetcher = useFetcher<GoalSeekStatus>()
  const revalidator = useRevalidator()
  const current = fetcher.data ?? job
  const statusUrl = `${href('/scenarier/:id/find-vej/status', { id: String(scenarioId) })}?job=${job.jobId}`
  useEffect(() => {
    if (current.status !== 'running') return
    const timer = setTimeout(() => fetcher.load(statusUrl), 1000)
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
    <div className="card" aria-live="polite">
      <h2>Planlæggeren leder …</h2>
      <p>
        {current.status === 'done'
          ? 'Færdig. Henter resultatet …'
          : `${formatNumberDa(current.elapsedSeconds, 0)} s af højst ${current.timeLimitSeconds} s.`}{' '}
        Når tidsgrænsen nås, vises den bedste løsning fundet indtil da med sit optimalitetsgab.
      </p>
      <progress max={100} value={share} aria-label="Søgningens tid" />
    </div>
  )
}
