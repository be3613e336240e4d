/**
 * Heavy reads off the request thread. better-sqlite3 answers synchronously and the savings engine
 * is plain JavaScript, so a national scenario computed on the request thread holds up every other
 * request for seconds (a tiny /login waited 5-21 s beside one). A feature names such reads as
 * tasks; in the server each runs in a worker thread of its own with its own connection to the same
 * database (SQLite in WAL mode lets it read beside the writer; PostgreSQL gives it a pool), and the
 * request thread only waits for the small, plain answer.
 *
 * The worker keeps its own caches (keyed by the database's data generation, so they are as correct
 * as on the request thread). Off the server (tests, the CLI, the dev server) the tasks run in-process
 * unless COMPUTE_THREADS=true; a task's answer must survive structured cloning either way, so it is
 * plain data (no Decimal, no class instances) and the two ways cannot differ.
 */
import { isMainThread, parentPort, workerData, type Worker } from 'node:worker_threads'
import { openDatabase } from '#db/connection'
import { getDatabase, type Db } from './db.server'
import { getEnv } from './env.server'
import { isWorkerFor, rejectPendingWhenGone, startModuleWorker } from './module-worker.server'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a task's own arguments, typed by its definition
type Task = (db: Db, ...args: any[]) => Promise<unknown>
type Runner<T> = T extends (db: Db, ...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never
/** Tasks in groups (one per feature): `{ scenario: { page: getScenarioPage } }`. */
export type TaskGroups = Record<string, Record<string, Task>>
export type Runners<T extends TaskGroups> = { [G in keyof T]: { [K in keyof T[G]]: Runner<T[G][K]> } }

type Job = { id: number; name: string; args: unknown[] }
type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string }

let override: boolean | null = null
let live = 0
/**
 * A task worker with nothing to do for this long is stopped, giving its memory back (a national
 * register's caches are some hundreds of MB); the next task starts a new one, which reads afresh.
 */
let idleMs = 10 * 60_000

/** How long an idle task worker lives (tests shorten it). */
export function setTaskWorkerIdle(ms: number): void {
  idleMs = ms
}

/** How many task workers this process runs now (the tests see that the worker did the work). */
export const liveTaskWorkers = () => live

/** Run tasks in worker threads (true), in-process (false), or as the environment says (null). Tests. */
export function setComputeThreads(on: boolean | null): void {
  override = on
}

/** Workers in the production server, or wherever COMPUTE_THREADS says so. */
function threadsOn(): boolean {
  if (override !== null) return override
  const env = getEnv()
  return env.COMPUTE_THREADS ? env.COMPUTE_THREADS === 'true' : env.NODE_ENV === 'production'
}

/** The worker's side: its own connection, one reply per job, failures as messages. */
function serve(groups: TaskGroups, url: string): void {
  const { db } = openDatabase(url)
  const port = parentPort!
  port.on('message', (job: Job) => {
    const [group = '', name = ''] = job.name.split('.')
    const task = groups[group]?.[name]
    if (!task) return port.postMessage({ id: job.id, ok: false, error: `Ukendt opgave: ${job.name}` } satisfies Reply)
    task(db, ...job.args).then(
      (value) => port.postMessage({ id: job.id, ok: true, value } satisfies Reply),
      (error: unknown) =>
        port.postMessage({ id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies Reply),
    )
  })
}

type Pending = Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>

const clients = new Set<TaskClient>()

/** Stop every task worker (tests, before they drop their database); the next task starts one again. */
export async function stopTaskWorkers(): Promise<void> {
  await Promise.all([...clients].map((c) => c.stop()))
}

/** The request thread's side: one worker per role, started at the first task, again after it died. */
class TaskClient {
  private current: { worker: Worker; url: string; pending: Pending; idle: NodeJS.Timeout | null } | null = null
  private nextId = 1

  constructor(
    private readonly moduleUrl: string,
    private readonly role: string,
  ) {}

  async stop(): Promise<void> {
    const current = this.current
    this.current = null
    if (current) await current.worker.terminate()
  }

  async run(name: string, task: Task, args: unknown[]): Promise<unknown> {
    const handle = await getDatabase()
    if (!threadsOn()) return task(handle.db, ...args)
    const current = this.workerFor(handle.url)
    const { worker, pending } = current
    if (current.idle) clearTimeout(current.idle)
    current.idle = null
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject })
      worker.postMessage({ id, name, args } satisfies Job)
    })
  }

  /** After the last answer: stop the worker if no task comes within the idle time. */
  private idleAfterReply(current: NonNullable<TaskClient['current']>): void {
    if (current.pending.size > 0 || this.current !== current) return
    if (current.idle) clearTimeout(current.idle)
    current.idle = setTimeout(() => {
      if (this.current !== current || current.pending.size > 0) return
      this.current = null
      void current.worker.terminate()
    }, idleMs)
    current.idle.unref()
  }

  private workerFor(url: string) {
    if (this.current?.url === url) return this.current
    // Another database (tests switch it): a worker reads only the one it opened.
    if (this.current) void this.current.worker.terminate()
    const worker = startModuleWorker(this.moduleUrl, this.role, { url })
    const pending: Pending = new Map()
    const current = { worker, url, pending, idle: null as NodeJS.Timeout | null }
    worker.on('message', (reply: Reply) => {
      const waiting = pending.get(reply.id)
      pending.delete(reply.id)
      this.idleAfterReply(current)
      if (!waiting) return
      if (reply.ok) waiting.resolve(reply.value)
      else waiting.reject(new Error(reply.error))
    })
    live++
    worker.once('exit', () => live--)
    rejectPendingWhenGone(worker, pending, 'Beregningen stoppede uventet', () => {
      if (this.current === current) this.current = null
    })
    return (this.current = current)
  }
}

/**
 * Heavy reads as functions without the `db` argument, grouped by feature: they run on the app
 * database, in one worker thread in the server. Call it once, at the top level of the module that
 * composes the groups, with that module's `import.meta.url` and a role no other module uses: the
 * worker loads that module (the server bundle when built) and serves the tasks.
 * @example export const compute = threadTasks(import.meta.url, 'kk-compute', { scenario: { page: getScenarioPage } })
 */
export function threadTasks<T extends TaskGroups>(moduleUrl: string, role: string, groups: T): Runners<T> {
  if (!isMainThread && isWorkerFor(workerData, role)) serve(groups, (workerData as { url: string }).url)
  const client = new TaskClient(moduleUrl, role)
  clients.add(client)
  const runners = Object.entries(groups).map(([group, tasks]) => [
    group,
    Object.fromEntries(
      Object.entries(tasks).map(([name, task]) => [name, (...args: unknown[]) => client.run(`${group}.${name}`, task, args)]),
    ),
  ])
  return Object.fromEntries(runners) as Runners<T>
}
