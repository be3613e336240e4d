/**
 * The council report's files: one scenario or a comparison, as PDF or Excel. Each gathers the
 * data once and draws the file from it.
 */
import { todayIso } from '~/core/dates'
import type { StatusFilter } from '~/core/savings'
import { getEnv } from '~/server/env.server'
import type { Db } from '~/server/db.server'
import { comparePdfInWorker, scenarioPdfInWorker } from './pdf-thread.server'
import { getCompareReport, getScenarioReport, type ReportContext } from './report-data.server'
import { compareXlsx, scenarioXlsx } from './report-xlsx.server'

export type ReportFormat = 'pdf' | 'xlsx'

/**
 * A scenario's report as file bytes, or null when the scenario does not exist.
 * @example await scenarioReportFile(db, 1, 'pdf', undefined, { municipality: 'Hedensted Kommune', printedOn: '2026-03-12' })
 */
export async function scenarioReportFile(
  db: Db,
  id: number,
  format: ReportFormat,
  view: StatusFilter | undefined,
  ctx: ReportContext,
): Promise<Buffer | null> {
  const report = await getScenarioReport(db, id, view, ctx)
  if (!report) return null
  return format === 'pdf' ? scenarioPdfInWorker(report) : scenarioXlsx(report)
}

/**
 * A comparison's report as file bytes, or null when fewer than two of the scenarios exist.
 * @example await compareReportFile(db, ['1,2'], 'xlsx', ctx)
 */
export async function compareReportFile(db: Db, idParams: string[], format: ReportFormat, ctx: ReportContext): Promise<Buffer | null> {
  const report = await getCompareReport(db, idParams, ctx)
  if (!report) return null
  return format === 'pdf' ? comparePdfInWorker(report) : compareXlsx(report)
}

/**
 * The municipality and today's date (Copenhagen), printed on the report.
 * @example reportContext().municipality // 'Hedensted Kommune'
 */
export function reportContext(): ReportContext {
  return { municipality: getEnv().MUNICIPALITY_NAME, printedOn: todayIso() }
}
