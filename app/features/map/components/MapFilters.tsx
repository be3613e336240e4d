/** The map's legend, which is also its status filter, and a filter by use; the colouring choice goes first. */
import type { ReactNode } from 'react'
import type { PropertyStatus, PropertyUse } from '#db/schema'
import { propertyUseLabels } from '~/core/labels'
import { formatNumberDa } from '~/core/money'
import { STATUS_COLORS, STATUS_LEGEND, STATUS_ORDER } from './map-style'

export interface MapFilterState {
  statuses: Set<PropertyStatus>
  uses: Set<PropertyUse>
}

export function MapFilters({
  counts,
  useCounts,
  state,
  onChange,
  showStatusColours = true,
  children,
}: {
  counts: Record<PropertyStatus, number>
  useCounts: Partial<Record<PropertyUse, number>>
  state: MapFilterState
  onChange: (next: MapFilterState) => void
  /** False while the markers are coloured by something else: the status boxes then only filter. */
  showStatusColours?: boolean
  /** The colouring choice and its legend, shown first. */
  children?: ReactNode
}) {
  const toggle = <T,>(set: Set<T>, value: T) => {
    const next = new Set(set)
    if (next.has(value)) next.delete(value)
    else next.add(value)
    return next
  }
  const uses = (Object.keys(propertyUseLabels) as PropertyUse[]).filter((u) => useCounts[u])
  return (
    <div className="map-filters">
      {children}
      <fieldset>
        <legend>{showStatusColours ? 'Status (signatur)' : 'Status'}</legend>
        {STATUS_ORDER.map((s) => (
          <label key={s} className="legend-item">
            <input
              type="checkbox"
              checked={state.statuses.has(s)}
              onChange={() => onChange({ ...state, statuses: toggle(state.statuses, s) })}
            />
            {showStatusColours && <span className="swatch" style={{ background: STATUS_COLORS[s] }} aria-hidden="true" />}
            {STATUS_LEGEND[s]} <span className="muted">({formatNumberDa(counts[s] ?? 0)})</span>
          </label>
        ))}
        <div className="legend-item static">
          <span className="swatch leased" aria-hidden="true" /> Stiplet kant: lejet af kommunen
        </div>
        <div className="legend-item static">
          <span className="swatch outline" aria-hidden="true" /> Kommunegrænse (omtrentlig)
        </div>
      </fieldset>
      <fieldset>
        <legend>Anvendelse</legend>
        {uses.map((u) => (
          <label key={u} className="legend-item">
            <input type="checkbox" checked={state.uses.has(u)} onChange={() => onChange({ ...state, uses: toggle(state.uses, u) })} />
            {propertyUseLabels[u]} <span className="muted">({formatNumberDa(useCounts[u] ?? 0)})</span>
          </label>
        ))}
      </fieldset>
    </div>
  )
}
