/**
 * The key figures of a page of buildings: each figure with its distance from the portfolio median
 * (and from the norm where one is set), and in words why a building stands out, so the flag is
 * read and not only seen.
 */
import { href, Link } from 'react-router'
import { type Amount, formatKroner, formatNumberDa, Money } from '~/core/money'
import type { KeyFigureNorms } from '~/core/key-figures'
import { sortQuery } from '~/features/key-figures/sorting'
import type { BuildingFigures, FigureTexts, KeyFigureSort, SortBy } from '~/features/key-figures/types'

type Name = keyof FigureTexts

/** How each figure is written: its column header and its Danish number. */
export const FIGURE_COLUMNS: { name: Name; header: string; format: (v: Amount) => string }[] = [
  { name: 'kwhPerM2', header: 'kWh pr. m²', format: (v) => formatNumberDa(v, 0) },
  { name: 'co2eKgPerM2', header: 'kg CO2e pr. m²', format: (v) => formatNumberDa(v, 1) },
  { name: 'm2PerEmployee', header: 'm² pr. medarbejder', format: (v) => formatNumberDa(v, 1) },
  { name: 'workplacesPerEmployee', header: 'Arbejdspladser pr. medarbejder', format: (v) => formatNumberDa(v, 2) },
  { name: 'operatingCostPerM2', header: 'Drift pr. m²', format: (v) => formatKroner(v) },
]

/** A figure as text; '–' when unknown. @example figureText('kwhPerM2', '120.5') // '121' */
export function figureText(name: Name, value: string | null): string {
  if (value === null) return '–'
  return FIGURE_COLUMNS.find((c) => c.name === name)!.format(new Money(value))
}

/** "+32 % ift. median": how far a value lies from a reference, in whole per cent. */
function against(value: string | null, reference: string | number | null, what: string): string | null {
  if (value === null || reference === null || new Money(reference).isZero()) return null
  const pct = new Money(value).minus(reference).div(reference).times(100)
  const rounded = formatNumberDa(pct.abs(), 0)
  if (rounded === '0') return `som ${what}`
  return `${pct.isNegative() ? '−' : '+'}${rounded} % ift. ${what}`
}

const NORM_OF: Partial<Record<Name, keyof KeyFigureNorms>> = {
  m2PerEmployee: 'm2PerEmployee',
  workplacesPerEmployee: 'workplacesPerEmployee',
}

/** A figure's distance from the median and, where one is set, the norm. */
export function notesOf(b: BuildingFigures, name: Name, medians: FigureTexts, norms: KeyFigureNorms): string[] {
  const value = b.figures[name]
  const norm = NORM_OF[name]
  return [against(value, medians[name], 'median'), norm ? against(value, norms[norm], 'norm') : null].filter((n): n is string => n !== null)
}

function FigureCell({ b, name, medians, norms }: { b: BuildingFigures; name: Name; medians: FigureTexts; norms: KeyFigureNorms }) {
  const value = b.figures[name]
  const notes = notesOf(b, name, medians, norms)
  return (
    <td className="num">
      {figureText(name, value)}
      {notes.map((n) => (
        <div key={n} className="figure-note">
          {n}
        </div>
      ))}
    </td>
  )
}

/**
 * A column header that sorts the whole list (not only the page) by its column: a link, so it works
 * before the page's script has loaded; a second click turns the order round.
 */
function SortHeader({ by, label, sort, num }: { by: SortBy; label: string; sort: KeyFigureSort; num?: boolean }) {
  const active = sort.by === by
  const next: KeyFigureSort = { by, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' }
  const query = sortQuery(next)
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
  return (
    <th scope="col" className={num ? 'num' : undefined} aria-sort={ariaSort}>
      <Link to={`${href('/noegletal')}${query ? `?${query}` : ''}`} className="sort-link">
        {label}
        {active && <span aria-hidden="true">{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span>}
      </Link>
    </th>
  )
}

export function KeyFigureTable({
  buildings,
  medians,
  norms,
  sort,
}: {
  buildings: BuildingFigures[]
  medians: FigureTexts
  norms: KeyFigureNorms
  /** The list's order; without it (the property page) the headers do not sort. */
  sort?: KeyFigureSort
}) {
  if (buildings.length === 0) return <p className="muted">Ingen bygninger i registret endnu.</p>
  return (
    <div className="table-scroll">
      <table className="plain compact key-figures" aria-label="Nøgletal pr. bygning">
        <thead>
          <tr>
            {sort ? <SortHeader by="name" label="Bygning" sort={sort} /> : <th scope="col">Bygning</th>}
            <th scope="col">Energimærke</th>
            <th scope="col">Forbrugsår</th>
            {FIGURE_COLUMNS.map((c) =>
              sort ? (
                <SortHeader key={c.name} by={c.name} label={c.header} sort={sort} num />
              ) : (
                <th key={c.name} scope="col" className="num">
                  {c.header}
                </th>
              ),
            )}
            <th scope="col">Bemærkning</th>
          </tr>
        </thead>
        <tbody>
          {buildings.map((b) => (
            <tr key={b.id} className={b.flags.length ? 'flagged' : undefined}>
              <th scope="row">
                <Link to={href('/ejendomme/:id', { id: String(b.id) })}>{b.name}</Link>
                <div className="figure-note">{b.town}</div>
              </th>
              <td>{b.energyLabel ?? 'Intet mærke'}</td>
              <td>{b.year ?? '–'}</td>
              {FIGURE_COLUMNS.map((c) => (
                <FigureCell key={c.name} b={b} name={c.name} medians={medians} norms={norms} />
              ))}
              <td>
                {b.flags.length ? <strong>Bemærk: {b.flags.join('; ')}</strong> : <span className="muted">Ingen afvigelse over 25 %</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
