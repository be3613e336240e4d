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
  {
    id: 'api-scenario-savings-list',
    path: 'api/v1/scenarios/:id/savings/:list',
    file: `${dir}/api.v1.scenarios.$id.savings.$list.ts`,
    read: 'read',
    write: 'none',
  },
  // The council report (PDF and Excel) of a scenario and of a comparison: downloads, read like the pages.
  {
    id: 'scenario-report-pdf',
    path: 'scenarier/:id/rapport.pdf',
    file: `${dir}/scenarier.$id.rapport.pdf.ts`,
    read: 'read',
    write: 'none',
  },
  {
    id: 'scenario-report-xlsx',
    path: 'scenarier/:id/rapport.xlsx',
    file: `${dir}/scenarier.$id.rapport.xlsx.ts`,
    read: 'read',
    write: 'none',
  },
  {
    id: 'compare-report-pdf',
    path: 'scenarier/sammenlign/rapport.pdf',
    file: `${dir}/scenarier.sammenlign.rapport.pdf.ts`,
    read: 'read',
    write: 'none',
  },
  {
    id: 'compare-report-xlsx',
    path: 'scenarier/sammenlign/rapport.xlsx',
    file: `${dir}/scenarier.sammenlign.rapport.xlsx.ts`,
    read: 'read',
    write: 'none',
  },
]
