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
  /** Rows that match a record already in the register and change nothing (skipped). */
  unchanged: number
  /** Matched rows the user chose to skip although they differ. */
  skipped: number
  unknownColumns: string[]
}

/** What a row that matches an existing record does: overwrite it, become a new record, or nothing. */
export type DuplicateAction = 'update' | 'create' | 'skip'
/** The file-wide choice: 'auto' skips unchanged rows and updates changed ones. */
export type DuplicatePolicy = 'auto' | DuplicateAction

/** The user's choices for rows that match the register: one for the file, and per row. */
export interface DuplicateChoices {
  policy: DuplicatePolicy
  rows: { sheet: string; row: number; action: DuplicateAction }[]
}

/** A file row that matches a record in the register (by its Id column, or by its key). */
export interface DuplicateRow {
  sheet: string
  row: number
  kind: 'properties' | 'leases'
  recordId: number
  /** The record's name as the register has it (a lease: counterparty, property). */
  recordName: string
  /** How it was matched: its Id column, or address and postcode / property, counterparty and start date. */
  by: 'id' | 'key'
  /** Field by field, Danish labels and formatted values; empty when the row changes nothing. */
  changes: { label: string; before: string; after: string }[]
  /** What the import does with the row under the choices it was checked with. */
  action: DuplicateAction
}

export interface DuplicateReport {
  /** Matched rows in all, and how many of them change nothing. */
  matched: number
  unchanged: number
  /** The first rows (changed ones first); `matched` counts them all. */
  rows: DuplicateRow[]
  /** Changes the register since this check; an import sent with another stamp is refused. */
  registerStamp: string
}

export interface ImportReport {
  format: 'xlsx' | 'csv' | null
  sheets: SheetSummary[]
  /** The first issues (up to MAX_LISTED_ISSUES); issueCount counts them all. */
  issues: ImportIssue[]
  issueCount: number
  /** Set when the rows were written. */
  written: { properties: number; leases: number } | null
  /** Rows that match records already in the register; null when the file could not be checked. */
  duplicates: DuplicateReport | null
}

/** `wait`: the check waits for another heavy job of the server to finish (app/server/heavy-lane.server.ts). */
export type ImportPhase = 'wait' | 'read' | 'check' | 'write'

/** The lines /import/kontrol streams. */
export type ImportEvent =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'result'; report: ImportReport }
  | { type: 'error'; message: string }
