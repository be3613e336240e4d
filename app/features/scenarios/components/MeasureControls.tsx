/**
 * The small forms on a measure's row: include it, set its status, remove it. They post through
 * the row's one fetcher, so the figures above update without a page reload.
 */
import { useEffect, useRef } from 'react'
import type { FetcherWithComponents } from 'react-router'
import { measureStatusLabels } from '~/features/scenarios/labels'
import type { MeasureRowView } from '~/features/scenarios/types'

interface ControlProps {
  fetcher: FetcherWithComponents<unknown>
  m: MeasureRowView
  readOnly: boolean
}

/**
 * Uncontrolled and never remounted, so the tick shows at once and keyboard focus stays on the
 * checkbox while the figures reload; it follows the saved state when that changes. Without
 * JavaScript the form posts the state it would switch to.
 */
export function ToggleMeasure({ fetcher, m, readOnly }: ControlProps) {
  const box = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (box.current) box.current.checked = m.enabled
  }, [m.enabled])
  return (
    <fetcher.Form method="post">
      <input type="hidden" name="intent" value="toggle" />
      <input type="hidden" name="measureId" value={m.id} />
      <input type="hidden" name="enabled" value={m.enabled ? '0' : '1'} />
      <input
        type="checkbox"
        aria-label={`Medtag ${m.label}`}
        ref={box}
        defaultChecked={m.enabled}
        disabled={readOnly}
        onChange={(e) =>
          void fetcher.submit(
            { intent: 'toggle', measureId: String(m.id), enabled: e.currentTarget.checked ? '1' : '0' },
            { method: 'post' },
          )
        }
      />
    </fetcher.Form>
  )
}

export function MeasureStatus({ fetcher, m, readOnly }: ControlProps) {
  return (
    <fetcher.Form method="post">
      <input type="hidden" name="intent" value="status" />
      <input type="hidden" name="measureId" value={m.id} />
      <select
        name="status"
        aria-label={`Status for ${m.label}`}
        defaultValue={m.status}
        disabled={readOnly}
        onChange={(e) => fetcher.submit(e.currentTarget.form)}
      >
        {Object.entries(measureStatusLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </fetcher.Form>
  )
}

export function RemoveMeasure({ fetcher, m }: Omit<ControlProps, 'readOnly'>) {
  return (
    <fetcher.Form
      method="post"
      onSubmit={(e) => {
        if (!window.confirm(`Fjern tiltaget "${m.label}" fra scenariet?`)) e.preventDefault()
      }}
    >
      <input type="hidden" name="intent" value="delete-measure" />
      <input type="hidden" name="measureId" value={m.id} />
      <button type="submit" className="secondary" aria-label={`Fjern ${m.label}`}>
        Fjern
      </button>
    </fetcher.Form>
  )
}
