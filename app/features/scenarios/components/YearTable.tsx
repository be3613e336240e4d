/**
 * The scenario's year table. Every figure is a button that opens the line items it sums
 * (measure, period, amount and how it was computed), fetched from /scenarier/:id/poster.
 */
import { useEffect, useRef, useState } from 'react'
import { href, Link, useFetcher } from 'react-router'
import { Money, formatKroner, formatNumberDa } from '~/core/money'
import type { ClimateItemView, ClimateRowView, ClimateSummary } from '~/features/scenarios/climate-view'
import type { LineItemView, YearTableRow } from '~/features/scenarios/scenario-view'

type Cell = { year: number | 'full'; key: YearTableRow['key'] | ClimateRowView['key']; label: string }
/** What /scenarier/:id/poster answers: kroner items, or climate items in their unit. */
type Items = {
  items: (LineItemView | ClimateItemView)[]
  /** The sum of every item, not only this page's. */
  total: string
  unit?: 'MWh' | 't'
  /** This page among all the figure's items (a national scenario's figure has thousands). */
  count: number
  page: number
  pageCount: number
  pageSize: number
}

const money = (s: string) => formatKroner(new Money(s), { decimals: 0 })
/** MWh and tonnes with one decimal in the table; the line items show them exactly. */
const quantity = (s: string) => formatNumberDa(new Money(s), 1)
const UNIT_TEXT = { MWh: 'MWh', t: 'tons CO2e' } as const
const amountText = (value: string, unit: Items['unit']) =>
  unit
    ? `${formatNumberDa(new Money(value), Math.min(3, new Money(value).decimalPlaces()))}\u00a0${UNIT_TEXT[unit]}`
    : formatKroner(new Money(value))

/** The line items behind the open figure, with their total. */
function LineItems({
  cell,
  loading,
  data,
  onClose,
  onPage,
}: {
  cell: Cell
  loading: boolean
  data: Items | undefined
  onClose: () => void
  onPage: (page: number) => void
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
        // On a phone the table scrolls sideways in its box (focusable, so the keyboard scrolls it too).
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Posterne (rul vandret for beregningen)">
          <table className="plain compact lineitems-table">
            <thead>
              <tr>
                <th>Tiltag</th>
                <th>Kategori</th>
                <th>Periode</th>
                <th>Beregning</th>
                <th className="num">{data.unit ? UNIT_TEXT[data.unit] : 'Beløb'}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((i, n) => (
                <tr key={`${i.measureId}-${i.categoryLabel}-${n}`}>
                  <td>
                    <Link to={`#tiltag-${i.measureId}`}>{i.label}</Link>
                  </td>
                  <td>{i.categoryLabel}</td>
                  <td>{i.period}</td>
                  <td className="muted">{i.explanation}</td>
                  <td className="num">{amountText(i.amount, data.unit)}</td>
                </tr>
              ))}
              <tr className="net">
                <th colSpan={4}>I alt{data.pageCount > 1 ? `, alle ${formatNumberDa(data.count)} poster` : ''}</th>
                <td className="num">
                  <strong>{amountText(data.total, data.unit)}</strong>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {data && data.pageCount > 1 && <ItemPager data={data} loading={loading} onPage={onPage} />}
    </section>
  )
}

/** Earlier and later pages of a figure's items, fetched in the panel. */
function ItemPager({ data, loading, onPage }: { data: Items; loading: boolean; onPage: (page: number) => void }) {
  const first = (data.page - 1) * data.pageSize + 1
  return (
    <nav className="pager" aria-label="Sider med poster">
      <span>
        Poster {formatNumberDa(first)}–{formatNumberDa(first + data.items.length - 1)} af {formatNumberDa(data.count)} · side{' '}
        {formatNumberDa(data.page)} af {formatNumberDa(data.pageCount)}
      </span>
      <span className="pager-links">
        <button type="button" className="secondary" disabled={loading || data.page <= 1} onClick={() => onPage(data.page - 1)}>
          Forrige
        </button>
        <button type="button" className="secondary" disabled={loading || data.page >= data.pageCount} onClick={() => onPage(data.page + 1)}>
          Næste
        </button>
      </span>
    </nav>
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
  climate = null,
}: {
  scenarioId: number
  years: number[]
  rows: YearTableRow[]
  view: string
  /** Said under the table when rents are indexed: which prices the years and the full-year effect are in. */
  priceBasis: string | null
  /** MWh and tonnes CO2e avoided (docs/climate.md). */
  climate?: ClimateSummary | null
}) {
  const fetcher = useFetcher<Items>()
  const { open, setOpen, opener, close } = useLineItemsPanel()
  const show = (cell: Cell, button: HTMLButtonElement) => {
    opener.current = button
    setOpen(cell)
    load(cell, 1)
  }
  const load = (cell: Cell, page: number) =>
    fetcher.load(
      `${href('/scenarier/:id/poster', { id: String(scenarioId) })}?aar=${cell.year}&raekke=${cell.key}&visning=${view}${page > 1 ? `&side=${page}` : ''}`,
    )
  const isOpen = (year: number | 'full', key: string) => open?.year === year && open.key === key
  const cellButton = (row: YearTableRow | ClimateRowView, year: number | 'full', value: string) => (
    <button
      type="button"
      className="cell"
      aria-pressed={isOpen(year, row.key)}
      onClick={(e) => show({ year, key: row.key, label: row.label }, e.currentTarget)}
      data-testid={`cell-${row.key}-${year}`}
      title="Vis posterne bag tallet"
    >
      {'unit' in row ? quantity(value) : money(value)}
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
          {climate && (
            <tbody data-testid="climate-rows">
              <tr className="group">
                <th colSpan={years.length + 2}>Energi og klima (tilført ved flytning trækkes fra)</th>
              </tr>
              {climate.rows.map((row) => (
                <tr key={row.key} className={row.key === 'climateCo2e' ? 'net' : undefined}>
                  <th scope="row">
                    {row.label} ({UNIT_TEXT[row.unit]})
                  </th>
                  {row.values.map((v, i) => (
                    <td key={years[i]} className="num">
                      {cellButton(row, years[i]!, v)}
                    </td>
                  ))}
                  <td className="num full">{cellButton(row, 'full', row.fullYear)}</td>
                </tr>
              ))}
            </tbody>
          )}
        </table>
      </div>
      <p className="muted" data-testid="price-basis">
        Besparelser er positive, udgifter og tabte indtægter negative.{priceBasis ? ` ${priceBasis}` : ''}
        {climate &&
          ' Energi og CO2e regnes ud fra ejendommenes forbrug og emissionsfaktorerne; helårseffekten med det første års faktorer.'}
      </p>
      {climate && climate.warnings.length > 0 && (
        <ul className="muted" data-testid="climate-warnings">
          {climate.warnings.slice(0, 5).map((w) => (
            <li key={w}>{w}</li>
          ))}
          {climate.warningCount > 5 && (
            <li>… og {formatNumberDa(climate.warningCount - 5, 0)} bemærkninger mere om manglende forbrug eller faktorer.</li>
          )}
        </ul>
      )}
      {open && (
        <LineItems cell={open} loading={fetcher.state !== 'idle'} data={fetcher.data} onClose={close} onPage={(page) => load(open, page)} />
      )}
    </div>
  )
}
