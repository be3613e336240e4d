/** The audit page's table: when, who, what happened, to which record, and the fields in Danish. */
import { auditAction, auditChanges, auditRecord, type AuditEntryText } from '../audit-text'

function when(iso: string): string {
  return new Intl.DateTimeFormat('da-DK', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Copenhagen' }).format(new Date(iso))
}

function Changes({ entry }: { entry: AuditEntryText }) {
  const changes = auditChanges(entry)
  if (entry.action === 'update') {
    return changes.map((c) => (
      <div key={c.field}>
        <strong>{c.label}</strong>: {c.before} → {c.after}
      </div>
    ))
  }
  const side = entry.action === 'create' ? 'after' : 'before'
  return changes.map((c) => (
    <div key={c.field}>
      <strong>{c.label}</strong>: {c[side]}
    </div>
  ))
}

/** The entries in Danish, newest first. @example <AuditTable entries={rows} /> */
export function AuditTable({ entries }: { entries: AuditEntryText[] }) {
  if (entries.length === 0) return <p className="muted">Ingen hændelser med dette filter.</p>
  return (
    <table className="plain compact" aria-label="Revisionsspor">
      <thead>
        <tr>
          <th>Tidspunkt</th>
          <th>Hvem</th>
          <th>Hvad</th>
          <th>Post</th>
          <th>Felter</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{when(e.at)}</td>
            <td>{e.userEmail}</td>
            <td>{auditAction(e)}</td>
            <td>{auditRecord(e)}</td>
            <td>
              <Changes entry={e} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
