import type { RouteDeclaration } from '~/core/access'

const dir = 'features/goal-seek/routes'

export const goalSeekRoutes: RouteDeclaration[] = [
  { id: 'goal-seek', path: 'scenarier/:id/find-vej', file: `${dir}/scenarier.$id.find-vej.tsx`, read: 'read', write: 'edit_scenarios' },
  {
    id: 'goal-seek-status',
    path: 'scenarier/:id/find-vej/status',
    file: `${dir}/scenarier.$id.find-vej.status.ts`,
    read: 'read',
    write: 'none',
  },
]
