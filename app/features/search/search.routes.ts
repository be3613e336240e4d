import type { RouteDeclaration } from '~/core/access'

export const searchRoutes: RouteDeclaration[] = [
  { id: 'search', path: 'soeg', file: 'features/search/routes/soeg.tsx', read: 'read', write: 'none' },
  { id: 'api-choices', path: 'api/v1/choices', file: 'features/search/routes/api.v1.choices.ts', read: 'read', write: 'none' },
]
