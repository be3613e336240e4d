import type { RouteDeclaration } from '~/core/access'

const dir = 'features/climate/routes'

export const climateRoutes: RouteDeclaration[] = [
  {
    id: 'emission-factors',
    path: 'indstillinger/emissionsfaktorer',
    file: `${dir}/indstillinger.emissionsfaktorer.tsx`,
    read: 'read',
    write: 'admin',
    nav: { label: 'Emissionsfaktorer', order: 115 },
  },
]
