import type { RouteDeclaration } from '~/core/access'

const dir = 'features/overview/routes'

export const overviewRoutes: RouteDeclaration[] = [
  {
    id: 'overview',
    path: null,
    file: `${dir}/oversigt.tsx`,
    read: 'read',
    write: 'none',
    nav: { label: 'Oversigt', order: 10, end: true },
  },
  { id: 'not-found', path: '*', file: `${dir}/$.tsx`, read: 'read', write: 'none' },
]
