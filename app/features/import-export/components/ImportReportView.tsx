/** The outcome of checking or importing a file: per sheet what would happen, and every bad field. */
import { href, Link } from 'react-router'
import { formatNumberDa } from '~/core/money'
import type { DuplicateAction, DuplicateRow, ImportReport, SheetSummary } from '~/core/sheets/report'
import { DuplicateList } from './DuplicateList'

const KIND: Record<SheetSummary['kind'], [string, string]> = {
  properties: ['ejendom', 'ejendomme'],
  leases: ['lejemål', 'lejemål'],
  skipped: ['', ''],
}

const n = (count: number, [one, many]: [string, string]) => `${formatNumberDa(count)} ${count === 1 ? one : many}`

function SheetLine({ s, state }: { s: SheetSummary; state: 'errors' | 'ready' | 'written' }) {
  if (s.kind === 'skipped') return <li className="muted">Arket "{s.name}" er sprunget over (ingen kendte kolonneoverskrifter).</li>
  const good = s.creates + s.updates + s.unchanged + s.skipped
  const what = state === 'written' ? ['oprettet', 'opdateret', 'sprunget over'] : ['oprettes', 'opdateres', 'springes over']
  const passed = s.unchanged + s.skipped
  return (
    <li>
      <strong>{s.name}</strong>: {n(s.rows, ['række', 'rækker'])} med {s.kind === 'properties' ? 'ejendomme' : 'lejemål'}
      {state === 'errors' ? (
        <> — {formatNumberDa(good)} uden fejl</>
      ) : (
        good > 0 && (
          <>
            {' '}
            — {n(s.creates, KIND[s.kind])} {what[0]}, {formatNumberDa(s.updates)} {what[1]}
            {passed > 0 && (
              <>
                , {formatNumberDa(passed)} {what[2]}
                {s.unchanged > 0 && ` (${formatNumberDa(s.unchanged)} ${s.unchanged === 1 ? 'uændret' : 'uændrede'})`}
              </>
            )}
          </>
        )
      )}
      {s.unknownColumns.length > 0 && <div className="muted">Kolonner der ikke læses: {s.unknownColumns.join(', ')}</div>}
    </li>
  )
}

function IssueTable({ issues }: { issues: ImportReport['issues'] }) {
  return (
    <div className="table-scroll issues-scroll">
      <table className="plain compact" data-testid="import-issues">
        <thead>
          <tr>
            <th>Ark</th>
            <th className="num">Række</th>
            <th>Kolonne</th>
            <th>Værdi</th>
            <th>Fejl</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((i, k) => (
            <tr key={k}>
              <td className="nowrap">{i.sheet}</td>
              <td className="num">{i.row || ''}</td>
              <td>{i.column}</td>
              <td className="value">{i.value}</td>
              <td>{i.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The user's choices for rows already in the register, while the file is checked but not imported. */
export interface ReportChoices {
  actionOf: (r: DuplicateRow) => DuplicateAction
  choose: (r: DuplicateRow, action: DuplicateAction) => void
}

/** @example <ImportReportView report={report} choices={choices} /> */
export function ImportReportView({ report, choices }: { report: ImportReport; choices?: ReportChoices }) {
  const { issues, issueCount, written, duplicates } = report
  return (
    <div className="import-report" data-testid="import-report">
      {report.sheets.length > 0 && (
        <ul className="sheet-summary">
          {report.sheets.map((s) => (
            <SheetLine key={s.name} s={s} state={issueCount > 0 ? 'errors' : written ? 'written' : 'ready'} />
          ))}
        </ul>
      )}
      {duplicates && issueCount === 0 && (
        <DuplicateList duplicates={duplicates} actionOf={choices?.actionOf ?? ((r) => r.action)} onChoose={choices?.choose} />
      )}
      {written && (
        <div className="alert success" role="status">
          Importeret: {n(written.properties, KIND.properties)} og {n(written.leases, KIND.leases)}.{' '}
          <Link to={href('/ejendomme')}>Se ejendomme</Link> · <Link to={href('/lejemaal')}>Se lejemål</Link>
        </div>
      )}
      {issueCount === 1 && issues[0]?.row === 0 && report.sheets.length === 0 ? (
        // The file as a whole was refused (unreadable, too large, the register moved): one sentence says it.
        <div className="alert error" role="alert">
          {issues[0].message}
          {!/intet er gemt/i.test(issues[0].message) && ' Intet er gemt.'}
        </div>
      ) : (
        issueCount > 0 && (
          <>
            <div className="alert error" role="alert">
              Filen har {n(issueCount, ['fejl', 'fejl'])}. Intet er gemt. Ret fejlene i filen, og vælg den igen.
              {issues.length < issueCount && ` Listen viser de første ${formatNumberDa(issues.length)}.`}
            </div>
            <IssueTable issues={issues} />
          </>
        )
      )}
    </div>
  )
}
