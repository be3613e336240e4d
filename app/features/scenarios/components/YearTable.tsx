/**
 * The scenario's year table. Every figure is a button that opens the line items it sums
 * (measure, period, amount and how it was computed), fetched from /scenarier/:id/poster.
 */
import { useEffect, useRef, useState } from 'react'
import { href, Link, useFetcher } from 'react-router'
import { Money, formatKroner } from '~/core/money'
import type { LineItemView, YearTableRow } from '~/features/scenarios/scenario-view'

type Cell = { year: number | 'full'; key: YearTableRow['key']; label: string }

const money = (s: string) => formatKroner(new Money(s), { decimals: 0 })

/** The line items behind the open figure, with their total. */
function LineItems({
  cell,
  loading,
  data,
  onClose,
}: {
  cell: Cell
  loading: boolean
  data: { items: LineItemView[]; total: string } | undefined
  onClose: () => void
}) {
  return (
    <section className="card lineitems" aria-live="polite" data-testid="line-items">
      <div className="page-header" style={{ marginBottom: '.25rem' }}>
        <h3>
          {cell.label}, {cell.year === 'full' ? 'helårseffekt' : cell.year}
        </h3>
        <button type="button" className="secondary" onClick={onClose}>
          Luk
        </button>
      </div>
      {loading || !data ? (
        <p className="muted">Henter poster …</p>
      ) : data.items.length === 0 ? (
        <p className="muted">Ingen poster: beløbet er 0 kr.</p>
      ) : (
        <table className="plain compact">
          <thead>
            <tr>
              <th>Tiltag</th>
              <th>Kategori</th>
              <th>Periode</th>
              <th>Beregning</th>
              <th className="num">Beløb</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((i, n) => (
              <tr key={`${i.measureId}-${i.category}-${n}`}>
                <td>
                  <Link to={`#tiltag-${i.measureId}`}>{i.label}</Link>
                </td>
                <td>{i.categoryLabel}</td>
                <td>{i.period}</td>
                <td className="muted">{i.explanation}</td>
                <td className="num">{formatKroner(new Money(i.amount))}</td>
              </tr>
            ))}
            <tr className="net">
              <th colSpan={4}>I alt</th>
              <td className="num">
                <strong>{formatKroner(new Money(data.total))}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  )
}

/** Escape closes the open line items, and focus goes back to the figure that opened them. */
function useLineItemsPanel() {
  const [open, setOpen] = useState<Cell | null>(null)
  const opener = useRef<HTMLButtonElement | null>(null)
  const close = () => {
    setOpen(null)
    opener.current?.focus()
  }
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      setOpen(null)
      opener.current?.focus()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [open])
  return { open, setOpen, opener, close }
}

export function YearTable({
  scenarioId,
  years,
  rows,
  view,
  priceBasis,
}: {
  scenarioId: number
  years: number[]
  rows: YearTableRow[]
  view: string
  /** Said under the table when rents are indexed: which prices the years and the full-year effect are in. */
  priceBasis: string | null
}) {
  const fetcher = useFetcher<{ items: LineItemView[]; total: string }>()
  const { open, setOpen, opener, close } = useLineItemsPanel()
  const show = (cell: Cell, button: HTMLButtonElement) => {
    opener.current = button
    setOpen(cell)
    fetcher.load(`${href('/scenarier/:id/poster', { id: String(scenarioId) })}?aar=${cell.year}&raekke=${cell.key}&visning=${view}`)
  }
  const isOpen = (year: number | 'full', key: string) => open?.year === year && open.key === key
  const cellButton = (row: YearTableRow, year: number | 'full', value: string) => (
    <button
      type="button"
      className="cell"
      aria-pressed={isOpen(year, row.key)}
      onClick={(e) => show({ year, key: row.key, label: row.label }, e.currentTarget)}
      data-testid={`cell-${row.key}-${year}`}
      title="Vis posterne bag tallet"
    >
      {money(value)}
    </button>
  )
  const groups: { title: string; rows: YearTableRow[] }[] = [
    { title: 'Drift (løbende)', rows: rows.filter((r) => r.group !== 'oneoff') },
    { title: 'Engangsbeløb (anlæg)', rows: rows.filter((r) => r.group === 'oneoff') },
  ]
  return (
    <div>
      {/* The box scrolls sideways on narrow screens, so it takes focus for keyboard scrolling. */}
      <div className="table-scroll years-scroll" tabIndex={0} role="region" aria-label="Besparelse pr. budgetår (rul vandret for flere år)">
        <table className="plain years compact" aria-label="Besparelse pr. budgetår">
          <thead>
            <tr>
              <th>Kr. pr. budgetår</th>
              {years.map((y) => (
                <th key={y} className="num">
                  {y}
                </th>
              ))}
              <th className="num">Helårseffekt</th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.title}>
              <tr className="group">
                <th colSpan={years.length + 2}>{g.title}</th>
              </tr>
              {g.rows.map((row) => (
                <tr key={row.key} className={row.group === 'net' ? 'net' : undefined}>
                  <th scope="row">{row.label}</th>
                  {row.values.map((v, i) => (
                    <td key={years[i]} className="num">
                      {cellButton(row, years[i]!, v)}
                    </td>
                  ))}
                  <td className="num full">{row.fullYear === null ? '' : cellButton(row, 'full', row.fullYear)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className="muted" data-testid="price-basis">
        Besparelser er positive, udgifter og tabte indtægter negative.{priceBasis ? ` ${priceBasis}` : ''}
      </p>
      {open && <LineItems cell={open} loading={fetcher.state !== 'idle'} data={fetcher.data} onClose={close} />}
    </div>
  )
}
