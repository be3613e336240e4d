/**
 * The import page's state: the chosen file, the run in progress and its progress, the report, and
 * the user's choices for rows already in the register (for the whole file and row by row).
 */
import { useState } from 'react'
import { formatNumberDa } from '~/core/money'
import type { DuplicateAction, DuplicatePolicy, DuplicateRow, ImportReport } from '~/core/sheets/report'
import { actionFor, choiceKey } from '../duplicates'
import { appendImportOptions } from '../schemas'
import { sendImport, type ClientImportEvent } from './send-import'

export type Progress = { label: string; value: number | null }

const PHASE: Record<string, string> = { read: 'Læser filen', check: 'Kontrollerer række', write: 'Gemmer række' }

function describe(e: ClientImportEvent): Progress | null {
  if (e.type === 'upload')
    return { label: `Sender filen … ${Math.floor((e.loaded / Math.max(1, e.total)) * 100)} %`, value: e.total ? e.loaded / e.total : null }
  if (e.type !== 'progress') return null
  if (e.phase === 'wait') return { label: 'Venter på en anden stor beregning på serveren …', value: null }
  if (e.phase === 'read') return { label: 'Læser filen …', value: null }
  return { label: `${PHASE[e.phase]} ${formatNumberDa(e.done)} af ${formatNumberDa(e.total)}`, value: e.total ? e.done / e.total : null }
}

/** What the user chose for rows already in the register. */
function useChoices() {
  const [policy, setPolicy] = useState<DuplicatePolicy>('auto')
  const [rows, setRows] = useState<Map<string, { sheet: string; row: number; action: DuplicateAction }>>(new Map())
  const actionOf = (r: DuplicateRow) =>
    actionFor({ policy, rows: [] }, new Map([...rows].map(([k, c]) => [k, c.action])), r.sheet, r.row, {
      changed: r.changes.length > 0,
      byId: r.by === 'id',
    })
  const choose = (r: DuplicateRow, action: DuplicateAction) =>
    setRows((m) => new Map(m).set(choiceKey(r.sheet, r.row), { sheet: r.sheet, row: r.row, action }))
  return { policy, setPolicy, rows: [...rows.values()], clearRows: () => setRows(new Map()), actionOf, choose }
}

/**
 * Rows the import would write under the current choices: the check's count, corrected for every
 * listed row whose choice changed since the check.
 */
function rowsToWrite(report: ImportReport, actionOf: (r: DuplicateRow) => DuplicateAction): number {
  const checked = report.sheets.reduce((sum, s) => sum + s.creates + s.updates, 0)
  const writes = (a: DuplicateAction) => (a === 'skip' ? 0 : 1)
  return (report.duplicates?.rows ?? []).reduce((n, r) => n + writes(actionOf(r)) - writes(r.action), checked)
}

/** @example const { run, report, choices } = useImportRun(actionData?.report ?? null) */
export function useImportRun(serverReport: ImportReport | null) {
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState<'check' | 'import' | null>(null)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [report, setReport] = useState<ImportReport | null>(serverReport)
  const [error, setError] = useState<string | null>(null)
  const choices = useChoices()
  const choose = (next: File | null) => {
    setFile(next)
    setReport(null)
    setError(null)
    choices.clearRows()
  }
  const run = async (mode: 'check' | 'import') => {
    if (!file) return setError('Vælg en fil (.xlsx eller .csv).')
    setBusy(mode)
    setError(null)
    if (mode === 'check') {
      setReport(null)
      choices.clearRows()
    }
    setProgress({ label: 'Sender filen …', value: 0 })
    const stamp = mode === 'import' ? report?.duplicates?.registerStamp : undefined
    const fields = (body: FormData) => appendImportOptions(body, { policy: choices.policy, rows: choices.rows }, stamp)
    await sendImport(
      file,
      mode,
      (e) => {
        const p = describe(e)
        if (p) setProgress(p)
        if (e.type === 'result') setReport(e.report)
        if (e.type === 'error') setError(e.message)
      },
      fields,
    )
    setBusy(null)
    setProgress(null)
  }
  const toWrite = report ? rowsToWrite(report, choices.actionOf) : 0
  return { busy, progress, report, error, choose, run, choices, toWrite }
}
