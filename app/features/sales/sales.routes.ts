import type { RouteDeclaration } from '~/core/access'

const dir = 'features/sales/routes'

export const salesRoutes: RouteDeclaration[] = [
  { id: 'sales', path: 'salg', file: `${dir}/salg.tsx`, read: 'read', write: 'none', nav: { label: 'Salg', order: 50 } },
  { id: 'sale-new', path: 'salg/ny', file: `${dir}/salg.ny.tsx`, read: 'read', write: 'edit_register' },
  { id: 'sales-csv', path: 'salg/eksport.csv', file: `${dir}/salg.eksport.ts`, read: 'read', write: 'none' },
  { id: 'sales-xlsx', path: 'salg/eksport.xlsx', file: `${dir}/salg.eksport-excel.ts`, read: 'read', write: 'none' },
  { id: 'sale', path: 'salg/:id', file: `${dir}/salg.$id.tsx`, read: 'read', write: 'edit_register' },
  { id: 'api-sales', path: 'api/v1/sales', file: `${dir}/api.v1.sales.ts`, read: 'read', write: 'none' },
]
