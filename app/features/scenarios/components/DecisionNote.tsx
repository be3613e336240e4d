/** When the plan was decided (and by which case), and for an archived plan when it was replaced. */
import { href, Link } from 'react-router'
import { danishDateOf, formatDanishDate } from '~/core/dates'
import type { DecisionInfo } from '~/features/scenarios/types'

export function DecisionNote({ decision: d, archivedAt }: { decision: DecisionInfo | null; archivedAt: string | null }) {
  if (!d) return null
  const decided = `Vedtaget ${formatDanishDate(d.decidedOn)}${d.caseReference ? ` (sag ${d.caseReference}` : ''}${
    d.caseReference && d.promotedBy ? `, registreret af ${d.promotedBy})` : d.caseReference ? ')' : ''
  }.`
  return (
    <div className="alert info" role="note" data-testid="decision-note">
      {decided}{' '}
      {archivedAt && (
        <>
          Erstattet af en ny vedtaget plan {formatDanishDate(danishDateOf(archivedAt))}. Planen vises, som den blev vedtaget, og kan ikke
          ændres; kopiér den til et nyt scenarie for at arbejde videre.{' '}
        </>
      )}
      <Link to={href('/scenarier/beslutninger')}>Se alle beslutninger</Link>
    </div>
  )
}
