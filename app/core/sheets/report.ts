/** What an import check or import reports back to the page (plain data; shared by server and browser). */
import type { ImportIssue } from './import-spec'

export type { ImportIssue }

/** The largest file an import takes (about 200,000 rows of a register); checked in the browser and on the server. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024
export const TOO_LARGE_MESSAGE = 'Filen er for stor (højst 25 MB). Del den op i flere filer.'

export interface SheetSummary {
  name: string
  kind: 'properties' | 'leases' | 'skipped'
  /** Non-blank data rows. */
  rows: number
  /** Rows without issues that create a record, and those that update one. */
  creates: number
  updates: number
  unknownColumns: string[]
}

export interface ImportReport {
  format: 'xlsx' | 'csv' | null
  sheets: SheetSummary[]
  /** The first issues (up to MAX_LISTED_ISSUES); issueCount counts them all. */
  issues: ImportIssue[]
  issueCount: number
  /** Set when the rows were written. */
  written: { properties: number; leases: number } | null
}

export type ImportPhase = 'read' | 'check' | 'write'

/** The lines /import/kontrol streams. */
export type ImportEvent =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'result'; report: ImportReport }
  | { type: 'error'; message: string }
