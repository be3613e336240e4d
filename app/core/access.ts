/**
 * How a feature declares its routes: address, module, who may read (GET/HEAD) and who may write
 * (every other method), and its place in the navigation. `app/routes.ts` builds the router from
 * these declarations and the auth middleware checks the declaration of the route that matched,
 * so a route cannot exist without a permission.
 */
import type { Permission } from './roles'

export type Access = Permission | 'public'

export interface RouteDeclaration {
  /** Stable id, also the React Router route id. */
  id: string
  /** Path without a leading slash; `null` for the index route. */
  path: string | null
  /** Route module, relative to `app/`. */
  file: string
  read: Access
  /** `none`: the route has no action; a write is answered 405. */
  write: Access | 'none'
  nav?: { label: string; order: number; end?: boolean }
}

/** The pattern React Router reports for a matched route. @example patternOf({ path: 'salg/:id' }) // '/salg/:id' */
export function patternOf(route: Pick<RouteDeclaration, 'path'>): string {
  return route.path === null ? '/' : `/${route.path}`
}

/** What a request to a route needs: its read permission for GET/HEAD, its write permission otherwise. */
export function requiredFor(route: Pick<RouteDeclaration, 'read' | 'write'>, method: string): Access | 'none' {
  return method === 'GET' || method === 'HEAD' ? route.read : route.write
}
