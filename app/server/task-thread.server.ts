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
import { isMainThread, parentPort, workerData, type ResourceLimits, type Worker } from 'node:worker_threads'
import { openDatabase } from '#db/connection'
import { getDatabase, type Db } from './db.server'
import { collectWhenIdle } from './collect-when-idle.server'
import { getEnv } from './env.server'
import { isWorkerFor, lowerThisThreadsPriority, rejectPendingWhenGone, startModuleWorker } from './module-worker.server'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a task's own arguments, typed by its definition
type Task = (db: Db, ...args: any[]) => Promise<unknown>
type Runner<T> = T extends (db: Db, ...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never
/** Tasks in groups (one per feature): `{ scenario: { page: getScenarioPage } }`. */
export type TaskGroups = Record<string, Record<string, Task>>
export type Runners<T extends TaskGroups> = { [G in keyof T]: { [K in keyof T[G]]: Runner<T[G][K]> } }

/** A file written piece by piece (an export): its bytes, read as the download is taken. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file's own arguments, typed by its definition
type FileTask = (db: Db, ...args: any[]) => AsyncIterable<Uint8Array>
type FileRunner<T> = T extends (db: Db, ...args: infer A) => AsyncIterable<Uint8Array> ? (...args: A) => Promise<FileChunks> : never
/** File writers in groups (one per feature): `{ properties: { csv: propertiesCsv } }`. */
export type FileGroups = Record<string, Record<string, FileTask>>
export type FileRunners<T extends FileGroups> = { [G in keyof T]: { [K in keyof T[G]]: FileRunner<T[G][K]> } }
/** A file's bytes as they come; `return()` stops the writer (the client left). */
export type FileChunks = AsyncIterator<Uint8Array, undefined>

/**
 * run: a task, one answer. open: start a file, answers its stream's number; next: the stream's next
 * piece (null at the end); close: stop it early.
 */
type Job = { id: number; kind: 'run' | 'open' | 'next' | 'close'; name: string; args: unknown[]; stream?: number }
/** A refusal the task threw as a Response (a 400 for a bad grid request), carried across as such. */
type Refusal = { status: number; body: string; headers: [string, string][] }
type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string; refusal?: Refusal }

let override: boolean | null = null
let live = 0
/**
 * A task worker with nothing to do for this long is stopped, giving its memory back (a national
 * register's caches are some hundreds of MB); the next task starts a new one, which reads afresh.
 * A role may give its own (the exports' worker keeps no caches and stops sooner).
 */
const IDLE_MS = 10 * 60_000
/** Tests shorten every worker's idle time. */
let idleOverride: number | null = null

/** How long an idle task worker lives, for every role (tests); null: each role's own again. */
export function setTaskWorkerIdle(ms: number | null): void {
  idleOverride = ms
}

/** How many task workers this process runs now (the tests see that the worker did the work). */
export const liveTaskWorkers = () => live

/** Run tasks in worker threads (true), in-process (false), or as the environment says (null). Tests. */
export function setComputeThreads(on: boolean | null): void {
  override = on
}

/** Workers in the production server, or wherever COMPUTE_THREADS says so. */
export function threadsOn(): boolean {
  if (override !== null) return override
  const env = getEnv()
  return env.COMPUTE_THREADS ? env.COMPUTE_THREADS === 'true' : env.NODE_ENV === 'production'
}

