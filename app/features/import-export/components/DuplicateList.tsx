/**
 * The rows of a checked file that are already in the register: how many are unchanged, and for
 * each changed one a link to the record, what would change field by field, and a choice: update
 * it, create the row as a new record, or skip it. Unchanged rows are folded away.
 */
import { href, Link } from 'react-router'
import { formatNumberDa } from '~/core/money'
import type { DuplicateAction, DuplicateReport, DuplicateRow } from '~/core/sheets/report'

const ACTION_LABEL: Record<DuplicateAction, string> = {
  update: 'Opdatér eksisterende',
  create: 'Opret som ny',
  skip: 'Spring over',
}

const rows = (n: number) => `${formatNumberDa(n)} ${n === 1 ? 'række' : 'rækker'}`

/** The Danish sentence for the unchanged and changed rows. @example duplicateSummary({ matched: 3, unchanged: 3, … }) */
export function duplicateSummary(d: Pick<DuplicateReport, 'matched' | 'unchanged'>): string {
  const changed = d.matched - d.unchanged
  const parts = [
    d.unchanged > 0 && `${rows(d.unchanged)} findes allerede og er ${d.unchanged === 1 ? 'uændret' : 'uændrede'}`,
    changed > 0 && `${rows(changed)} findes allerede med ændringer`,
  ].filter(Boolean)
  return `${parts.join('; ')}.`
}

function RecordLink({ row }: { row: DuplicateRow }) {
  const to =
    row.kind === 'properties' ? href('/ejendomme/:id', { id: String(row.recordId) }) : href('/lejemaal/:id', { id: String(row.recordId) })
  return (
    <Link to={to}>
      {row.recordName} <span className="muted">({row.kind === 'properties' ? 'ejendom' : 'lejemål'})</span>
    </Link>
  )
}

function Changes({ row }: { row: DuplicateRow }) {
  if (row.changes.length === 0) return <span className="muted">Uændret</span>
  return (
    <ul className="changes">
      {row.changes.map((c) => (
        <li key={c.label}>
          <strong>{c.label}</strong>: <del>{c.before}</del> → <ins>{c.after}</ins>
        </li>
      ))}
    </ul>
  )
}

function choicesFor(row: DuplicateRow): DuplicateAction[] {
  if (row.by === 'id') return row.changes.length ? ['update', 'skip'] : ['skip']
  return row.changes.length ? ['update', 'create', 'skip'] : ['skip', 'create']
}

type Choose = (row: DuplicateRow, action: DuplicateAction) => void

function DuplicateTable({
  list,
  actionOf,
  onChoose,
}: {
  list: DuplicateRow[]
  actionOf: (r: DuplicateRow) => DuplicateAction
  onChoose?: Choose
}) {
  return (
    <div className="table-scroll duplicates-scroll">
      <table className="plain compact" data-testid="import-duplicates">
        <thead>
          <tr>
            <th>Række i filen</th>
            <th>Findes som</th>
            <th>Ændringer</th>
            <th>{onChoose ? 'Valg' : 'Udfald'}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((r) => {
            const id = `valg-${r.sheet}-${r.row}`
            return (
              <tr key={`${r.sheet}:${r.row}`}>
                <td data-label="Række i filen">
                  {r.sheet}, række {r.row}
                  {r.by === 'id' && <div className="muted">efter Id</div>}
                </td>
                <td data-label="Findes som">
                  <RecordLink row={r} />
                </td>
                <td data-label="Ændringer">
                  <Changes row={r} />
                </td>
                <td data-label={onChoose ? 'Valg' : 'Udfald'}>
                  {onChoose ? (
                    <>
                      <label className="visually-hidden" htmlFor={id}>
                        Valg for {r.sheet}, række {r.row}
                      </label>
                      <select id={id} value={actionOf(r)} onChange={(e) => onChoose(r, e.target.value as DuplicateAction)}>
                        {choicesFor(r).map((a) => (
                          <option key={a} value={a}>
                            {ACTION_LABEL[a]}
                          </option>
                        ))}
                      </select>
                    </>
                  ) : (
                    ACTION_LABEL[actionOf(r)]
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/**
 * @example <DuplicateList duplicates={report.duplicates} actionOf={(r) => r.action} onChoose={choose} />
 */
export function DuplicateList({
  duplicates,
  actionOf,
  onChoose,
}: {
  duplicates: DuplicateReport
  actionOf: (r: DuplicateRow) => DuplicateAction
  /** Absent once the file is imported: the table then shows what was done. */
  onChoose?: Choose
}) {
  if (duplicates.matched === 0) return null
  const changed = duplicates.rows.filter((r) => r.changes.length > 0)
  const unchanged = duplicates.rows.filter((r) => r.changes.length === 0)
  const unlisted = duplicates.matched - duplicates.rows.length
  return (
    <section className="duplicates" aria-labelledby="duplicates-heading" data-testid="duplicates">
      <h3 id="duplicates-heading">Rækker der allerede findes i registret</h3>
      <p role="status">{duplicateSummary(duplicates)}</p>
      {changed.length > 0 && <DuplicateTable list={changed} actionOf={actionOf} onChoose={onChoose} />}
      {unchanged.length > 0 && (
        <details className="duplicates-unchanged">
          <summary>Vis {rows(unchanged.length)}, der er uændrede</summary>
          <DuplicateTable list={unchanged} actionOf={actionOf} onChoose={onChoose} />
        </details>
      )}
      {unlisted > 0 && (
        <p className="muted">
          Listen viser de første {formatNumberDa(duplicates.rows.length)}; de øvrige {rows(unlisted)} følger valget for hele filen.
        </p>
      )}
    </section>
  )
}
