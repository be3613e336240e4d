import type { RouteDeclaration } from '~/core/access'

export const mapRoutes: RouteDeclaration[] = [
  { id: 'map', path: 'kort', file: 'features/map/routes/kort.tsx', read: 'read', write: 'none', nav: { label: 'Kort', order: 60 } },
]
