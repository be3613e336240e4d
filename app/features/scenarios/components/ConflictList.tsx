/** Conflicts the engine found (capacity, people left behind, over-moves) and double-rent periods. */
import { href } from 'react-router'
import { formatDanishDate } from '~/core/dates'
import { Money, formatKroner } from '~/core/money'
import type { ScenarioSummary } from '~/features/scenarios/scenario-view'
import type { PageInfo } from '~/core/paging'
import { Pager } from '~/ui/Pager'

const KIND: Record<string, string> = {
  capacity: 'Kapacitet',
  left_behind: 'Medarbejdere tilbage',
  over_move: 'Flytter for mange',
  invalid_measure: 'Ugyldigt tiltag',
}

/** The conflicts and double-rent periods given; with page infos, the page of them shown and links to the others. */
export function ConflictList({
  conflicts,
  doubleRent,
  conflictPage,
  doubleRentPage,
}: {
  conflicts: ScenarioSummary['conflicts']
  doubleRent: ScenarioSummary['doubleRentPeriods']
  conflictPage?: PageInfo
  doubleRentPage?: PageInfo
}) {
  return (
    <div>
      {conflicts.length === 0 ? (
        <p className="muted">Ingen konflikter: ingen bygning overfyldes, og ingen enhed efterlades.</p>
      ) : (
        <ul className="conflicts" data-testid="conflicts">
          {conflicts.map((c, i) => (
            <li key={i}>
              <span className="badge overdue">{KIND[c.kind] ?? c.kind}</span> {c.message}{' '}
              {c.propertyId && <a href={href('/ejendomme/:id', { id: String(c.propertyId) })}>Ejendom</a>}
              {c.measureId && (
                <>
                  {' '}
                  · <a href={`#tiltag-${c.measureId}`}>Tiltag</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {conflictPage && conflictPage.pageCount > 1 && (
        <Pager {...conflictPage} noun={['konflikt', 'konflikter']} param="konflikt-side" label="Sider med konflikter" />
      )}
      {doubleRent.length > 0 && (
        <>
          <h3 style={{ fontSize: '1rem' }}>Dobbelt husleje</h3>
          <ul className="conflicts">
            {doubleRent.map((d) => (
              <li key={d.measureId}>
                {formatDanishDate(d.from)}–{formatDanishDate(d.to)} ({d.days} dage): {formatKroner(new Money(d.amount))}{' '}
                <span className="muted">{d.explanation}</span>
              </li>
            ))}
          </ul>
          {doubleRentPage && doubleRentPage.pageCount > 1 && (
            <Pager {...doubleRentPage} noun={['periode', 'perioder']} param="dobbelt-side" label="Sider med dobbelt husleje" />
          )}
        </>
      )}
    </div>
  )
}
