import type { RouteDeclaration } from '~/core/access'

const dir = 'features/scenarios/routes'

export const scenariosRoutes: RouteDeclaration[] = [
  {
    id: 'scenarios',
    path: 'scenarier',
    file: `${dir}/scenarier.tsx`,
    read: 'read',
    write: 'edit_scenarios',
    nav: { label: 'Scenarier', order: 100 },
  },
  { id: 'scenario-compare', path: 'scenarier/sammenlign', file: `${dir}/scenarier.sammenlign.tsx`, read: 'read', write: 'none' },
  { id: 'scenario-decisions', path: 'scenarier/beslutninger', file: `${dir}/scenarier.beslutninger.tsx`, read: 'read', write: 'none' },
  { id: 'scenario', path: 'scenarier/:id', file: `${dir}/scenarier.$id.tsx`, read: 'read', write: 'edit_scenarios' },
  {
    id: 'scenario-promotion',
    path: 'scenarier/:id/fremlaeg',
    file: `${dir}/scenarier.$id.fremlaeg.tsx`,
    read: 'read',
    write: 'edit_scenarios',
  },
  { id: 'scenario-sync', path: 'scenarier/:id/opdater', file: `${dir}/scenarier.$id.opdater.tsx`, read: 'read', write: 'edit_scenarios' },
  { id: 'scenario-line-items', path: 'scenarier/:id/poster', file: `${dir}/scenarier.$id.poster.ts`, read: 'read', write: 'none' },
  {
    id: 'api-scenario-savings',
    path: 'api/v1/scenarios/:id/savings',
    file: `${dir}/api.v1.scenarios.$id.savings.ts`,
    read: 'read',
    write: 'none',
  },
]
