import type { RouteDeclaration } from '~/core/access'

const dir = 'features/properties/routes'

export const propertiesRoutes: RouteDeclaration[] = [
  {
    id: 'properties',
    path: 'ejendomme',
    file: `${dir}/ejendomme.tsx`,
    read: 'read',
    write: 'none',
    nav: { label: 'Ejendomme', order: 20 },
  },
  { id: 'property-new', path: 'ejendomme/ny', file: `${dir}/ejendomme.ny.tsx`, read: 'read', write: 'edit_register' },
  { id: 'properties-csv', path: 'ejendomme/eksport.csv', file: `${dir}/ejendomme.eksport.ts`, read: 'read', write: 'none' },
  { id: 'properties-xlsx', path: 'ejendomme/eksport.xlsx', file: `${dir}/ejendomme.eksport-excel.ts`, read: 'read', write: 'none' },
  { id: 'property', path: 'ejendomme/:id', file: `${dir}/ejendomme.$id.tsx`, read: 'read', write: 'edit_register' },
  { id: 'api-properties', path: 'api/v1/properties', file: `${dir}/api.v1.properties.ts`, read: 'read', write: 'none' },
]
