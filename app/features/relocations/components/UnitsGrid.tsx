/** The units grid's columns: the registry's, with the parent, where each unit sits and its pending moves. */
import type { ColDef, ICellRendererParams } from 'ag-grid-community'
import { href, Link } from 'react-router'
import { unitFields } from '~/features/relocations/fields'
import type { UnitGridRow } from '~/features/relocations/types'
import { enumColumn, gridColumnsOf, numberColumn, textColumn } from '~/ui/grid/columns'
import { formatNumberDa } from '~/core/money'

function MovesCell({ data }: ICellRendererParams<UnitGridRow>) {
  if (!data || data.pendingMoves === 0) return ''
  return (
    <Link to={`${href('/flytninger')}?enhed=${data.id}`} tabIndex={-1}>
      {data.pendingMoves} planlagt{data.pendingMoves === 1 ? '' : 'e'}
    </Link>
  )
}

const registry = new Map(gridColumnsOf<UnitGridRow>(unitFields as never).map((c) => [c.colId!, c]))
const pick = (colId: string, extra: ColDef<UnitGridRow> = {}): ColDef<UnitGridRow> => ({ ...registry.get(colId)!, ...extra })

/** A star marks desks computed from the desk factor rather than stated by the unit. */
const desks = (p: { data?: UnitGridRow; value: unknown }) =>
  p.value == null ? '' : `${formatNumberDa(Number(p.value), Number.isInteger(p.value) ? 0 : 1)}${p.data?.ownNeed ? '' : '*'}`

export const unitColumns: ColDef<UnitGridRow>[] = [
  pick('name', { width: 260 }),
  textColumn<UnitGridRow>('parentName', 'Overordnet', { width: 200 }),
  pick('headcount', { width: 110 }),
  numberColumn<UnitGridRow>('workplacesNeeded', 'Arbejdspladser', 1, { valueFormatter: desks, width: 140 }),
  { field: 'sitsIn', colId: 'sitsIn', headerName: 'Sidder i', sortable: false, width: 260 },
  pick('contactPerson', { width: 180 }),
  enumColumn<UnitGridRow>('external', 'Ekstern bruger', { '1': 'Ja', '0': 'Nej' }, { width: 130 }),
  { field: 'pendingMoves', colId: 'pendingMoves', headerName: 'Flytninger', sortable: false, cellRenderer: MovesCell, width: 130 },
]
