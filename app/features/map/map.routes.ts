import type { RouteDeclaration } from '~/core/access'

const dir = 'features/map/routes'

export const mapRoutes: RouteDeclaration[] = [
  { id: 'map', path: 'kort', file: `${dir}/kort.tsx`, read: 'read', write: 'none', nav: { label: 'Kort', order: 60 } },
  // The map's clusters and points for the visible box; read like the page.
  { id: 'api-map', path: 'api/v1/map', file: `${dir}/api.v1.map.ts`, read: 'read', write: 'none' },
]
