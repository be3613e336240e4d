import type { RouteDeclaration } from '~/core/access'

const dir = 'features/leases/routes'

export const leasesRoutes: RouteDeclaration[] = [
  {
    id: 'leases',
    path: 'lejemaal',
    file: `${dir}/lejemaal.tsx`,
    read: 'read',
    write: 'none',
    nav: { label: 'Lejemål', order: 30 },
  },
  { id: 'lease-new', path: 'lejemaal/ny', file: `${dir}/lejemaal.ny.tsx`, read: 'read', write: 'edit_register' },
  { id: 'leases-csv', path: 'lejemaal/eksport.csv', file: `${dir}/lejemaal.eksport.ts`, read: 'read', write: 'none' },
  { id: 'leases-xlsx', path: 'lejemaal/eksport.xlsx', file: `${dir}/lejemaal.eksport-excel.ts`, read: 'read', write: 'none' },
  { id: 'lease', path: 'lejemaal/:id', file: `${dir}/lejemaal.$id.tsx`, read: 'read', write: 'edit_register' },
  { id: 'deadlines', path: 'frister', file: `${dir}/frister.tsx`, read: 'read', write: 'none', nav: { label: 'Frister', order: 40 } },
  { id: 'api-leases', path: 'api/v1/leases', file: `${dir}/api.v1.leases.ts`, read: 'read', write: 'none' },
]
