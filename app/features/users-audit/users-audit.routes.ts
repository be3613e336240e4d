import type { RouteDeclaration } from '~/core/access'

const dir = 'features/users-audit/routes'

export const usersAuditRoutes: RouteDeclaration[] = [
  { id: 'login', path: 'login', file: `${dir}/login.tsx`, read: 'public', write: 'public' },
  { id: 'logout', path: 'logout', file: `${dir}/logout.ts`, read: 'public', write: 'public' },
  { id: 'password', path: 'adgangskode', file: `${dir}/adgangskode.tsx`, read: 'read', write: 'read' },
  { id: 'users', path: 'brugere', file: `${dir}/brugere.tsx`, read: 'admin', write: 'admin', nav: { label: 'Brugere', order: 120 } },
  { id: 'audit', path: 'revision', file: `${dir}/revision.tsx`, read: 'admin', write: 'none', nav: { label: 'Revisionsspor', order: 130 } },
  { id: 'audit-csv', path: 'revision/eksport.csv', file: `${dir}/revision.eksport.ts`, read: 'admin', write: 'none' },
]
