/** A building's key figures on its property page, each beside the median and the norm, with the flags in words. */
import { href, Link } from 'react-router'
import type { BuildingKeyFigures as Figures } from '~/features/key-figures/types'
import { FIGURE_COLUMNS, figureText, notesOf } from './KeyFigureTable'

export function BuildingKeyFigures({ figures }: { figures: Figures | null }) {
  if (!figures) return null
  const { building: b, medians, norms } = figures
  return (
    <div className="card">
      <h2>Nøgletal</h2>
      <dl className="norm-summary">
        {FIGURE_COLUMNS.map((c) => (
          <div key={c.name}>
            <dt>{c.header}</dt>
            <dd>{figureText(c.name, b.figures[c.name])}</dd>
            {notesOf(b, c.name, medians, norms).map((n) => (
              <dd key={n} className="figure-note">
                {n}
              </dd>
            ))}
          </div>
        ))}
      </dl>
      {b.flags.length > 0 && (
        <p>
          <strong>Bemærk: {b.flags.join('; ')}</strong>
        </p>
      )}
      <p className="muted">
        {b.year ? `Energi fra ${b.year}. ` : 'Intet forbrug registreret. '}
        <Link to={href('/noegletal')}>Se alle bygningers nøgletal</Link>
      </p>
    </div>
  )
}
