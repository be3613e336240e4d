/**
 * The permission of the route that matched a request. React Router hands every middleware the
 * matched route's pattern (after it decoded the path), so no spelling of an address reaches a
 * route past its declaration. A pattern without a declaration is refused outright.
 */
import { patternOf, requiredFor, type Access, type RouteDeclaration } from '~/core/access'
import { ALL_ROUTES } from '~/features/all-routes'

const BY_PATTERN = new Map<string, RouteDeclaration>(ALL_ROUTES.map((r) => [patternOf(r), r]))

/** The declaration for a matched pattern. @example routeForPattern('/salg/:id')?.id // 'sale' */
export function routeForPattern(pattern: string): RouteDeclaration | undefined {
  return BY_PATTERN.get(normalisePattern(pattern))
}

/** React Router joins the matched paths without a leading slash ('salg/:id'); the index is '/'. */
export function normalisePattern(pattern: string): string {
  return `/${pattern.replace(/^\/+/, '')}`
}

/** What the matched route needs for this method; `undefined` when the pattern is not declared. */
export function requiredForPattern(pattern: string, method: string): Access | 'none' | undefined {
  const route = routeForPattern(pattern)
  return route ? requiredFor(route, method) : undefined
}