/** The worker's side: its own connection, one reply per job, failures as messages. */
function serve(groups: Record<string, Record<string, Task | FileTask>>, url: string): void {
  const { db } = openDatabase(url)
  const port = parentPort!
  const streams = new Map<number, AsyncIterator<Uint8Array>>()
  // A national computation's garbage is given back when the worker falls quiet, not at its next task.
  const idle = collectWhenIdle()
  const answer = (id: number, work: () => unknown) => {
    idle.busy()
    return Promise.resolve()
      .then(work)
      .then(
        (value) => {
          if (value instanceof Uint8Array) {
            // A piece of a file moves to the request thread without a copy (a fresh buffer of its own).
            const own = value.slice()
            port.postMessage({ id, ok: true, value: own } satisfies Reply, [own.buffer])
          } else port.postMessage({ id, ok: true, value } satisfies Reply)
        },
        async (error: unknown) => port.postMessage(await failure(id, error)),
      )
      .finally(() => idle.done())
  }
  port.on('message', (job: Job) => {
    if (job.kind === 'next' || job.kind === 'close') {
      const stream = streams.get(job.stream!)
      if (job.kind === 'close') streams.delete(job.stream!)
      return void answer(job.id, async () => {
        if (!stream) return null
        if (job.kind === 'close') return (await stream.return?.(), null)
        const piece = await stream.next().catch((error: unknown) => {
          streams.delete(job.stream!)
          throw error
        })
        if (piece.done) streams.delete(job.stream!)
        return piece.done ? null : piece.value
      })
    }
    const [group = '', name = ''] = job.name.split('.')
    const task = groups[group]?.[name]
    if (!task) return port.postMessage({ id: job.id, ok: false, error: `Ukendt opgave: ${job.name}` } satisfies Reply)
    if (job.kind === 'open')
      return void answer(job.id, () => {
        streams.set(job.id, (task as FileTask)(db, ...job.args)[Symbol.asyncIterator]())
        return job.id
      })
    void answer(job.id, () => (task as Task)(db, ...job.args))
  })
}

/** A failed job's reply: the message, and a thrown Response whole (status, body, headers). */
async function failure(id: number, error: unknown): Promise<Reply> {
  if (error instanceof Response)
    return {
      id,
      ok: false,
      error: `HTTP ${error.status}`,
      refusal: { status: error.status, body: await error.text(), headers: [...error.headers] },
    }
  return { id, ok: false, error: error instanceof Error ? error.message : String(error) }
}

/** The request thread's error for a failed reply: the refusal as the Response it was, else an Error. */
function rejection(reply: Extract<Reply, { ok: false }>): Error | Response {
  const r = reply.refusal
  return r ? new Response(r.body, { status: r.status, headers: r.headers }) : new Error(reply.error)
}

type Pending = Map<number, { resolve: (value: unknown) => void; reject: (error: Error | Response) => void }>
type Current = { worker: Worker; url: string; pending: Pending; streams: number; idle: NodeJS.Timeout | null }

const clients = new Set<TaskClient>()

/** Stop every task worker (tests, before they drop their database); the next task starts one again. */
export async function stopTaskWorkers(): Promise<void> {
  await Promise.all([...clients].map((c) => c.stop()))
}

/** The request thread's side: one worker per role, started at the first task, again after it died. */
class TaskClient {
  private current: Current | null = null
  private nextId = 1

  constructor(
    private readonly moduleUrl: string,
    private readonly role: string,
    private readonly limits?: ResourceLimits,
    private readonly idleMs = IDLE_MS,
  ) {}

  async stop(): Promise<void> {
    const current = this.current
    this.current = null
    if (current) await current.worker.terminate()
  }

  async run(name: string, task: Task, args: unknown[]): Promise<unknown> {
    const handle = await getDatabase()
    if (!threadsOn()) return task(handle.db, ...args)
    return this.send(this.workerFor(handle.url), { kind: 'run', name, args })
  }

  /**
   * Start writing a file in the worker and hand out its pieces as they are asked for: one piece
   * is written ahead of the reader at most, so a slow download holds one piece, not the file.
   */
  async open(name: string, task: FileTask, args: unknown[]): Promise<FileChunks> {
    const handle = await getDatabase()
    if (!threadsOn()) return task(handle.db, ...args)[Symbol.asyncIterator]() as FileChunks
    const current = this.workerFor(handle.url)
    const stream = (await this.send(current, { kind: 'open', name, args })) as number
    current.streams++
    let open = true
    const ended = () => {
      if (!open) return
      open = false
      current.streams--
      this.idleAfterReply(current)
    }
    return {
      next: async () => {
        if (!open) return { done: true, value: undefined }
        const piece = await this.send(current, { kind: 'next', name, args: [], stream }).catch((error: unknown) => {
          ended()
          throw error
        })
        if (piece === null) ended()
        return piece === null ? { done: true, value: undefined } : { done: false, value: piece as Uint8Array }
      },
      return: async () => {
        if (open) {
          ended()
          await this.send(current, { kind: 'close', name, args: [], stream }).catch(() => undefined)
        }
        return { done: true, value: undefined }
      },
    }
  }

