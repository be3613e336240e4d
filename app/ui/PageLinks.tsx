/**
 * Previous/next links for a list paged on the server, keeping the page's other query parameters.
 * Plain links: they work without JavaScript, and the browser's back button walks the pages.
 */
import { Link, useSearchParams } from 'react-router'

export interface PageInfo {
  /** 1-based. */
  page: number
  pageCount: number
  total: number
  pageSize: number
}

/**
 * @example <PageLinks info={measurePage} label="Sider med tiltag" />
 */
export function PageLinks({ info, label, param = 'side' }: { info: PageInfo; label: string; param?: string }) {
  const [params] = useSearchParams()
  if (info.pageCount <= 1) return null
  const to = (page: number) => {
    const next = new URLSearchParams(params)
    if (page === 1) next.delete(param)
    else next.set(param, String(page))
    const query = next.toString()
    return query ? `?${query}` : '?'
  }
  const first = (info.page - 1) * info.pageSize + 1
  const last = Math.min(info.total, info.page * info.pageSize)
  return (
    <nav className="page-links no-print" aria-label={label}>
      {info.page > 1 ? (
        <Link to={to(info.page - 1)} preventScrollReset rel="prev">
          ‹ Forrige
        </Link>
      ) : (
        <span className="muted">‹ Forrige</span>
      )}
      <span>
        {first.toLocaleString('da-DK')}–{last.toLocaleString('da-DK')} af {info.total.toLocaleString('da-DK')} (side {info.page} af{' '}
        {info.pageCount})
      </span>
      {info.page < info.pageCount ? (
        <Link to={to(info.page + 1)} preventScrollReset rel="next">
          Næste ›
        </Link>
      ) : (
        <span className="muted">Næste ›</span>
      )}
    </nav>
  )
}

/**
 * The page a `?side=` parameter asks for, within 1..pageCount.
 * @example pageOf('3', 250, 100) // { page: 3, pageCount: 3, total: 250, pageSize: 100 }
 */
export function pageOf(param: string | null, total: number, pageSize: number): PageInfo {
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const asked = Number.parseInt(param ?? '1', 10)
  const page = Number.isFinite(asked) ? Math.min(Math.max(1, asked), pageCount) : 1
  return { page, pageCount, total, pageSize }
}

/**
 * One page of a list already in memory, and where it is.
 * @example const { items, info } = pageSlice(conflicts, params.get('konflikt-side'), 25)
 */
export function pageSlice<T>(list: readonly T[], param: string | null, pageSize: number): { items: T[]; info: PageInfo } {
  const info = pageOf(param, list.length, pageSize)
  return { items: list.slice((info.page - 1) * pageSize, info.page * pageSize), info }
}
