import type { RouteDeclaration } from '~/core/access'

export const searchRoutes: RouteDeclaration[] = [
  { id: 'search', path: 'soeg', file: 'features/search/routes/soeg.tsx', read: 'read', write: 'none' },
]
