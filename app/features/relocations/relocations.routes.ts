import type { RouteDeclaration } from '~/core/access'

const dir = 'features/relocations/routes'

export const relocationsRoutes: RouteDeclaration[] = [
  { id: 'units', path: 'enheder', file: `${dir}/enheder.tsx`, read: 'read', write: 'none', nav: { label: 'Enheder', order: 70 } },
  { id: 'unit-new', path: 'enheder/ny', file: `${dir}/enheder.ny.tsx`, read: 'read', write: 'edit_hr' },
  { id: 'units-csv', path: 'enheder/eksport.csv', file: `${dir}/enheder.eksport.ts`, read: 'read', write: 'none' },
  { id: 'people-csv', path: 'enheder/medarbejdere.csv', file: `${dir}/enheder.medarbejdere.ts`, read: 'read_people', write: 'none' },
  { id: 'api-units', path: 'api/v1/units', file: `${dir}/api.v1.units.ts`, read: 'read', write: 'none' },
  { id: 'unit', path: 'enheder/:id', file: `${dir}/enheder.$id.tsx`, read: 'read', write: 'edit_hr' },
  {
    id: 'relocations',
    path: 'flytninger',
    file: `${dir}/flytninger.tsx`,
    read: 'read',
    write: 'edit_hr',
    nav: { label: 'Flytninger', order: 80 },
  },
  { id: 'relocation-new', path: 'flytninger/ny', file: `${dir}/flytninger.ny.tsx`, read: 'read', write: 'edit_hr' },
  { id: 'relocation-check', path: 'flytninger/tjek', file: `${dir}/flytninger.tjek.ts`, read: 'read', write: 'none' },
  { id: 'rotation', path: 'flytninger/rokader/:id', file: `${dir}/flytninger.rokader.$id.tsx`, read: 'read', write: 'edit_hr' },
  { id: 'relocation', path: 'flytninger/:id', file: `${dir}/flytninger.$id.tsx`, read: 'read', write: 'edit_hr' },
  { id: 'capacity', path: 'kapacitet', file: `${dir}/kapacitet.tsx`, read: 'read', write: 'none', nav: { label: 'Kapacitet', order: 90 } },
]
