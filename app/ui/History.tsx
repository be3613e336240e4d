/** The history tab of a record: who changed what and when, field by field. */
import { changedFieldsClient } from '~/core/audit-text'
import { describeChanges } from '~/core/fields'
import { entityLabel, FIELD_REGISTRY } from '~/features/field-registry'

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

/** The changed fields in Danish; an entity without a registry yet falls back to its raw fields. */
function changesOf(e: HistoryEntry): { field: string; label: string; before: string; after: string }[] {
  const registered = e.entity ? FIELD_REGISTRY[e.entity] : undefined
  if (registered) return describeChanges(registered.fields, e.beforeJson, e.afterJson)
  return changedFieldsClient(e.beforeJson, e.afterJson).map((c) => ({ ...c, label: c.field }))
}

export function History({ entries, showRecord = false }: { entries: HistoryEntry[]; showRecord?: boolean }) {
  if (entries.length === 0) return <p className="muted">Ingen ændringer registreret endnu.</p>
  return (
    <table className="plain compact" aria-label="Historik">
      <thead>
        <tr>
          <th>Tidspunkt</th>
          <th>Hvem</th>
          <th>Hvad</th>
          {showRecord && <th>Post</th>}
          <th>Ændringer</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{when(e.at)}</td>
            <td>{e.userEmail}</td>
            <td>{ACTION[e.action]}</td>
            {showRecord && (
              <td>
                {e.entity ? entityLabel(e.entity) : ''} {e.entityId}
                {e.summary ? `: ${e.summary}` : ''}
              </td>
            )}
            <td>
              {e.action === 'update'
                ? changesOf(e).map((c) => (
                    <div key={c.field}>
                      <strong>{c.label}</strong>: {c.before} → {c.after}
                    </div>
                  ))
                : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
