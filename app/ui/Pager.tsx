/**
 * Paging with plain links (`?side=N`, the other search parameters kept), so a long list pages
 * without JavaScript and every page has its own address.
 */
import { Link, useSearchParams } from 'react-router'
import { formatNumberDa } from '~/core/money'
import { withParam } from '~/ui/search-params'

export interface PagerProps {
  page: number
  pageCount: number
  total: number
  /** e.g. ['ejendom', 'ejendomme'] */
  noun: [string, string]
  /** The query parameter holding the page, when a page has several paged lists. */
  param?: string
  /** The navigation's name; several pagers on one page need their own. */
  label?: string
}

/** @example <Pager page={2} pageCount={5} total={230} noun={['tiltag', 'tiltag']} /> */
export function Pager({ page, pageCount, total, noun, param = 'side', label = 'Sideskift' }: PagerProps) {
  const [params] = useSearchParams()
  const to = (n: number) => withParam(params, param, n <= 1 ? null : n)
  return (
    <nav className="pager no-print" aria-label={label}>
      <span>
        {formatNumberDa(total)} {total === 1 ? noun[0] : noun[1]}
        {pageCount > 1 && ` · side ${formatNumberDa(page)} af ${formatNumberDa(pageCount)}`}
      </span>
      {pageCount > 1 && (
        <span className="pager-links">
          {page > 1 ? (
            <Link to={to(1)} preventScrollReset>
              Første
            </Link>
          ) : null}
          {page > 1 ? (
            <Link to={to(page - 1)} rel="prev" preventScrollReset>
              Forrige
            </Link>
          ) : null}
          {page < pageCount ? (
            <Link to={to(page + 1)} rel="next" preventScrollReset>
              Næste
            </Link>
          ) : null}
          {page < pageCount ? (
            <Link to={to(pageCount)} preventScrollReset>
              Sidste
            </Link>
          ) : null}
        </span>
      )}
    </nav>
  )
}
