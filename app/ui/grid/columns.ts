/**
 * Typed column builders with Danish formatting from the money and date modules. Grids use these
 * and nothing else for money, dates and codes, so every grid reads the same.
 */
import type { ColDef, ValueFormatterParams } from 'ag-grid-community'
import { formatDanishDate } from '~/core/dates'
import { formatNumberDa, formatOre } from '~/core/money'
import type { FieldDef } from '~/core/fields'
import { EnumFilter } from './EnumFilter'

type Row = Record<string, unknown>

const numberFilter = { filterOptions: ['equals', 'lessThan', 'greaterThan', 'inRange', 'blank'], maxNumConditions: 1 }
const textFilter = { filterOptions: ['contains', 'startsWith', 'equals', 'notContains'], maxNumConditions: 1 }

/** A text column with a server-side contains filter. */
export function textColumn<T extends Row>(field: keyof T & string, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return { field: field as never, colId: field, headerName, filter: 'agTextColumnFilter', filterParams: textFilter, ...extra }
}

/** Øre shown as `1.234.567,89 kr.`; the filter takes kroner. */
export function moneyColumn<T extends Row>(field: keyof T & string, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return {
    field: field as never,
    colId: field,
    headerName,
    type: 'rightAligned',
    filter: 'agNumberColumnFilter',
    filterParams: numberFilter,
    valueFormatter: (p: ValueFormatterParams<T>) => (p.value == null ? '' : formatOre(Number(p.value))),
    cellClass: 'num',
    width: 170,
    ...extra,
  }
}

/** A whole or decimal number in Danish notation. */
export function numberColumn<T extends Row>(field: keyof T & string, headerName: string, decimals = 0, extra: ColDef<T> = {}): ColDef<T> {
  return {
    field: field as never,
    colId: field,
    headerName,
    type: 'rightAligned',
    filter: 'agNumberColumnFilter',
    filterParams: numberFilter,
    valueFormatter: (p: ValueFormatterParams<T>) => (p.value == null ? '' : formatNumberDa(Number(p.value), decimals)),
    cellClass: 'num',
    width: 130,
    ...extra,
  }
}

/** An ISO date shown as `31.05.2024`. */
export function dateColumn<T extends Row>(field: keyof T & string, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return {
    field: field as never,
    colId: field,
    headerName,
    filter: 'agDateColumnFilter',
    filterParams: { filterOptions: ['equals', 'lessThan', 'greaterThan', 'inRange', 'blank'], maxNumConditions: 1 },
    valueFormatter: (p: ValueFormatterParams<T>) => (p.value ? formatDanishDate(String(p.value)) : ''),
    width: 130,
    ...extra,
  }
}

/** A stored code shown by its Danish label, filtered by ticking labels (and `blankLabel` for no code). */
export function enumColumn<T extends Row>(
  field: keyof T & string,
  headerName: string,
  labels: Record<string, string>,
  extra: ColDef<T> = {},
  blankLabel?: string,
): ColDef<T> {
  return {
    field: field as never,
    colId: field,
    headerName,
    filter: { component: EnumFilter, doesFilterPass: () => true },
    filterParams: { labels, blankLabel },
    valueFormatter: (p: ValueFormatterParams<T>) => (p.value == null ? '' : (labels[String(p.value)] ?? String(p.value))),
    width: 150,
    ...extra,
  }
}

/**
 * The grid columns of an entity, from its field registry: money, dates, numbers and codes each get
 * their Danish formatter and filter. @example gridColumnsOf(propertyFields)
 */
export function gridColumnsOf<T extends Row>(fields: readonly FieldDef<T>[]): ColDef<T>[] {
  return fields.flatMap((f) => {
    if (f.grid === false) return []
    const { headerName, blankLabel, ...extra } = f.grid ?? {}
    const label = headerName ?? f.label
    switch (f.kind) {
      case 'money':
        return [moneyColumn<T>(f.key, label, extra)]
      case 'integer':
      case 'decimal':
        return [numberColumn<T>(f.key, label, f.kind === 'integer' ? 0 : (f.decimals ?? 2), extra)]
      case 'date':
        return [dateColumn<T>(f.key, label, extra)]
      case 'enum':
        return [enumColumn<T>(f.key, label, f.labels ?? {}, extra, blankLabel)]
      default:
        return [textColumn<T>(f.key, label, extra)]
    }
  })
}
