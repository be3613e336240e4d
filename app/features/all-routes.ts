/**
 * Every route of the app, composed from the features' own declarations. The router
 * (`app/routes.ts`), the permission check and the navigation all read this one list.
 */
import type { RouteDeclaration } from '~/core/access'
import { climateRoutes } from './climate/climate.routes'
import { goalSeekRoutes } from './goal-seek/goal-seek.routes'
import { helpRoutes } from './help/help.routes'
import { keyFiguresRoutes } from './key-figures/key-figures.routes'
import { importExportRoutes } from './import-export/import-export.routes'
import { leasesRoutes } from './leases/leases.routes'
import { mapRoutes } from './map/map.routes'
import { overviewRoutes } from './overview/overview.routes'
import { propertiesRoutes } from './properties/properties.routes'
import { relocationsRoutes } from './relocations/relocations.routes'
import { salesRoutes } from './sales/sales.routes'
import { scenariosRoutes } from './scenarios/scenarios.routes'
import { searchRoutes } from './search/search.routes'
import { usersAuditRoutes } from './users-audit/users-audit.routes'

export const ALL_ROUTES: readonly RouteDeclaration[] = [
  ...overviewRoutes,
  ...usersAuditRoutes,
  ...propertiesRoutes,
  ...keyFiguresRoutes,
  ...leasesRoutes,
  ...salesRoutes,
  ...mapRoutes,
  ...relocationsRoutes,
  ...scenariosRoutes,
  ...importExportRoutes,
  ...searchRoutes,
  ...goalSeekRoutes,
  ...helpRoutes,
  ...climateRoutes,
]
