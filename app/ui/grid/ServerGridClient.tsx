/** The client half of ServerGrid: AG Grid Community with the infinite row model. */
import { AG_GRID_LOCALE_DK } from '@ag-grid-community/locale'
import {
  ColumnApiModule,
  ColumnAutoSizeModule,
  CustomFilterModule,
  DateFilterModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  RowStyleModule,
  CellStyleModule,
  TextFilterModule,
  TooltipModule,
  themeQuartz,
  type ColDef,
  type ColumnState,
  type GridApi,
  type CellKeyDownEvent,
  type GridReadyEvent,
  type IDatasource,
  type RowClickedEvent,
} from 'ag-grid-community'
import { AgGridReact } from 'ag-grid-react'
import { useCallback, useMemo, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { formatNumberDa } from '~/core/money'
import { withLinkColumn } from './LinkCell'

ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  TextFilterModule,
  NumberFilterModule,
  DateFilterModule,
  CustomFilterModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  LocaleModule,
  RowStyleModule,
  CellStyleModule,
  TooltipModule,
])

const theme = themeQuartz.withParams({
  accentColor: '#0b4f7c',
  headerBackgroundColor: '#eef2f6',
  fontFamily: 'inherit',
  fontSize: 14,
  rowHeight: 36,
  headerHeight: 40,
})

export interface ServerGridProps<T extends { id: number }> {
  /** Key for the column layout remembered in this browser. */
  gridId: string
  /** JSON endpoint answering `{ rows, total }` to offset/limit/sort/filter/search. */
  endpoint: string
  /** CSV export address; the current sort, filters and search are added. */
  exportHref?: string
  /** Excel (.xlsx) export address, same query as the CSV. */
  excelHref?: string
  columnDefs: ColDef<T>[]
  /** Where a row click leads. */
  rowHref?: (row: T) => string
  searchLabel: string
  /** Noun for the count, e.g. ['ejendom', 'ejendomme']. */
  noun: [string, string]
}

interface Query {
  sort: { colId: string; sort: 'asc' | 'desc' }[]
  filter: Record<string, unknown>
  search: string
}

function queryString(q: Query, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra)
  if (q.sort.length) params.set('sort', JSON.stringify(q.sort))
  if (Object.keys(q.filter).length) params.set('filter', JSON.stringify(q.filter))
  if (q.search) params.set('search', q.search)
  return params.toString()
}

