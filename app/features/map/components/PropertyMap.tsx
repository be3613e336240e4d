/**
 * The map of properties. Leaflet touches `window` when imported, so the map is loaded on the client
 * only; the server renders a placeholder of the same size.
 */
import { lazy, Suspense, useEffect, useState } from 'react'
import type { PropertyMapProps } from './PropertyMapClient'

const PropertyMapClient = lazy(() => import('./PropertyMapClient'))

export type { PropertyMapProps }

export function PropertyMap(props: PropertyMapProps) {
  const [mounted, setMounted] = useState(false)
  useEffect(() => setMounted(true), [])
  const placeholder = <div className="map-placeholder">Indlæser kort …</div>
  if (!mounted) return placeholder
  return (
    <Suspense fallback={placeholder}>
      <PropertyMapClient {...props} />
    </Suspense>
  )
}
