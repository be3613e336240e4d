/**
 * Choose a file, check it (progress bar while it uploads and the server reads it), see every error,
 * and import only a file without errors. Without JavaScript the form posts to the page's action.
 */
import { useEffect, useState } from 'react'
import { Form } from 'react-router'
import { formatNumberDa } from '~/core/money'
import type { ImportReport } from '~/core/sheets/report'
import { ImportReportView } from './ImportReportView'
import { sendImport, type ClientImportEvent } from './send-import'

type Progress = { label: string; value: number | null }

const PHASE: Record<string, string> = { read: 'Læser filen', check: 'Kontrollerer række', write: 'Gemmer række' }

function describe(e: ClientImportEvent): Progress | null {
  if (e.type === 'upload')
    return { label: `Sender filen … ${Math.floor((e.loaded / Math.max(1, e.total)) * 100)} %`, value: e.total ? e.loaded / e.total : null }
  if (e.type !== 'progress') return null
  if (e.phase === 'read') return { label: 'Læser filen …', value: null }
  return { label: `${PHASE[e.phase]} ${formatNumberDa(e.done)} af ${formatNumberDa(e.total)}`, value: e.total ? e.done / e.total : null }
}

/** The import's state: the chosen file, the run in progress, its progress, report and error. */
function useImportRun(serverReport: ImportReport | null) {
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState<'check' | 'import' | null>(null)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [report, setReport] = useState<ImportReport | null>(serverReport)
  const [error, setError] = useState<string | null>(null)
  const choose = (next: File | null) => {
    setFile(next)
    setReport(null)
    setError(null)
  }
  const run = async (mode: 'check' | 'import') => {
    if (!file) return setError('Vælg en fil (.xlsx eller .csv).')
    setBusy(mode)
    setError(null)
    if (mode === 'check') setReport(null)
    setProgress({ label: 'Sender filen …', value: 0 })
    await sendImport(file, mode, (e) => {
      const p = describe(e)
      if (p) setProgress(p)
      if (e.type === 'result') setReport(e.report)
      if (e.type === 'error') setError(e.message)
    })
    setBusy(null)
    setProgress(null)
  }
  return { busy, progress, report, error, choose, run }
}

function ImportPicker({
  hydrated,
  busy,
  onChoose,
  onCheck,
}: {
  hydrated: boolean
  busy: boolean
  onChoose: (f: File | null) => void
  onCheck: () => void
}) {
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

/** @example <ImportForm serverReport={actionData?.report ?? null} /> */
export function ImportForm({ serverReport }: { serverReport: ImportReport | null }) {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  const { busy, progress, report, error, choose, run } = useImportRun(serverReport)
  const ready = report && report.issueCount === 0 && !report.written && report.sheets.some((s) => s.creates + s.updates > 0)
  const rows = report ? report.sheets.reduce((sum, s) => sum + s.creates + s.updates, 0) : 0
  return (
    <div>
      <ImportPicker hydrated={hydrated} busy={busy !== null} onChoose={choose} onCheck={() => void run('check')} />
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
      {report && <ImportReportView report={report} />}
      {ready && hydrated && (
        <ImportConfirm rows={rows} busy={busy !== null} importing={busy === 'import'} onImport={() => void run('import')} />
      )}
    </div>
  )
}
