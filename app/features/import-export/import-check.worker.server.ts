/**
 * The import check as a worker thread: reads and checks files off the request thread, so a large
 * or hostile file never freezes other users' requests. Each job posts its progress, then its plan
 * (or a Danish failure). Started by import-worker.server.ts; inert anywhere else.
 *
 * The worker reads what it needs of the register through its own connection to the same database
 * (a national register is 100,000 properties and 37,000 leases: reading and handing them over on
 * the request thread held it up for seconds): an index of every record, and the stored records
 * only of those the file's rows may match, a piece at a time (import-lookups.server.ts). A job
 * without a database carries its lookups.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { openDatabase, type DatabaseHandle } from '#db/connection'
import type { DuplicateChoices, ImportPhase } from '~/core/sheets/report'
import { registerStamp } from './duplicates'
import { checkSpreadsheet, type ImportLookups, type ImportPlan, type ProgressFn } from './import-check.server'
import { registerIndexLookups, type RegisterLookups } from './import-lookups.server'
import { collectWhenIdle } from '~/server/collect-when-idle.server'
import { heavyJob } from '~/server/heavy-lane.server'
import { lowerThisThreadsPriority } from '~/server/module-worker.server'

/** The marker in workerData that makes a thread an import checker. */
export const IMPORT_CHECK_TASK = 'kloge-kvadratmeter/import-check'

export interface CheckJob {
  id: number
  filename: string
  bytes: Uint8Array
  /** Where the register is: the worker reads its lookups there. */
  databaseUrl?: string
  /** Or the lookups themselves (a database the worker cannot open). */
  lookups?: RegisterLookups
  choices: DuplicateChoices
  /**
   * Only what the report shows (a check without writing): the planned rows stay here instead of
   * being copied to the request thread, where receiving 100,000 of them took a few hundred ms.
   */
  reportOnly?: boolean
}

/** A checked plan with the register's stamp and the names of the properties it updates (to spot renames). */
export type CheckedPlan = ImportPlan & { stamp: string; names: [number, string][] }

export type WorkerMessage = { id: number } & (
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'plan'; plan: CheckedPlan }
  | { type: 'failed'; message: string }
)

const databases = new Map<string, DatabaseHandle>()

/** The register as the check needs it: read here when the job says where, else as sent. */
async function lookupsOf(job: CheckJob): Promise<ImportLookups> {
  if (!job.databaseUrl) return job.lookups ?? { properties: [], leaseIds: [], register: { properties: [], leases: [] } }
  let handle = databases.get(job.databaseUrl)
  if (!handle) databases.set(job.databaseUrl, (handle = openDatabase(job.databaseUrl)))
  return registerIndexLookups(handle.db)
}

/** The stamp of the register the plan was checked against, and the old names of the properties it updates. */
function checkedPlan(plan: ImportPlan, lookups: ImportLookups, reportOnly: boolean): CheckedPlan {
  const stamp = registerStamp(lookups.register ?? { properties: [], leases: [] })
  if (reportOnly) return { ...plan, properties: [], leases: [], stamp, names: [] }
  const updated = new Set(plan.properties.filter((r) => r.action === 'update').map((r) => r.target))
  const names = lookups.properties.filter((p) => updated.has(p.id)).map((p): [number, string] => [p.id, p.name])
  return { ...plan, stamp, names }
}

/**
 * One job checked in this thread: its file against the register, with progress as it goes.
 * @example const plan = await checkJob(job, (phase, done, total) => post(…))
 */
export async function checkJob(job: CheckJob, progress: ProgressFn): Promise<CheckedPlan> {
  let lookups: Promise<ImportLookups> | undefined
  // Read after the file: its rows are then read while the register is not yet held.
  const lookupsOnce = () => (lookups ??= lookupsOf(job))
  const reportOnly = job.reportOnly === true
  const plan = await checkSpreadsheet(job.filename, job.bytes, lookupsOnce, progress, job.choices, { reportOnly })
  return checkedPlan(plan, await lookupsOnce(), reportOnly)
}

/** A national file's cells and rows are given back between files, not only when the worker stops. */
const idle = collectWhenIdle()

async function serve(job: CheckJob): Promise<void> {
  const post = (message: WorkerMessage) => parentPort!.postMessage(message)
  idle.busy()
  try {
    // In its turn: a national file's check needs some 200 MB while it runs (heavy-lane.server.ts).
    const progress: ProgressFn = (phase, done, total) => post({ id: job.id, type: 'progress', phase, done, total })
    const plan = await heavyJob(() => checkJob(job, progress), { onWait: () => progress('wait', 0, 0) })
    post({ id: job.id, type: 'plan', plan })
  } catch (error) {
    console.error('Importkontrollen fejlede:', error)
    post({ id: job.id, type: 'failed', message: 'Filen kunne ikke kontrolleres; intet er gemt. Prøv igen, eller del filen op.' })
  } finally {
    idle.done()
  }
}

if (!isMainThread && (workerData as { task?: string } | null)?.task === IMPORT_CHECK_TASK) {
  lowerThisThreadsPriority()
  parentPort!.on('message', (job: CheckJob) => void serve(job))
}
