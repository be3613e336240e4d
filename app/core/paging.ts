/** Paging of lists shown a page at a time: which page a query parameter asks for, and its slice. */

export interface PageInfo {
  /** 1-based. */
  page: number
  pageCount: number
  total: number
  pageSize: number
}

/**
 * The page a `?side=` parameter asks for, within 1..pageCount.
 * @example pageOf('3', 250, 100) // { page: 3, pageCount: 3, total: 250, pageSize: 100 }
 */
export function pageOf(param: string | number | null, total: number, pageSize: number): PageInfo {
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const asked = typeof param === 'number' ? Math.trunc(param) : Number.parseInt(param ?? '1', 10)
  const page = Number.isFinite(asked) ? Math.min(Math.max(1, asked), pageCount) : 1
  return { page, pageCount, total, pageSize }
}

/**
 * One page of a list already in memory, and where it is.
 * @example const { items, info } = pageSlice(conflicts, params.get('konflikt-side'), 25)
 */
export function pageSlice<T>(list: readonly T[], param: string | number | null, pageSize: number): { items: T[]; info: PageInfo } {
  const info = pageOf(param, list.length, pageSize)
  return { items: list.slice((info.page - 1) * pageSize, info.page * pageSize), info }
}
