/**
 * The scenario's measures. Switching one on or off, or changing its status, posts through a
 * fetcher: the figures above update without a page reload.
 */
import { useFetcher } from 'react-router'
import { formatDanishDate } from '~/core/dates'
import { refusalFor } from '~/ui/action-result'
import { measureKindLabels, measureStatusLabels } from '~/features/scenarios/labels'
import type { MeasureRowView } from '~/features/scenarios/types'

const INTENTS = ['toggle', 'status', 'delete-measure'] as const

function MeasureRow({ m, readOnly }: { m: MeasureRowView; readOnly: boolean }) {
  const fetcher = useFetcher()
  const pendingEnabled = fetcher.formData?.get('intent') === 'toggle' ? fetcher.formData.get('enabled') === '1' : m.enabled
  const refusal = fetcher.state === 'idle' ? INTENTS.map((intent) => refusalFor(fetcher.data, intent)).find(Boolean) : null
  return (
    <tr id={`tiltag-${m.id}`} className={pendingEnabled ? undefined : 'disabled'} data-testid={`measure-${m.id}`}>
      <td className="keep">
        <fetcher.Form method="post">
          <input type="hidden" name="intent" value="toggle" />
          <input type="hidden" name="measureId" value={m.id} />
          <input type="hidden" name="enabled" value={m.enabled ? '0' : '1'} />
          {/* Uncontrolled, so the tick shows at once; remounted when the saved state changes. */}
          <input
            key={String(m.enabled)}
            type="checkbox"
            aria-label={`Medtag ${m.label}`}
            defaultChecked={m.enabled}
            disabled={readOnly}
            onChange={(e) => fetcher.submit(e.currentTarget.form)}
          />
        </fetcher.Form>
      </td>
      <td>{measureKindLabels[m.kind]}</td>
      <td>
        {m.label}
        <br />
        <span className="muted">
          {m.subjectHref ? <a href={m.subjectHref}>{m.subject}</a> : m.subject}
          {m.source === 'register' ? ' · fra registret' : ''}
        </span>
        {refusal && (
          <div className="error" role="alert">
            {refusal}
          </div>
        )}
      </td>
      <td>
        {formatDanishDate(m.effectDate)}
        {m.leaseEndDate && (
          <>
            <br />
            <span className="muted">ophør {formatDanishDate(m.leaseEndDate)}</span>
          </>
        )}
      </td>
      <td>{m.amountText}</td>
      <td className="keep">
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
      </td>
      <td className="keep">
        {!readOnly && (
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
        )}
      </td>
    </tr>
  )
}

export function MeasureList({ measures, readOnly = false }: { measures: MeasureRowView[]; readOnly?: boolean }) {
  if (measures.length === 0) return <p className="muted">Scenariet har ingen tiltag endnu.</p>
  return (
    <div className="table-scroll">
      <table className="plain compact" aria-label="Tiltag">
        <thead>
          <tr>
            <th>Med</th>
            <th>Type</th>
            <th>Tiltag</th>
            <th>Dato</th>
            <th>Beløb / omfang</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {measures.map((m) => (
            <MeasureRow key={m.id} m={m} readOnly={readOnly} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
