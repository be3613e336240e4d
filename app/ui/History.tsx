/** The history tab of a record: who changed what and when, field by field. */
import { changedFieldsClient } from '~/core/audit-text'

export interface HistoryEntry {
  id: number
  at: string
  userEmail: string
  action: 'create' | 'update' | 'delete'
  beforeJson: string | null
  afterJson: string | null
  entity?: string
  entityId?: string
  summary?: string
}

const ACTION = { create: 'Oprettet', update: 'Ændret', delete: 'Slettet' } as const

function when(iso: string): string {
  return new Intl.DateTimeFormat('da-DK', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(new Date(iso))
}

export function History({ entries, showRecord = false }: { entries: HistoryEntry[]; showRecord?: boolean }) {
  if (entries.length === 0) return <p className="muted">Ingen ændringer registreret endnu.</p>
  return (
    <table className="plain compact" aria-label="Historik">
      <thead><tr><th>Tidspunkt</th><th>Hvem</th><th>Hvad</th>{showRecord && <th>Post</th>}<th>Ændringer</th></tr></thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{when(e.at)}</td>
            <td>{e.userEmail}</td>
            <td>{ACTION[e.action]}</td>
            {showRecord && <td>{e.entity} {e.entityId}{e.summary ? `: ${e.summary}` : ''}</td>}
            <td>
              {e.action === 'update'
                ? changedFieldsClient(e.beforeJson, e.afterJson).map((c) => (
                    <div key={c.field}><strong>{c.field}</strong>: {c.before} → {c.after}</div>
                  ))
                : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
