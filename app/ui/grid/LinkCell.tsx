/**
 * The name column of a register grid as a real link to the row's page: it can be opened in a new
 * tab, read by a screen reader as a link, and followed from the keyboard.
 */
import type { ColDef, ICellRendererParams } from 'ag-grid-community'
import { Link } from 'react-router'

/** What the grid hands its cells in `context`. */
export interface LinkCellContext<T> {
  rowHref?: (row: T) => string
}

function LinkCell<T>(params: ICellRendererParams<T, unknown, LinkCellContext<T>>) {
  const text = params.valueFormatted ?? (params.value == null ? '' : String(params.value))
  if (!params.data || !params.context?.rowHref) return text
  // The grid moves focus between cells itself (arrow keys, Enter); the link is no extra tab stop.
  return (
    <Link to={params.context.rowHref(params.data)} tabIndex={-1}>
      {text}
    </Link>
  )
}

/**
 * The columns with the row's link (from the grid's `context.rowHref`) in the pinned, or else the
 * first, column, unless that column already draws its own cells. @example withLinkColumn(columns, true)
 */
export function withLinkColumn<T>(columns: ColDef<T>[], linked: boolean): ColDef<T>[] {
  if (!linked || columns.length === 0) return columns
  const pinned = columns.findIndex((c) => c.pinned === 'left' || c.pinned === true)
  const index = pinned >= 0 ? pinned : 0
  return columns.map((c, i) => (i === index && !c.cellRenderer ? { ...c, cellRenderer: LinkCell } : c))
}
