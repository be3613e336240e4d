/**
 * Previous/next links for a list paged on the server, keeping the page's other query parameters.
 * Plain links: they work without JavaScript, and the browser's back button walks the pages.
 */
import { Link, useSearchParams } from 'react-router'
import type { PageInfo } from '~/core/paging'

export type { PageInfo } from '~/core/paging'

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
