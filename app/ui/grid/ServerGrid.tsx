/**
 * A grid whose rows are paged, sorted and filtered by the server (AG Grid's infinite row model),
 * so it serves a register of any size. AG Grid does not render on the server: the page shows a
 * fixed-height placeholder until the client has loaded the grid.
 */
import { lazy, Suspense, useEffect, useState } from 'react'
import type { ServerGridProps } from './ServerGridClient'

const ServerGridClient = lazy(() => import('./ServerGridClient'))

export type { ServerGridProps }

export function ServerGrid<T extends { id: number }>(props: ServerGridProps<T>) {
  const [mounted, setMounted] = useState(false)
  useEffect(() => setMounted(true), [])
  const placeholder = <div className="grid-placeholder">Indlæser tabel …</div>
  if (!mounted) return placeholder
  return (
    <Suspense fallback={placeholder}>
      <ServerGridClient {...(props as ServerGridProps<{ id: number }>)} />
    </Suspense>
  )
}
