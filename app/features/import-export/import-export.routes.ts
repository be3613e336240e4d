import type { RouteDeclaration } from '~/core/access'

const dir = 'features/import-export/routes'

export const importExportRoutes: RouteDeclaration[] = [
  {
    id: 'import',
    path: 'import',
    file: `${dir}/import.tsx`,
    read: 'edit_register',
    write: 'edit_register',
    nav: { label: 'Import', order: 110 },
  },
  { id: 'import-check', path: 'import/kontrol', file: `${dir}/import.kontrol.ts`, read: 'edit_register', write: 'edit_register' },
  { id: 'import-template', path: 'import/skabelon.xlsx', file: `${dir}/import.skabelon.ts`, read: 'edit_register', write: 'none' },
]
