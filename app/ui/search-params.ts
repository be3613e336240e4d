/** Links to the same page with one query parameter changed: the pager, an opened row, an opened form. */

/**
 * The query string of `params` with `name` set to `value`, or removed when `value` is null; the
 * other parameters (filters, sorting, the page) kept as they are.
 * @example withParam(new URLSearchParams('q=rådhus&side=2'), 'side', null) // '?q=r%C3%A5dhus'
 */
export function withParam(params: URLSearchParams, name: string, value: string | number | null): string {
  const next = new URLSearchParams(params)
  if (value === null) next.delete(name)
  else next.set(name, String(value))
  return `?${next}`
}
