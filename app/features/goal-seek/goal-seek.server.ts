/**
 * Use cases of "Find vej til målet": start a search for a scenario (solved in the worker, its
 * state kept in the database so any server can report it), read its state and result, solve in
 * place (the CLI), and save an alternative as a new scenario of proposals.
 */
import { randomUUID } from 'node:crypto'
import type { Scenario, ScenarioMeasure } from '#db/schema'
import { findWayToTarget, type GoalSeekInput, type GoalSeekOptions, type GoalSeekResult, type SearchProgress } from '~/core/goal-seek'
import type { IsoDate } from '~/core/dates'
import { fail, nowIso, ok, type ServiceResult } from '~/core/result'
import type { MeasureRow } from '~/features/scenarios/schemas'
import { planningToday } from '~/features/overview/reference-date.server'
import { createScenarioOfMeasures } from '~/features/scenarios/scenarios.server'
import { currentActor } from '~/server/auth/actor.server'
import type { Db } from '~/server/db.server'
import { buildGoalSeekInput } from './goal-seek-input.server'
import * as repo from './goal-seek.repo.server'
import { proposalRows } from './proposal-rows.server'
import type { GoalSeekStatus } from './schemas'
import { solveInWorker } from './solver-thread.server'
import { searchOptions, validateRequest, type SearchRequest } from './search-request.server'

export type { SearchRequest } from './search-request.server'

const NO_SCENARIO = 'Scenariet findes ikke.'
const NO_JOB = 'Søgningen findes ikke. Start en ny.'
const CHANGED = 'Scenariets tiltag er ændret siden søgningen, så alternativet passer ikke længere. Søg igen, før du gemmer.'
/** A running job older than its limit plus this was lost (its server stopped). */
const LOST_AFTER_SECONDS = 120

const inProcess = new Map<string, Promise<void>>()
/**
 * The latest progress of the searches this process runs. Progress changes several times a
 * second: this process answers from memory, and the job row gets it at most once a second, for
 * status requests that another app server answers.
 */
const progressOf = new Map<string, SearchProgress>()
const PROGRESS_WRITE_MS = 1000

function reportProgress(db: Db, jobId: string): (p: SearchProgress) => void {
  let written = 0
  return (p) => {
    progressOf.set(jobId, p)
    if (Date.now() - written < PROGRESS_WRITE_MS) return
    written = Date.now()
    // Progress is a courtesy: a failed write (a busy database) must not stop the search.
    repo.saveJobProgress(db, jobId, JSON.stringify(p)).catch((error: unknown) => console.warn('Fremdrift for søgning ikke gemt:', error))
  }
}

async function prepare(db: Db, scenarioId: number, request: SearchRequest, today: IsoDate) {
  const scenario = await repo.findScenario(db, scenarioId)
  if (!scenario) return fail('not_found', NO_SCENARIO)
  const built = await buildGoalSeekInput(db, scenario)
  const refusal = validateRequest(scenario, built, request)
  if (refusal) return refusal
  return ok({ scenario, built, options: searchOptions(request, today) })
}

/**
 * Start a search in the worker; answers with the job's id, which the page polls, at once or when
 * the search is done if that is within `waitSeconds` (then the page shows the result straight away).
 * Notice can be given from `today` on: by default the planning day (the demo's reference date while
 * the demo is shown, otherwise Copenhagen's date; see planningToday).
 * @example const started = await startGoalSeek(db, 4, { targetYear: 2027, objective: 'least_one_off_cost', … })
 */
export async function startGoalSeek(
  db: Db,
  scenarioId: number,
  request: SearchRequest,
  { waitSeconds = 0, today }: { waitSeconds?: number; today?: IsoDate } = {},
): Promise<ServiceResult<{ jobId: string }>> {
  const prepared = await prepare(db, scenarioId, request, today ?? (await planningToday(db)))
  if (!prepared.ok) return prepared
  const { built, options } = prepared.value
  const jobId = randomUUID()
  await repo.insertJob(db, {
    id: jobId,
    scenarioId,
    status: 'running',
    optionsJson: JSON.stringify(options),
    timeLimitSeconds: options.timeLimitSeconds ?? 60,
    userEmail: currentActor().email,
    startedAt: nowIso(),
  })
  const finished = solveInWorker(jobId, built.input, options, reportProgress(db, jobId)).then(
    (result) => repo.finishJob(db, jobId, { status: 'done', resultJson: JSON.stringify(result), error: null, finishedAt: nowIso() }),
    (error: unknown) =>
      repo.finishJob(db, jobId, {
        status: 'failed',
        resultJson: null,
        error: error instanceof Error ? error.message : String(error),
        finishedAt: nowIso(),
      }),
  )
  inProcess.set(
    jobId,
    finished.finally(() => {
      inProcess.delete(jobId)
      progressOf.delete(jobId)
    }),
  )
  if (waitSeconds > 0) await awaitGoalSeek(jobId, waitSeconds)
  return ok({ jobId })
}

/**
 * Wait for a search this process runs, at most `maxSeconds` when given; resolves at once for others.
 * @example await awaitGoalSeek(jobId)
 */
