import type { RouteDeclaration } from '~/core/access'

export const keyFiguresRoutes: RouteDeclaration[] = [
  {
    id: 'key-figures',
    path: 'noegletal',
    file: 'features/key-figures/routes/noegletal.tsx',
    read: 'read',
    // The norms are a planning choice: the committee (udvalg) and administrators set them.
    write: 'edit_scenarios',
    nav: { label: 'Nøgletal', order: 25 },
  },
]
