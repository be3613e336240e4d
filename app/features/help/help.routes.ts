import type { RouteDeclaration } from '~/core/access'

export const helpRoutes: RouteDeclaration[] = [
  { id: 'help', path: 'hjaelp', file: 'features/help/routes/hjaelp.tsx', read: 'read', write: 'none', nav: { label: 'Hjælp', order: 200 } },
]
