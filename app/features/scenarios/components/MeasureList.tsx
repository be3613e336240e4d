/**
 * The scenario's measures. Switching one on or off, or changing its status, posts through a
 * fetcher: the figures above update without a page reload.
 */
import { useFetcher } from 'react-router'
import { formatDanishDate } from '~/core/dates'
import { refusalFor } from '~/ui/action-result'
import { measureKindLabels } from '~/features/scenarios/labels'
import type { MeasureRowView } from '~/features/scenarios/types'
import { MeasureStatus, RemoveMeasure, ToggleMeasure } from './MeasureControls'
import { StatedEnergy } from './StatedEnergy'

const INTENTS = ['toggle', 'status', 'delete-measure'] as const

function MeasureRow({ m, readOnly }: { m: MeasureRowView; readOnly: boolean }) {
  const fetcher = useFetcher()
  const pendingEnabled = fetcher.formData?.get('intent') === 'toggle' ? fetcher.formData.get('enabled') === '1' : m.enabled
  const refusal = fetcher.state === 'idle' ? INTENTS.map((intent) => refusalFor(fetcher.data, intent)).find(Boolean) : null
  return (
    <tr id={`tiltag-${m.id}`} className={pendingEnabled ? undefined : 'disabled'} data-testid={`measure-${m.id}`}>
      <td className="keep">
        <ToggleMeasure fetcher={fetcher} m={m} readOnly={readOnly} />
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
      <td>
        {m.amountText}
        <StatedEnergy m={m} readOnly={readOnly} />
      </td>
      <td className="keep">
        <MeasureStatus fetcher={fetcher} m={m} readOnly={readOnly} />
      </td>
      <td className="keep">{!readOnly && <RemoveMeasure fetcher={fetcher} m={m} />}</td>
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
