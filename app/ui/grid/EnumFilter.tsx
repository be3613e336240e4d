/**
 * A filter for stored codes (status, use, direction): tick the Danish labels to keep. Community AG
 * Grid has no set filter; this posts `{ filterType: 'set', values }` which the server applies. A
 * column whose code may be empty offers `blankLabel` (e.g. "Intet mærke") as the empty code ''.
 */
import type { CustomFilterProps } from 'ag-grid-react'

export interface SetFilterModel {
  filterType: 'set'
  values: string[]
}

export function EnumFilter(
  props: CustomFilterProps<unknown, unknown, SetFilterModel> & { labels?: Record<string, string>; blankLabel?: string },
) {
  const { labels = {}, blankLabel } = props as unknown as { labels?: Record<string, string>; blankLabel?: string }
  const choices = blankLabel ? [...Object.entries(labels), ['', blankLabel] as const] : Object.entries(labels)
  const selected = new Set(props.model?.values ?? [])
  const toggle = (code: string) => {
    const next = new Set(selected)
    if (next.has(code)) next.delete(code)
    else next.add(code)
    props.onModelChange(next.size ? { filterType: 'set', values: [...next] } : null)
  }
  return (
    <div className="enum-filter" style={{ padding: '.5rem .75rem', minWidth: 200 }}>
      {choices.map(([code, label]) => (
        <label key={code} style={{ display: 'flex', gap: '.4rem', alignItems: 'center', padding: '.15rem 0' }}>
          <input type="checkbox" checked={selected.has(code)} onChange={() => toggle(code)} />
          {label}
        </label>
      ))}
      {selected.size > 0 && (
        <button type="button" className="secondary" style={{ marginTop: '.4rem' }} onClick={() => props.onModelChange(null)}>
          Ryd filter
        </button>
      )}
    </div>
  )
}
