/** Shapes the import's routes and components share (plain data, no server code). */
import type { ImportReport } from '~/core/sheets/report'
import type { ActionOutcome } from '~/ui/action-result'

/** The no-JavaScript import's answer: the one action outcome, with the file's report. */
export type ImportOutcome = ActionOutcome & { report: ImportReport | null }