export async function awaitGoalSeek(jobId: string, maxSeconds?: number): Promise<void> {
  const running = inProcess.get(jobId)
  if (!running || maxSeconds === undefined) return running
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxSeconds * 1000)))
  await Promise.race([running, timeout]).finally(() => clearTimeout(timer))
}

function parseProgress(json: string | null): SearchProgress | null {
  return json ? (JSON.parse(json) as SearchProgress) : null
}

function elapsed(startedAt: string, finishedAt: string | null): number {
  return Math.max(0, ((finishedAt ? Date.parse(finishedAt) : Date.now()) - Date.parse(startedAt)) / 1000)
}

/**
 * The state of a search: running (with the seconds so far), done or failed.
 * @example (await goalSeekStatus(db, jobId))?.status // 'running'
 */
export async function goalSeekStatus(db: Db, jobId: string): Promise<(GoalSeekStatus & { scenarioId: number }) | null> {
  const job = await repo.getJob(db, jobId)
  if (!job) return null
  const seconds = elapsed(job.startedAt, job.finishedAt)
  const lost = job.status === 'running' && seconds > job.timeLimitSeconds + LOST_AFTER_SECONDS
  return {
    jobId,
    scenarioId: job.scenarioId,
    status: lost ? 'failed' : job.status,
    elapsedSeconds: Math.round(seconds * 10) / 10,
    timeLimitSeconds: job.timeLimitSeconds,
    error: lost ? 'Søgningen blev afbrudt, fordi serveren stoppede. Start en ny.' : job.error,
    progress: job.status === 'running' ? (progressOf.get(jobId) ?? parseProgress(job.progressJson)) : null,
  }
}

/** A finished search's result, if it belongs to the scenario. @example await goalSeekResult(db, 4, jobId) */
export async function goalSeekResult(db: Db, scenarioId: number, jobId: string): Promise<GoalSeekResult | null> {
  const job = await repo.getJob(db, jobId)
  if (!job || job.scenarioId !== scenarioId || job.status !== 'done' || !job.resultJson) return null
  return JSON.parse(job.resultJson) as GoalSeekResult
}

/**
 * Solve on this thread and answer with the result (the CLI has no request to keep free).
 * @example const solved = await solveGoalSeek(db, 4, request)
 */
export async function solveGoalSeek(
  db: Db,
  scenarioId: number,
  request: SearchRequest,
  today?: IsoDate,
): Promise<ServiceResult<{ scenario: Scenario; input: GoalSeekInput; result: GoalSeekResult; options: GoalSeekOptions }>> {
  const prepared = await prepare(db, scenarioId, request, today ?? (await planningToday(db)))
  if (!prepared.ok) return prepared
  const { scenario, built, options } = prepared.value
  return ok({ scenario, input: built.input, options, result: await findWayToTarget(built.input, options) })
}

/** The scenario's counted measures are no longer those the search started from (added, removed, switched off). */
function changedSince(result: GoalSeekResult, now: readonly ScenarioMeasure[]): boolean {
  const then = new Set(result.start.measures.map((m) => m.measureId))
  return then.size !== now.length || now.some((m) => !then.has(String(m.id)))
}

/** A scenario measure as a row of another scenario: the same measure, its own id to come. */
function copyOfMeasure(m: ScenarioMeasure): MeasureRow {
  const { id: _id, scenarioId: _scenarioId, ...row } = m
  return row
}

/**
 * Save one alternative of a finished search as a new scenario: the searched scenario's counted
 * measures as they are, and the alternative's as proposals, with the searched scenario's
 * assumptions; answers with the new scenario's id.
 * @example await saveAlternative(db, 4, { jobId, rank: 1, name: '' })
 */
export async function saveAlternative(
  db: Db,
  scenarioId: number,
  choice: { jobId: string; rank: number; name: string },
): Promise<ServiceResult> {
  const scenario = await repo.findScenario(db, scenarioId)
  if (!scenario) return fail('not_found', NO_SCENARIO)
  const result = await goalSeekResult(db, scenarioId, choice.jobId)
  if (!result) return fail('not_found', NO_JOB)
  const alternative = result.alternatives.find((a) => a.rank === choice.rank)
  if (!alternative) return fail('not_found', 'Alternativet findes ikke.')
  const { input, scenarioMeasures } = await buildGoalSeekInput(db, scenario)
  if (changedSince(result, scenarioMeasures)) return fail('invalid', CHANGED)
  const stamp = new Date().toLocaleString('da-DK', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Copenhagen' })
  const name = choice.name || `${scenario.name}: vej til målet ${result.targetYear}, alternativ ${alternative.rank} (${stamp})`
  return createScenarioOfMeasures(
    db,
    { name, description: `Fundet af "Find vej til målet" ud fra ${scenario.name}. ${alternative.summary}`, basedOnId: scenarioId },
    [...scenarioMeasures.map(copyOfMeasure), ...proposalRows(input, alternative, nowIso())],
  )
}

/** The newest scenario with this name (the CLI). @example await findScenarioIdByName(db, 'Vedtaget plan') // 1 */
export async function findScenarioIdByName(db: Db, name: string): Promise<number | null> {
  return (await repo.findScenarioByName(db, name))?.id ?? null
}
