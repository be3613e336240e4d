/**
 * Choose a file, check it (progress bar while it uploads and the server reads it), see every error
 * and every row that is already in the register, choose what to do with those, and import only a
 * file without errors. Without JavaScript the form posts to the page's action.
 */
import { useEffect, useState } from 'react'
import { Form } from 'react-router'
import { formatNumberDa } from '~/core/money'
import type { DuplicatePolicy, ImportReport } from '~/core/sheets/report'
import { DUPLICATE_FIELDS } from '../schemas'
import { duplicateSummary } from './DuplicateList'
import { ImportReportView } from './ImportReportView'
import { useImportRun } from './use-import-run'

const POLICY_LABEL: Record<DuplicatePolicy, string> = {
  auto: 'Opdatér kun de ændrede',
  update: 'Opdatér alle eksisterende',
  create: 'Opret alle som nye',
  skip: 'Spring alle over',
}

interface PickerProps {
  hydrated: boolean
  busy: boolean
  policy: DuplicatePolicy
  onPolicy: (p: DuplicatePolicy) => void
  onChoose: (f: File | null) => void
  onCheck: () => void
}

function ImportPicker({ hydrated, busy, policy, onPolicy, onChoose, onCheck }: PickerProps) {
  return (
    <Form
      method="post"
      encType="multipart/form-data"
      onSubmit={(e) => {
        if (hydrated) {
          e.preventDefault()
          onCheck()
        }
      }}
    >
      <div className="import-picker">
        <label htmlFor="import-file">Fil (.xlsx eller .csv)</label>
        <input
          id="import-file"
          name="fil"
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => onChoose(e.target.files?.[0] ?? null)}
        />
        <button type="submit" name="mode" value="check" disabled={busy}>
          Kontrollér filen
        </button>
        {!hydrated && (
          <button type="submit" name="mode" value="import" className="secondary">
            Kontrollér og importér
          </button>
        )}
      </div>
      <div className="import-policy">
        <label htmlFor="import-policy">Rækker der allerede findes i registret</label>
        <select
          id="import-policy"
          name={DUPLICATE_FIELDS.policy}
          value={policy}
          onChange={(e) => onPolicy(e.target.value as DuplicatePolicy)}
        >
          {Object.entries(POLICY_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </Form>
  )
}

function ImportConfirm({ rows, busy, importing, onImport }: { rows: number; busy: boolean; importing: boolean; onImport: () => void }) {
  const what = `${formatNumberDa(rows)} ${rows === 1 ? 'række' : 'rækker'}`
  return (
    <div className="alert info import-confirm">
      Filen er i orden: {what} kan importeres. Alt gemmes på én gang, eller intet.
      <button type="button" onClick={onImport} disabled={busy}>
        {importing ? 'Importerer …' : `Importér ${what}`}
      </button>
    </div>
  )
}

/** A checked file with nothing to write: every row is in the register already (or skipped). */
function NothingToImport({ report }: { report: ImportReport }) {
  return (
    <div className="alert info" role="status" data-testid="nothing-to-import">
      {report.duplicates && report.duplicates.matched > 0 ? `${duplicateSummary(report.duplicates)} ` : ''}
      Der er intet at importere med de valg, der er truffet.
    </div>
  )
}

/** @example <ImportForm serverReport={actionData?.report ?? null} /> */
export function ImportForm({ serverReport }: { serverReport: ImportReport | null }) {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  const { busy, progress, report, error, choose, run, choices, toWrite } = useImportRun(serverReport)
  const checked = report && report.issueCount === 0 && !report.written && report.sheets.some((s) => s.rows > 0)
  return (
    <div>
      <ImportPicker
        hydrated={hydrated}
        busy={busy !== null}
        policy={choices.policy}
        onPolicy={choices.setPolicy}
        onChoose={choose}
        onCheck={() => void run('check')}
      />
      {progress && (
        <div className="import-progress" role="status" aria-live="polite">
          <progress max={1} value={progress.value ?? undefined} aria-label="Fremdrift" />
          <span>{progress.label}</span>
        </div>
      )}
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      {report && <ImportReportView report={report} choices={report.written || !hydrated ? undefined : choices} />}
      {checked && hydrated && toWrite > 0 && (
        <ImportConfirm rows={toWrite} busy={busy !== null} importing={busy === 'import'} onImport={() => void run('import')} />
      )}
      {checked && toWrite === 0 && <NothingToImport report={report} />}
    </div>
  )
}
