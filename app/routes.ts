import { index, route, type RouteConfig } from '@react-router/dev/routes'
import { ALL_ROUTES } from './features/all-routes'

/** The router, built from the features' route declarations (app/features/all-routes.ts). */
export default ALL_ROUTES.map((r) =>
  r.path === null ? index(r.file, { id: r.id }) : route(r.path, r.file, { id: r.id }),
) satisfies RouteConfig