  private send(current: Current, job: Omit<Job, 'id'>): Promise<unknown> {
    if (current.idle) clearTimeout(current.idle)
    current.idle = null
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      current.pending.set(id, { resolve, reject })
      current.worker.postMessage({ id, ...job } satisfies Job)
    })
  }

  /** After the last answer: stop the worker if nothing comes within the idle time (a file being read counts). */
  private idleAfterReply(current: Current): void {
    if (current.pending.size > 0 || current.streams > 0 || this.current !== current) return
    if (current.idle) clearTimeout(current.idle)
    current.idle = setTimeout(() => {
      if (this.current !== current || current.pending.size > 0 || current.streams > 0) return
      this.current = null
      void current.worker.terminate()
    }, idleOverride ?? this.idleMs)
    current.idle.unref()
  }

  private workerFor(url: string): Current {
    if (this.current?.url === url) return this.current
    // Another database (tests switch it): a worker reads only the one it opened.
    if (this.current) void this.current.worker.terminate()
    const worker = startModuleWorker(this.moduleUrl, this.role, { url }, this.limits)
    const current: Current = { worker, url, pending: new Map(), streams: 0, idle: null }
    worker.on('message', (reply: Reply) => {
      const waiting = current.pending.get(reply.id)
      current.pending.delete(reply.id)
      this.idleAfterReply(current)
      if (!waiting) return
      if (reply.ok) waiting.resolve(reply.value)
      else waiting.reject(rejection(reply))
    })
    live++
    worker.once('exit', () => live--)
    rejectPendingWhenGone(worker, current.pending, 'Beregningen stoppede uventet', () => {
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
export function threadTasks<T extends TaskGroups>(moduleUrl: string, role: string, groups: T, limits?: ResourceLimits): Runners<T> {
  return threadRunners(moduleUrl, role, groups, limits, (client, name, task, args) => client.run(name, task as Task, args)) as Runners<T>
}

/**
 * Files written piece by piece (the register's exports), as functions without the `db` argument
 * that give the file's pieces as they are asked for. In the server they are written in a worker
 * thread of their own, so formatting 100,000 rows never holds up the request thread, and that
 * worker's heap can be kept small (`limits`), so an export's garbage is collected as it goes
 * instead of growing the process; `idleMs`: how long it lives without a file to write. Call once,
 * at the top level of the composing module, like threadTasks.
 * @example export const files = threadFiles(import.meta.url, 'kk-files', { properties: { csv: propertiesCsv } })
 */
export function threadFiles<T extends FileGroups>(
  moduleUrl: string,
  role: string,
  groups: T,
  limits?: ResourceLimits,
  idleMs?: number,
): FileRunners<T> {
  return threadRunners(
    moduleUrl,
    role,
    groups,
    limits,
    (client, name, file, args) => client.open(name, file as FileTask, args),
    idleMs,
  ) as FileRunners<T>
}

/** Serve the groups when this thread is the role's worker; else one client and a runner per function, `call` naming how it is run. */
function threadRunners(
  moduleUrl: string,
  role: string,
  groups: Record<string, Record<string, Task | FileTask>>,
  limits: ResourceLimits | undefined,
  call: (client: TaskClient, name: string, fn: Task | FileTask, args: unknown[]) => Promise<unknown>,
  idleMs?: number,
): Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> {
  if (!isMainThread && isWorkerFor(workerData, role)) {
    lowerThisThreadsPriority()
    serve(groups, (workerData as { url: string }).url)
  }
  const client = new TaskClient(moduleUrl, role, limits, idleMs)
  clients.add(client)
  return Object.fromEntries(
    Object.entries(groups).map(([group, fns]) => [
      group,
      Object.fromEntries(
        Object.entries(fns).map(([name, fn]) => [name, (...args: unknown[]) => call(client, `${group}.${name}`, fn, args)]),
      ),
    ]),
  )
}
