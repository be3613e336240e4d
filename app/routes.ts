import { index, route, type RouteConfig } from '@react-router/dev/routes'

/** Addresses follow the page map (shared spec screens.md): Danish paths, English API. */
export default [
  index('routes/oversigt.tsx'),
  route('ejendomme', 'routes/ejendomme.tsx'),
  route('ejendomme/ny', 'routes/ejendomme.ny.tsx'),
  route('ejendomme/eksport.csv', 'routes/ejendomme.eksport.ts'),
  route('ejendomme/:id', 'routes/ejendomme.$id.tsx'),
  route('lejemaal', 'routes/lejemaal.tsx'),
  route('lejemaal/ny', 'routes/lejemaal.ny.tsx'),
  route('lejemaal/eksport.csv', 'routes/lejemaal.eksport.ts'),
  route('lejemaal/:id', 'routes/lejemaal.$id.tsx'),
  route('frister', 'routes/frister.tsx'),
  route('api/v1/properties', 'routes/api.v1.properties.ts'),
  route('api/v1/leases', 'routes/api.v1.leases.ts'),
  route('*', 'routes/$.tsx'),
] satisfies RouteConfig
