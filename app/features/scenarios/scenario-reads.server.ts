/**
 * The scenario pages' heavy reads, run in the compute worker thread in the server
 * (app/features/compute.server.ts, app/server/task-thread.server.ts):
 * computing a national scenario takes seconds of synchronous reading and arithmetic, which on the
 * request thread would hold up every other request. Each answer is the small, plain data a page
 * or a download needs; the computation stays cached in the worker (per data generation).
 * Routes call them as `compute.scenario.…`; services and tests call the functions themselves with a `db`.
 */
import type { Db } from '~/server/db.server'
import type { StatusFilter } from '~/core/savings'
import { getComparePage } from './compare.server'
import { figureItems, savingsListPage, savingsSummaryOf } from './figure-items.server'
import { compareReportFile, scenarioReportFile, type ReportFormat } from './report/report.server'
import type { ReportContext } from './report/report-data.server'
import { getScenarioPage, listScenarioFigures, listScenarioRows, planFigures } from './scenario-page.server'

/** Files cross the thread as bytes (a Buffer arrives as a plain Uint8Array). */
const bytes = (b: Buffer | null) => b && new Uint8Array(b.buffer, b.byteOffset, b.byteLength)

export const scenarioTasks = {
  page: getScenarioPage,
  rows: listScenarioRows,
  listFigures: listScenarioFigures,
  plan: planFigures,
  compare: getComparePage,
  figureItems,
  savingsSummary: savingsSummaryOf,
  savingsList: savingsListPage,
  scenarioReport: async (db: Db, id: number, format: ReportFormat, view: StatusFilter | undefined, ctx: ReportContext) =>
    bytes(await scenarioReportFile(db, id, format, view, ctx)),
  compareReport: async (db: Db, ids: string[], format: ReportFormat, ctx: ReportContext) =>
    bytes(await compareReportFile(db, ids, format, ctx)),
}