export default function ServerGridClient<T extends { id: number }>(props: ServerGridProps<T>) {
  const { gridId, endpoint, exportHref, excelHref, columnDefs, rowHref, searchLabel, noun } = props
  const navigate = useNavigate()
  const apiRef = useRef<GridApi<T> | null>(null)
  const queryRef = useRef<Query>({ sort: [], filter: {}, search: '' })
  const [total, setTotal] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [search, setSearch] = useState('')
  const [exportQuery, setExportQuery] = useState('')
  const [columnsOpen, setColumnsOpen] = useState(false)
  const [hidden, setHidden] = useState<Set<string>>(new Set())
  const searchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const storageKey = `kk-grid:${gridId}`

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: async (params) => {
        const q: Query = {
          sort: params.sortModel.map((s) => ({ colId: s.colId, sort: s.sort })),
          filter: params.filterModel ?? {},
          search: queryRef.current.search,
        }
        queryRef.current = q
        setExportQuery(queryString(q))
        const limit = params.endRow - params.startRow
        try {
          const res = await fetch(`${endpoint}?${queryString(q, { offset: String(params.startRow), limit: String(limit) })}`, {
            headers: { Accept: 'application/json' },
          })
          if (!res.ok) throw new Error(String(res.status))
          const body = (await res.json()) as { rows: T[]; total: number }
          setTotal(body.total)
          setError(null)
          params.successCallback(body.rows, body.total)
        } catch {
          setError('Tabellen kunne ikke hentes. Prøv at genindlæse siden.')
          params.failCallback()
        }
      },
    }),
    [endpoint],
  )

  const saveState = useCallback(() => {
    const api = apiRef.current
    if (!api) return
    try {
      localStorage.setItem(storageKey, JSON.stringify(api.getColumnState()))
    } catch {
      /* storage full or blocked: the layout simply is not remembered */
    }
    setHidden(
      new Set(
        api
          .getColumnState()
          .filter((c) => c.hide)
          .map((c) => c.colId),
      ),
    )
  }, [storageKey])

  const onGridReady = useCallback(
    (event: GridReadyEvent<T>) => {
      apiRef.current = event.api
      try {
        const saved = localStorage.getItem(storageKey)
        if (saved) event.api.applyColumnState({ state: JSON.parse(saved) as ColumnState[], applyOrder: true })
      } catch {
        /* a stale layout is ignored */
      }
      setHidden(
        new Set(
          event.api
            .getColumnState()
            .filter((c) => c.hide)
            .map((c) => c.colId),
        ),
      )
      event.api.setGridOption('datasource', datasource)
    },
    [datasource, storageKey],
  )

  const onSearch = (value: string) => {
    setSearch(value)
    clearTimeout(searchTimer.current)
    searchTimer.current = setTimeout(() => {
      queryRef.current = { ...queryRef.current, search: value.trim() }
      apiRef.current?.purgeInfiniteCache()
    }, 250)
  }

  const toggleColumn = (colId: string, visible: boolean) => {
    apiRef.current?.setColumnsVisible([colId], visible)
    saveState()
  }

  const resetLayout = () => {
    localStorage.removeItem(storageKey)
    apiRef.current?.resetColumnState()
    saveState()
  }

  const linked = rowHref !== undefined
  const linkedColumns = useMemo(() => withLinkColumn(columnDefs, linked), [columnDefs, linked])

  const onRowClicked = (event: RowClickedEvent<T>) => {
    // A click on the name link is followed by the link itself.
    if ((event.event?.target as Element | null)?.closest?.('a')) return
    if (rowHref && event.data) navigate(rowHref(event.data))
  }

  // Keyboard users open the focused row with Enter, as a click would.
  const onCellKeyDown = (event: CellKeyDownEvent<T>) => {
    if ((event.event as KeyboardEvent | null)?.key === 'Enter' && rowHref && event.data) navigate(rowHref(event.data))
  }

  return (
    <div>
      <div className="toolbar">
        <input type="search" aria-label={searchLabel} placeholder={searchLabel} value={search} onChange={(e) => onSearch(e.target.value)} />
        <div className="columns-menu">
          <button type="button" className="secondary" aria-expanded={columnsOpen} onClick={() => setColumnsOpen((o) => !o)}>
            Kolonner
          </button>
          {columnsOpen && (
            <div className="panel" role="group" aria-label="Vælg kolonner">
              {columnDefs.map((c) => (
                <label key={c.colId}>
                  <input type="checkbox" checked={!hidden.has(c.colId!)} onChange={(e) => toggleColumn(c.colId!, e.target.checked)} />
                  {c.headerName}
                </label>
              ))}
              <button type="button" className="secondary" onClick={resetLayout}>
                Nulstil kolonner
              </button>
            </div>
          )}
        </div>
        {exportHref && (
          <a className="button secondary" href={`${exportHref}${exportQuery ? `?${exportQuery}` : ''}`} download>
            Eksportér CSV
          </a>
        )}
        {excelHref && (
          <a className="button secondary" href={`${excelHref}${exportQuery ? `?${exportQuery}` : ''}`} download>
            Eksportér Excel
          </a>
        )}
        <span className="count" aria-live="polite">
          {total === null ? '' : `${formatNumberDa(total)} ${total === 1 ? noun[0] : noun[1]}`}
        </span>
      </div>
      {error && <div className="alert error">{error}</div>}
      <div className="grid-wrap">
        <AgGridReact<T>
          theme={theme}
          columnDefs={linkedColumns}
          context={{ rowHref }}
          defaultColDef={{ sortable: true, resizable: true, minWidth: 90 }}
          rowModelType="infinite"
          cacheBlockSize={100}
          maxBlocksInCache={20}
          getRowId={(p) => String(p.data.id)}
          localeText={AG_GRID_LOCALE_DK}
          enableFilterHandlers
          suppressColumnVirtualisation
          onGridReady={onGridReady}
          onColumnMoved={saveState}
          onColumnResized={(e) => e.finished && saveState()}
          onSortChanged={saveState}
          onRowClicked={onRowClicked}
          onCellKeyDown={onCellKeyDown}
          rowClass="clickable-row"
        />
      </div>
    </div>
  )
}
