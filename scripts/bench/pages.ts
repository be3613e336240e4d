/**
 * `npm run bench -- pages [--small] [--db sqlite|postgres] [--markdown]`: the pages and endpoints
 * at national scale, timed through the built server as a browser would ask for them.
 *
 * Generates the national portfolio (100,000 properties, about 135,000 units and 37,000 leases, one
 * scenario of 20,000 measures, plus a copy of it to compare against), starts `build/server` on a
 * loopback port with DATABASE_URL pointing at it, logs in, and measures p50/p95 of every page and
 * grid/API endpoint (first view, sorted, filtered, searched, deep page), the exports and an import
 * check, against GET /login measured in the same run. Beside each figure: the HTML/JSON size, how
 * late a tiny /login request is answered while the page loads (the server's event loop, seen from
 * outside) and the server's RSS. Prints one table with OK/OVER per goal and never fails on time.
 * `--small` runs the same on a few thousand rows in about a minute.
 *
 * After each start the server is left to settle (its background warm-up of the scenario list, the
 * adopted plan and the capacity view) before anything is measured; the front page right after the
 * plan is promoted is the one row that measures a view before the warm-up can have run.
 *
 * The measuring pieces are exported so a test can reuse them on a small portfolio.
 * Figures and goals: docs/benchmarks.md ("Sider i national skala").
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'
import { sql, type Kysely } from 'kysely'
import { openDatabase, type DatabaseHandle } from '../../db/connection'
import { migrateToLatest } from '../../db/migrator'
import type { Database } from '../../db/schema'
import { computeScenario } from '../../app/features/scenarios/savings.server'
import { createScenario, promoteScenario } from '../../app/features/scenarios/scenarios.server'
import { createUser } from '../../app/features/users-audit/users.server'
import { generatePortfolio, type PortfolioSpec } from './generate'
import { serverProcess } from '../../server/memory.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

// ---------------------------------------------------------------------------------------------
// Goals (the issue's figures)
// ---------------------------------------------------------------------------------------------

export const GOALS = {
  /** Every page's HTML. */
  htmlBytes: 300 * 1024,
  /** Every JSON answer (grid pages, API, line items). */
  jsonBytes: 1024 * 1024,
  /** First view of a list page, and the front page: at most this many times GET /login's p95. */
  listVsLogin: 5,
  /** A scenario page: at most this many times computeScenario for the same scenario, in-process. */
  scenarioVsCompute: 1.5,
  /** /login's p95 while a scenario page, an import check and an export run: at most this many times idle. */
  loginUnderLoad: 2,
  /** The server process's resident memory, sampled through the run. */
  rssBytes: 512 * 1024 * 1024,
  /** RSS growth while one export runs. */
  exportGrowthBytes: 100 * 1024 * 1024,
}

// ---------------------------------------------------------------------------------------------
// Small statistics
// ---------------------------------------------------------------------------------------------

/** Nearest-rank percentile. @example percentile([1, 2, 3, 4], 50) // 2 */
export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export interface Spread {
  n: number
  p50: number
  p95: number
  max: number
}

export function spread(values: number[]): Spread {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length ? Math.max(...values) : Number.NaN,
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP: one request, timed, with a timeout, its size before and after compression
// ---------------------------------------------------------------------------------------------

export interface HttpResult {
  ms: number
  status: number
  /** Bytes of the body as the client reads it (after gzip). */
  bytes: number
  /** Bytes on the wire (gzip when the server compresses). */
  wireBytes: number
  timedOut: boolean
  error?: string
  headers: http.IncomingHttpHeaders
  body?: Buffer
  /** The last 2 KB of the body (as text), where an aborted React stream leaves its mark. */
  tail: string
}

/**
 * React's marks for a Suspense boundary the server gave up on: `$RX("…")` at the end of a streamed
 * page (or `<!--$!-->` when it gave up before the shell was sent). On these pages the loader data
 * streamed after the shell was cut off at entry.server's stream timeout, so the status says 200
 * but the browser gets an incomplete page.
 */
export const isAbortedStream = (tail: string) => tail.includes('$RX("') || tail.includes('<!--$!-->')

export interface RequestOptions {
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: Buffer
  timeoutMs?: number
  /** Keep the (decompressed) body in the result. */
  keepBody?: boolean
  /** Send the session cookie (default true). */
  auth?: boolean
}

/** A client for one server: base URL and the session cookie. New connection per request (loopback). */
export class BenchClient {
  cookie = ''
  constructor(
    readonly baseUrl: string,
    readonly defaultTimeoutMs = 20_000,
  ) {}

  get origin(): string {
    return new URL(this.baseUrl).origin
  }

  request(pathname: string, opts: RequestOptions = {}): Promise<HttpResult> {
    const url = new URL(pathname, this.baseUrl)
    const timeoutMs = opts.timeoutMs ?? this.defaultTimeoutMs
    const headers: Record<string, string> = {
      'Accept-Encoding': 'gzip',
      'User-Agent': 'Mozilla/5.0 (kk-bench)',
      Accept: '*/*',
      ...opts.headers,
    }
    if (opts.auth !== false && this.cookie) headers.Cookie = this.cookie
    if (opts.body) headers['Content-Length'] = String(opts.body.length)
    return new Promise((resolve) => {
      const start = performance.now()
      let settled = false
      let wireBytes = 0
      let bytes = 0
      let tail = Buffer.alloc(0)
      const chunks: Buffer[] = []
      const done = (r: Omit<HttpResult, 'ms' | 'bytes' | 'wireBytes' | 'tail'>) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        resolve({
          ms: performance.now() - start,
          bytes,
          wireBytes,
          tail: tail.toString('utf8'),
          ...r,
          body: opts.keepBody ? Buffer.concat(chunks) : undefined,
        })
      }
      const req = http.request(url, { method: opts.method ?? 'GET', headers, agent: false }, (res) => {
        res.on('data', (c: Buffer) => (wireBytes += c.length))
        let stream: NodeJS.ReadableStream = res
        if (res.headers['content-encoding'] === 'gzip') stream = res.pipe(zlib.createGunzip())
        stream.on('data', (c: Buffer) => {
          bytes += c.length
          if (opts.keepBody) chunks.push(c)
          tail = Buffer.concat([tail, c]).subarray(-2048)
        })
        stream.on('end', () => done({ status: res.statusCode ?? 0, timedOut: false, headers: res.headers }))
        stream.on('error', (e: Error) => done({ status: res.statusCode ?? 0, timedOut: false, error: e.message, headers: res.headers }))
      })
      const timer = setTimeout(() => {
        done({ status: 0, timedOut: true, headers: {} })
        req.destroy()
      }, timeoutMs)
      req.on('error', (e) => done({ status: 0, timedOut: false, error: e.message, headers: {} }))
      req.end(opts.body)
    })
  }

  /** POST /login as a browser form would (Origin of the server, so the CSRF check passes); keeps the cookie. */
  async login(email: string, password: string): Promise<void> {
    const body = Buffer.from(new URLSearchParams({ email, password, til: '/' }).toString())
    const r = await this.request('/login', {
      method: 'POST',
      auth: false,
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: this.origin },
    })
    const setCookie = r.headers['set-cookie']?.map((c) => c.split(';')[0]).join('; ')
    if (r.status !== 302 || !setCookie) throw new Error(`Log-ind fejlede: status ${r.status} ${r.error ?? ''}`)
    if (r.headers.location !== '/') throw new Error(`Log-ind sendte videre til ${r.headers.location} (skal adgangskoden skiftes?)`)
    this.cookie = setCookie
  }
}

/** A multipart/form-data body with text fields and one file. */
export function multipart(
  fields: Record<string, string>,
  file: { field: string; name: string; type: string; bytes: Buffer },
): { body: Buffer; contentType: string } {
  const boundary = `----kkbench${randomBytes(8).toString('hex')}`
  const parts: Buffer[] = []
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
  )
  parts.push(file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`))
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

// ---------------------------------------------------------------------------------------------
// The server's memory (from /proc) and its event loop (seen as /login's latency)
// ---------------------------------------------------------------------------------------------

/** VmRSS of a process in bytes, or null where /proc is not available or the process is gone. */
export function readRss(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) * 1024 : null
  } catch {
    return null
  }
}

/** Samples a process's RSS every `everyMs`; `window()` gives the peak since the last window. */
export class RssSampler {
  peak = 0
  private windowPeak = 0
  private timer: ReturnType<typeof setInterval> | undefined
  constructor(
    public pid: () => number | undefined,
    readonly everyMs = 50,
  ) {}

  sample(): number | null {
    const pid = this.pid()
    const rss = pid ? readRss(pid) : null
    if (rss !== null) {
      this.peak = Math.max(this.peak, rss)
      this.windowPeak = Math.max(this.windowPeak, rss)
    }
    return rss
  }

  start(): this {
    this.timer ??= setInterval(() => this.sample(), this.everyMs)
    this.timer.unref()
    return this
  }

  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  /** Start a new window; returns the RSS now (the window's baseline). */
  openWindow(): number | null {
    this.windowPeak = 0
    return this.sample()
  }

  /** The peak RSS since openWindow (including a last sample). */
  closeWindow(): number {
    this.sample()
    return this.windowPeak
  }
}

/**
 * Asks for a tiny page (GET /login without a session) again and again while something else runs.
 * Its latency above idle is the time the server's event loop was busy with the other request.
 */
export class LoginProbe {
  private running = false
  private loop: Promise<void> | undefined
  private inFlightSince: number | null = null
  latencies: number[] = []
  failures = 0
  /** Probes not answered within timeoutMs (counted in latencies with the time waited). */
  timeouts = 0
  /** A probe still waiting when stopped with a limit; its wait so far is counted (a lower bound). */
  cutShort = false
  constructor(
    readonly client: BenchClient,
    readonly pauseMs = 25,
    readonly timeoutMs = 60_000,
  ) {}

  start(): this {
    this.running = true
    this.latencies = []
    this.failures = 0
    this.timeouts = 0
    this.loop = (async () => {
      while (this.running) {
        this.inFlightSince = performance.now()
        const r = await this.client.request('/login', { auth: false, timeoutMs: this.timeoutMs })
        this.inFlightSince = null
        if (!this.running && this.cutShort) break
        if (r.status === 200) this.latencies.push(r.ms)
        else if (r.timedOut) {
          // Not answered within the probe's timeout: the wait is at least that long.
          this.latencies.push(r.ms)
          this.timeouts++
        } else this.failures++
        await sleep(this.pauseMs)
      }
    })()
    return this
  }

  /**
   * Stops after the probe in flight returns (it is part of what was measured), or after `maxWaitMs`
   * when the server may stay busy (a request that timed out): then the wait so far is counted.
   */
  async stop(maxWaitMs = Infinity): Promise<number[]> {
    this.running = false
    if (maxWaitMs === Infinity) await this.loop
    else if (!(await Promise.race([this.loop!.then(() => true), sleep(maxWaitMs).then(() => false)]))) {
      this.cutShort = true
      if (this.inFlightSince !== null) this.latencies.push(performance.now() - this.inFlightSince)
    }
    return this.latencies
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

// ---------------------------------------------------------------------------------------------
// The server process
// ---------------------------------------------------------------------------------------------

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** The newest modification time under the given paths (files and folders, recursively). */
function newestMtime(paths: string[]): number {
  let newest = 0
  const visit = (p: string) => {
    let st: fs.Stats
    try {
      st = fs.statSync(p)
    } catch {
      return
    }
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) visit(path.join(p, e))
    else newest = Math.max(newest, st.mtimeMs)
  }
  paths.forEach(visit)
  return newest
}

/** Build the app unless build/ is newer than its sources. Returns what it did. */
export function ensureBuild(root = ROOT, log: (line: string) => void = console.log): 'reused' | 'built' {
  const entry = path.join(root, 'build/server/index.js')
  const sources = ['app', 'db', 'public', 'vite.config.ts', 'react-router.config.ts', 'package-lock.json'].map((p) => path.join(root, p))
  if (fs.existsSync(entry) && fs.statSync(entry).mtimeMs > newestMtime(sources)) return 'reused'
  log('  building the app (npx react-router build) …')
  // Into build/ (what the server below serves), whatever KK_BUILD_DIR says.
  const { KK_BUILD_DIR: _ignored, ...env } = process.env
  const r = spawnSync('npx', ['react-router', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env })
  if (r.status !== 0) throw new Error('react-router build fejlede')
  return 'built'
}

export interface ServerOptions {
  databaseUrl: string
  port: number
  root?: string
}

const REQUEST_LOG = /^[A-Z]+ \S+ \d{3} /

/** The built app served by the production server (server/index.mjs) on 127.0.0.1 (the process measured for RSS). */
export class BenchServer {
  child: ChildProcess | undefined
  readonly secret = randomBytes(32).toString('base64url')
  log: string[] = []
  errorLines = 0
  /** Distinct error and warning lines the server wrote (the first few). */
  errorSamples = new Set<string>()
  restarts = 0
  constructor(readonly opts: ServerOptions) {}

  get pid(): number | undefined {
    return this.child?.pid
  }

  get url(): string {
    return `http://127.0.0.1:${this.opts.port}`
  }

  async start(): Promise<void> {
    const root = this.opts.root ?? ROOT
    // As npm start runs it (scripts/start.mjs): with glibc's allocator and V8's young generation tuned.
    const { args, env } = serverProcess(path.join(root, 'server/index.mjs'), [], {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(this.opts.port),
      DATABASE_URL: this.opts.databaseUrl,
      SEED_DEMO_DATA: 'false',
      SESSION_SECRET: this.secret,
      MAP_TILE_URL: '',
    })
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env })
    const keep = (stream: NodeJS.ReadableStream, isErr: boolean) => {
      let rest = ''
      stream.on('data', (d: Buffer) => {
        const lines = (rest + d.toString()).split('\n')
        rest = lines.pop() ?? ''
        for (const line of lines) {
          // The request log (morgan) also goes to stderr; anything else there is an error or warning.
          if (isErr && line.trim() && !REQUEST_LOG.test(line)) {
            this.errorLines++
            const text = line.trim().replace(/^\(node:\d+\) /, '')
            if (/error|warning|ERR_/i.test(text) && !text.startsWith('(Use `node') && this.errorSamples.size < 5)
              this.errorSamples.add(text.slice(0, 200))
          }
          this.log.push(line)
        }
        if (this.log.length > 400) this.log.splice(0, this.log.length - 200)
      })
    }
    keep(child.stdout!, false)
    keep(child.stderr!, true)
    this.child = child
    const client = new BenchClient(this.url, 5_000)
    const until = Date.now() + 60_000
    while (Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`Serveren stoppede under opstart:\n${this.log.slice(-20).join('\n')}`)
      const r = await client.request('/login', { auth: false })
      if (r.status === 200) return
      await sleep(200)
    }
    throw new Error(`Serveren svarede ikke inden for 60 s:\n${this.log.slice(-20).join('\n')}`)
  }

  /** SIGTERM, then SIGKILL if it is still busy (a loader cannot be interrupted) after a grace period. */
  async stop(graceMs = 2_000): Promise<void> {
    const child = this.child
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    if (await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)])) return
    child.kill('SIGKILL')
    await exited
  }

  /**
   * Wait until the server has used under 5% of a core for `quietMs` (its CPU time from /proc): after
   * a start it computes the figures the pages open most in the background (app/features/warm-figures.server.ts),
   * and the pages are measured on a server that has done so, as a user meets it a few seconds after
   * a start. Returns the milliseconds waited (at most timeoutMs).
   */
  async settled(quietMs = 1_500, timeoutMs = 60_000): Promise<number> {
    const start = performance.now()
    const ticks = () => {
      try {
        const fields = fs.readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
        return Number(fields[11]) + Number(fields[12])
      } catch {
        return null
      }
    }
    const samples: { at: number; ticks: number }[] = []
    while (performance.now() - start < timeoutMs) {
      const t = ticks()
      if (t === null) return performance.now() - start
      const at = performance.now()
      samples.push({ at, ticks: t })
      const first = samples.find((x) => at - x.at <= quietMs)!
      // Clock ticks are hundredths of a second: 5% of a core is 5 ticks a second.
      if (at - samples[0]!.at >= quietMs && t - first.ticks <= ((at - first.at) / 1000) * 5) return at - start
      await sleep(250)
    }
    return performance.now() - start
  }

  /** A request that timed out keeps the server busy (loaders do not stop when the client leaves): start afresh. */
  async restart(): Promise<void> {
    await this.stop(500)
    this.restarts++
    await this.start()
  }
}

// ---------------------------------------------------------------------------------------------
// The database: generated, with a bench user, a copy of the scenario and ids to open
// ---------------------------------------------------------------------------------------------

export type Backend = 'sqlite' | 'postgres'

export const SCALES: Record<'national' | 'small', PortfolioSpec> = {
  national: { seed: 2, properties: 100_000, measures: 20_000 },
  small: { seed: 2, properties: 3_000, measures: 1_000 },
}

export interface BenchDatabase {
  url: string
  handle: DatabaseHandle
  counts: { properties: number; leases: number; units: number; measures: number; sales: number }
  scenarioId: number
  copyId: number
  ids: { property: number; lease: number; unit: number }
  user: { email: string; password: string }
  cleanup: () => Promise<void>
}

/**
 * A fresh database with the generated portfolio: a SQLite file in a temporary folder, or a
 * PostgreSQL database in a throwaway cluster (the tests' helper). The backend only changes the URL.
 */
export async function prepareDatabase(
  backend: Backend,
  spec: PortfolioSpec,
  log: (line: string) => void = console.log,
): Promise<BenchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-pages-'))
  let url: string
  let stopPostgres = async () => {}
  if (backend === 'postgres') {
    const { startPostgres } = await import('../../tests/setup/postgres')
    const pg = await startPostgres()
    stopPostgres = pg.stop
    url = pg.url
  } else {
    url = path.join(dir, 'bench.sqlite')
  }
  const handle = openDatabase(url)
  try {
    await migrateToLatest(handle.db)
    const started = performance.now()
    const generated = await generatePortfolio(handle.db, spec)
    // The map needs coordinates: spread the properties over Denmark, the same on both databases
    // (in 64-bit arithmetic: PostgreSQL refuses an integer product past 2^31).
    await handle.db
      .updateTable('property')
      .set({
        latitude: sql`54.6 + ((cast(id as bigint) * 7919) % 2900) / 1000.0`,
        longitude: sql`8.1 + ((cast(id as bigint) * 104729) % 4500) / 1000.0`,
      })
      .execute()
    log(`  generated ${JSON.stringify(generated.counts)} in ${((performance.now() - started) / 1000).toFixed(1)} s (${backend})`)
    const copy = await createScenario(handle.db, {
      name: 'Benchmark kopi',
      description: 'Kopi til sammenligning',
      basedOnId: generated.scenarioId,
    })
    if (!copy.ok) throw new Error(copy.message)
    const user = { email: 'bench@kommune.local', password: `bench-${randomBytes(12).toString('hex')}` }
    const created = await createUser(handle.db, { email: user.email, name: 'Benchmark', role: 'admin' }, user.password)
    if (!created.ok) throw new Error(created.message)
    const ids = await pickIds(handle.db)
    const sales = Number(
      (
        await handle.db
          .selectFrom('sale')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
    return {
      url,
      handle,
      counts: { ...generated.counts, sales },
      scenarioId: generated.scenarioId,
      copyId: (copy.value as { id: number }).id,
      ids,
      user,
      cleanup: async () => {
        await handle.close().catch(() => {})
        await stopPostgres()
        fs.rmSync(dir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await handle.close().catch(() => {})
    await stopPostgres()
    fs.rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

/** A property with units (an office), a tenant lease and a unit, from the middle of the register. */
async function pickIds(db: Kysely<Database>): Promise<BenchDatabase['ids']> {
  const units = await db.selectFrom('unit').select(['id', 'propertyId']).orderBy('id').execute()
  const unit = units[Math.floor(units.length / 2)]!
  const leases = await db.selectFrom('lease').select('id').where('direction', '=', 'tenant').orderBy('id').execute()
  return { property: unit.propertyId, lease: leases[Math.floor(leases.length / 2)]!.id, unit: unit.id }
}

/** computeScenario in this process on the same database: median of `runs` after one warm-up. */
export async function timeComputeScenario(db: Kysely<Database>, scenarioId: number, runs = 3): Promise<number> {
  await computeScenario(db, scenarioId)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await computeScenario(db, scenarioId)
    times.push(performance.now() - start)
  }
  return percentile(times, 50)
}

// ---------------------------------------------------------------------------------------------
// What is measured
// ---------------------------------------------------------------------------------------------

export type Kind = 'html' | 'json' | 'export'

/** Figures the time goals are relative to, measured in the same run. */
export interface Baseline {
  loginP95: number
  loginP50: number
  /** computeScenario in-process, by scenario id. */
  compute: Map<number, number>
}

export interface Target {
  group: string
  label: string
  /** Requests made one after the other for one sample (a grid page's first view: HTML, then the first rows). */
  paths: string[]
  kind: Kind
  timeGoal?: (b: Baseline) => { limitMs: number; text: string }
  timeoutMs?: number
  /** Exports: one sample, with the RSS growth while it runs. */
  once?: boolean
  /** Asked for first and not measured: the same code path on no rows, so the sample is not the first use of it. */
  warmPath?: string
  rows?: number
}

export interface Measured {
  target: Target
  samples: number[]
  status: number[]
  bytes: number
  wireBytes: number
  timedOut: boolean
  error?: string
  /** /login latencies while this target's samples ran (heavy targets only). */
  login: number[]
  rssPeak: number
  rssBefore: number | null
  body?: Buffer
  /** A sample came back 200 but cut off (isAbortedStream). */
  cut: boolean
}

const j = (v: unknown) => encodeURIComponent(JSON.stringify(v))
const block = (total: number) => Math.max(0, Math.floor((total - 1) / 100) * 100)

/** Every page and endpoint, in the order measured and printed. */
export function targets(d: Pick<BenchDatabase, 'counts' | 'scenarioId' | 'copyId' | 'ids'>): Target[] {
  const list = (b: Baseline) => ({ limitMs: GOALS.listVsLogin * b.loginP95, text: `<= ${GOALS.listVsLogin}x /login p95` })
  const scenario =
    (...ids: number[]) =>
    (b: Baseline) => {
      const ms = ids.reduce((s, id) => s + (b.compute.get(id) ?? Number.NaN), 0)
      return { limitMs: GOALS.scenarioVsCompute * ms, text: `<= ${GOALS.scenarioVsCompute}x computeScenario` }
    }
  const s = d.scenarioId
  const grid = (page: string, api: string, total: number, sortCol: string, status: string, search: string): Target[] => [
    {
      group: 'list',
      label: `${page} first view (HTML + first 100 rows)`,
      paths: [page, `${api}?offset=0&limit=100`],
      kind: 'html',
      timeGoal: list,
    },
    { group: 'grid', label: `${api} first page`, paths: [`${api}?offset=0&limit=100`], kind: 'json' },
    {
      group: 'grid',
      label: `${api} sorted by ${sortCol} desc`,
      paths: [`${api}?offset=0&limit=100&sort=${j([{ colId: sortCol, sort: 'desc' }])}`],
      kind: 'json',
    },
    {
      group: 'grid',
      label: `${api} status filter (${status})`,
      paths: [`${api}?offset=0&limit=100&filter=${j({ status: { filterType: 'set', values: [status] } })}`],
      kind: 'json',
    },
    {
      group: 'grid',
      label: `${api} quick search "${search}"`,
      paths: [`${api}?offset=0&limit=100&search=${encodeURIComponent(search)}`],
      kind: 'json',
    },
    { group: 'grid', label: `${api} deep page (offset ${block(total)})`, paths: [`${api}?offset=${block(total)}&limit=100`], kind: 'json' },
    {
      group: 'grid',
      label: `${api} sorted + filtered + deep page`,
      paths: [
        `${api}?offset=${block(total)}&limit=100&sort=${j([{ colId: sortCol, sort: 'desc' }])}&filter=${j({ status: { filterType: 'set', values: [status] } })}`,
      ],
      kind: 'json',
    },
  ]
  return [
    { group: 'front', label: '/ (front page)', paths: ['/'], kind: 'html', timeGoal: list },
    ...grid('/ejendomme', '/api/v1/properties', d.counts.properties, 'annualOperatingCostOre', 'in_use', 'kontorhus vejle'),
    ...grid('/lejemaal', '/api/v1/leases', d.counts.leases, 'annualRentOre', 'active', 'udlejer'),
    {
      group: 'list',
      label: `/salg first view (HTML + first 100 rows; ${d.counts.sales} sales)`,
      paths: ['/salg', '/api/v1/sales?offset=0&limit=100'],
      kind: 'html',
      timeGoal: list,
    },
    { group: 'list', label: '/frister (12 months)', paths: ['/frister'], kind: 'html', timeGoal: list },
    {
      group: 'list',
      label: '/frister (10 years, page 3)',
      paths: ['/frister?fra=01.01.2025&maaneder=120&side=3'],
      kind: 'html',
      timeGoal: list,
    },
    {
      group: 'list',
      label: '/kort first view (HTML + the national map view)',
      paths: ['/kort', '/api/v1/map?bbox=7.5,54.4,13.2,57.8&zoom=7'],
      kind: 'html',
      timeGoal: list,
    },
    { group: 'api', label: '/api/v1/map national view (clusters)', paths: ['/api/v1/map?bbox=7.5,54.4,13.2,57.8&zoom=7'], kind: 'json' },
    { group: 'api', label: '/api/v1/map zoomed in (points)', paths: ['/api/v1/map?bbox=9.6,55.7,9.7,55.8&zoom=14'], kind: 'json' },
    { group: 'list', label: '/flytninger', paths: ['/flytninger'], kind: 'html', timeGoal: list },
    { group: 'list', label: '/flytninger?status=planned (filtered)', paths: ['/flytninger?status=planned'], kind: 'html', timeGoal: list },
    ...unitGrid(d.counts.units, list),
    {
      group: 'list',
      label: '/scenarier (2 scenarios: the generated one and its copy)',
      paths: ['/scenarier'],
      kind: 'html',
      timeGoal: list,
    },
    { group: 'detail', label: `/ejendomme/${d.ids.property}`, paths: [`/ejendomme/${d.ids.property}`], kind: 'html' },
    // A second property page: the key figures' portfolio medians are cached per data generation.
    { group: 'detail', label: `/ejendomme/${d.ids.property + 1}`, paths: [`/ejendomme/${d.ids.property + 1}`], kind: 'html' },
    { group: 'list', label: '/noegletal', paths: ['/noegletal'], kind: 'html', timeGoal: list },
    {
      group: 'list',
      label: '/noegletal sorted by kWh/m² desc, page 20',
      paths: ['/noegletal?sorter=kwh&retning=faldende&side=20'],
      kind: 'html',
      timeGoal: list,
    },
    { group: 'detail', label: `/lejemaal/${d.ids.lease}`, paths: [`/lejemaal/${d.ids.lease}`], kind: 'html' },
    { group: 'detail', label: `/enheder/${d.ids.unit}`, paths: [`/enheder/${d.ids.unit}`], kind: 'html' },
    { group: 'scenario', label: `/scenarier/${s}`, paths: [`/scenarier/${s}`], kind: 'html', timeGoal: scenario(s), timeoutMs: 60_000 },
    {
      group: 'scenario',
      label: `/scenarier/${s}/poster?aar=full&raekke=savedOperating`,
      paths: [`/scenarier/${s}/poster?aar=full&raekke=savedOperating`],
      kind: 'json',
      timeGoal: scenario(s),
      timeoutMs: 60_000,
    },
    {
      group: 'scenario',
      label: `/api/v1/scenarios/${s}/savings`,
      paths: [`/api/v1/scenarios/${s}/savings`],
      kind: 'json',
      timeGoal: scenario(s),
      timeoutMs: 60_000,
    },
    {
      group: 'scenario',
      label: `/scenarier/sammenlign?ids=${s},${d.copyId}`,
      paths: [`/scenarier/sammenlign?ids=${s},${d.copyId}`],
      kind: 'html',
      timeGoal: scenario(s, d.copyId),
      timeoutMs: 60_000,
    },
    {
      group: 'api',
      label: '/api/v1/properties?limit=1000 (largest page)',
      paths: ['/api/v1/properties?offset=0&limit=1000'],
      kind: 'json',
    },
    { group: 'api', label: '/api/v1/sales', paths: ['/api/v1/sales'], kind: 'json' },
    // The capacity views, like the other pages, on the server that served the pages before them (they
    // were last while they took minutes; after the restart before the exports the JIT starts cold).
    { group: 'list', label: '/kapacitet', paths: ['/kapacitet'], kind: 'html', timeGoal: list },
    { group: 'list', label: '/kapacitet?side=20 (a later page)', paths: ['/kapacitet?side=20'], kind: 'html', timeGoal: list },
    { group: 'list', label: '/kapacitet?q=kontorhus (searched)', paths: ['/kapacitet?q=kontorhus'], kind: 'html', timeGoal: list },
    {
      group: 'list',
      label: `/kapacitet?ejendom=${d.ids.property} (one property's months)`,
      paths: [`/kapacitet?ejendom=${d.ids.property}`],
      kind: 'html',
      timeGoal: list,
    },
    ...exportTargets(d.counts),
  ]
}

/** The units grid (/enheder) and its endpoint, and the pickers' search. */
function unitGrid(units: number, list: Target['timeGoal']): Target[] {
  const api = '/api/v1/units'
  return [
    {
      group: 'list',
      label: '/enheder first view (HTML + first 100 rows)',
      paths: ['/enheder', `${api}?offset=0&limit=100`],
      kind: 'html',
      timeGoal: list,
    },
    {
      group: 'grid',
      label: `${api} sorted by headcount desc`,
      paths: [`${api}?offset=0&limit=100&sort=${j([{ colId: 'headcount', sort: 'desc' }])}`],
      kind: 'json',
    },
    { group: 'grid', label: `${api} quick search "Enhed 5"`, paths: [`${api}?offset=0&limit=100&search=Enhed%205`], kind: 'json' },
    { group: 'grid', label: `${api} deep page (offset ${block(units)})`, paths: [`${api}?offset=${block(units)}&limit=100`], kind: 'json' },
    {
      group: 'api',
      label: '/api/v1/choices?kind=property&q=kontor (picker)',
      paths: ['/api/v1/choices?kind=property&q=kontor'],
      kind: 'json',
    },
    { group: 'api', label: '/api/v1/choices?kind=unit&q=enhed (picker)', paths: ['/api/v1/choices?kind=unit&q=enhed'], kind: 'json' },
  ]
}

/** The exports, each warmed up first on a search that matches nothing. */
function exportTargets(counts: BenchDatabase['counts']): Target[] {
  const none = 'ingen-raekke-matcher-dette'
  const grid = (p: string, rows: number): Target => ({
    group: 'export',
    label: p,
    paths: [p],
    warmPath: `${p}?search=${none}`,
    kind: 'export',
    once: true,
    timeoutMs: 60_000,
    rows,
  })
  return [
    grid('/ejendomme/eksport.csv', counts.properties),
    grid('/ejendomme/eksport.xlsx', counts.properties),
    grid('/lejemaal/eksport.csv', counts.leases),
    grid('/lejemaal/eksport.xlsx', counts.leases),
    {
      group: 'export',
      label: '/enheder/eksport.csv',
      paths: ['/enheder/eksport.csv'],
      warmPath: `/enheder/eksport.csv?q=${none}`,
      kind: 'export',
      once: true,
      timeoutMs: 60_000,
      rows: counts.units,
    },
  ]
}

export interface SampleBudget {
  /** Time to spend on samples after the warm-up, per target. */
  budgetMs: number
  maxSamples: number
  /** Per request. */
  timeoutMs: number
  /** Targets whose warm-up takes longer get the /login probe beside them. */
  heavyMs: number
  /** After this much of the run, targets get one sample only. */
  deadline: number
}

/**
 * One target: a warm-up request (counted as a sample when it is slow), then as many samples as fit
 * the budget. Heavy targets run beside the /login probe. Stops at the first timeout.
 */
export async function measureTarget(
  client: BenchClient,
  probeClient: BenchClient,
  rss: RssSampler,
  t: Target,
  budget: SampleBudget,
): Promise<Measured> {
  const timeoutMs = t.timeoutMs ?? budget.timeoutMs
  const m: Measured = {
    target: t,
    samples: [],
    status: [],
    bytes: 0,
    wireBytes: 0,
    timedOut: false,
    login: [],
    rssPeak: 0,
    rssBefore: null,
    cut: false,
  }
  const once = async (keepBody = false) => {
    let ms = 0
    for (const [i, p] of t.paths.entries()) {
      const r = await client.request(p, { timeoutMs: timeoutMs - ms, keepBody: keepBody && i === 0 })
      ms += r.ms
      if (i === 0) {
        m.bytes = r.bytes
        m.wireBytes = r.wireBytes
        if (r.body) m.body = r.body
      }
      m.status.push(r.status)
      if (isAbortedStream(r.tail)) m.cut = true
      if (r.timedOut) m.timedOut = true
      if (r.error) m.error = r.error
      if (r.timedOut || r.error) return null
    }
    return ms
  }
  if (t.warmPath) await client.request(t.warmPath, { timeoutMs })
  m.rssBefore = rss.openWindow()
  let probe: LoginProbe | undefined
  if (t.once) {
    probe = new LoginProbe(probeClient).start()
    const ms = await once(t.label.endsWith('.csv') && t.label.startsWith('/ejendomme'))
    if (ms !== null) m.samples.push(ms)
  } else {
    // The probe runs beside the warm-up too, so the slowest pages (one request only) get a figure;
    // it is kept, and runs on beside the samples, only when the page turns out heavy.
    probe = new LoginProbe(probeClient).start()
    const warm = await once()
    const heavy = warm === null || warm >= budget.heavyMs
    if (!heavy) {
      await probe.stop()
      probe = undefined
    }
    if (warm !== null) {
      if (warm >= 1_000) m.samples.push(warm)
      const extra =
        performance.now() > budget.deadline
          ? m.samples.length
            ? 0
            : 1
          : Math.min(budget.maxSamples, Math.floor(budget.budgetMs / Math.max(warm, 1)))
      for (let i = 0; i < extra; i++) {
        const ms = await once()
        if (ms === null) break
        m.samples.push(ms)
      }
      if (!m.samples.length && warm !== null) m.samples.push(warm)
    }
  }
  if (probe) m.login = await probe.stop(m.timedOut ? 1_000 : Infinity)
  m.rssPeak = rss.closeWindow()
  return m
}

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

export const fmtMs = (v: number) => (Number.isNaN(v) ? '-' : v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en'))
const oneDecimal = (v: number) => v.toFixed(1).replace(/\.0$/, '')
export const fmtBytes = (b: number) =>
  b < 1024 ? `${b} B` : b < 1024 * 1024 ? `${oneDecimal(b / 1024)} KB` : `${oneDecimal(b / 1024 / 1024)} MB`
const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`

export const HEADER = [
  'page / endpoint',
  'n',
  'p50 ms',
  'p95 ms',
  'status',
  'size',
  'gzip',
  '/login meanwhile p95/max',
  'RSS peak',
  'time (memory) goal',
  'result',
  'size goal',
  'result',
] as const

/** One table row with OK/OVER per goal. */
export function tableRow(m: Measured, b: Baseline): string[] {
  const t = m.target
  const st = spread(m.samples)
  const badStatus = m.status.find((s) => s !== 200)
  const status = m.timedOut ? 'TIMEOUT' : m.error ? 'ERROR' : badStatus !== undefined ? String(badStatus) : m.cut ? '200 cut' : '200'
  const failed = m.timedOut ? 'TIMEOUT' : m.error || badStatus !== undefined || m.cut ? `ERROR ${status}` : null
  let timeGoal = ''
  let timeRes = ''
  if (t.timeGoal) {
    const g = t.timeGoal(b)
    timeGoal = `${g.text} (${fmtMs(g.limitMs)})`
    timeRes = failed ?? (st.p95 <= g.limitMs ? 'OK' : 'OVER')
  } else if (t.kind === 'export') {
    const growth = m.rssBefore === null ? Number.NaN : m.rssPeak - m.rssBefore
    timeGoal = `RSS growth < ${mb(GOALS.exportGrowthBytes)}: ${Number.isNaN(growth) ? '-' : `+${mb(growth)}`}`
    timeRes = m.timedOut ? 'TIMEOUT' : Number.isNaN(growth) ? '-' : growth < GOALS.exportGrowthBytes ? 'OK' : 'OVER'
  } else if (failed) {
    timeRes = failed
  }
  let sizeGoal = ''
  let sizeRes = ''
  const limit = t.kind === 'html' ? GOALS.htmlBytes : t.kind === 'json' ? GOALS.jsonBytes : null
  if (limit !== null) {
    sizeGoal = `<= ${fmtBytes(limit)}`
    sizeRes = m.timedOut ? 'TIMEOUT' : m.bytes <= limit ? 'OK' : 'OVER'
  }
  const login = m.login.length ? `${fmtMs(percentile(m.login, 95))}/${fmtMs(Math.max(...m.login))}` : ''
  const size = m.timedOut ? '-' : `${fmtBytes(m.bytes)}${t.rows ? ` (${t.rows.toLocaleString('en')} rows)` : ''}`
  return [
    t.label,
    String(st.n),
    fmtMs(st.p50),
    fmtMs(st.p95),
    status,
    size,
    m.timedOut ? '-' : fmtBytes(m.wireBytes),
    login,
    m.rssPeak ? mb(m.rssPeak) : '-',
    timeGoal,
    timeRes,
    sizeGoal,
    sizeRes,
  ]
}

export function textTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

export function markdownTable(rows: string[][]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|')
  const [head, ...body] = rows
  return [
    `| ${head!.map(esc).join(' | ')} |`,
    `| ${head!.map(() => '---').join(' | ')} |`,
    ...body.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n')
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

export interface PageBenchOptions {
  small: boolean
  backend: Backend
  markdown: boolean
  /** Override the portfolio (a test could pass a tiny one). */
  spec?: PortfolioSpec
  log?: (line: string) => void
}

export interface PageBenchResult {
  rows: string[][]
  summary: string[][]
  notes: string[]
}

/** GET /login without a session, `n` times one after the other (after `warmup` not counted). */
export async function idleLogin(client: BenchClient, n: number, warmup = 0): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await client.request('/login', { auth: false })
  const times: number[] = []
  for (let i = 0; i < n; i++) times.push((await client.request('/login', { auth: false })).ms)
  return times
}

const load = () =>
  os
    .loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')

export async function runPageBenchmark(o: PageBenchOptions): Promise<PageBenchResult> {
  const log = o.log ?? console.log
  const runStart = performance.now()
  const spec = o.spec ?? (o.small ? SCALES.small : SCALES.national)
  const budget: SampleBudget = o.small
    ? { budgetMs: 1_000, maxSamples: 20, timeoutMs: 20_000, heavyMs: 100, deadline: runStart + 60_000 }
    : { budgetMs: 4_000, maxSamples: 30, timeoutMs: 20_000, heavyMs: 250, deadline: runStart + 210_000 }
  const loadStart = load()
  log(
    `Page benchmark: Node ${process.version}, ${os.cpus().length} cores, load average ${loadStart}, ${o.backend}, ${spec.properties.toLocaleString('en')} properties, ${spec.measures.toLocaleString('en')} measures`,
  )
  log(`  build: ${ensureBuild(ROOT, log)}`)
  const db = await prepareDatabase(o.backend, spec, log)
  let server: BenchServer | undefined
  const rss = new RssSampler(() => server?.pid, 50)
  const notes: string[] = []
  try {
    // computeScenario in this process before the server starts (nothing else running); the copy has
    // the same measures, so one run of it, already warm, is enough.
    const compute = new Map<number, number>()
    compute.set(db.scenarioId, await timeComputeScenario(db.handle.db, db.scenarioId, 3))
    const copyStart = performance.now()
    await computeScenario(db.handle.db, db.copyId)
    compute.set(db.copyId, performance.now() - copyStart)
    log(`  computeScenario in-process: ${[...compute].map(([id, ms]) => `#${id} ${fmtMs(ms)} ms`).join(', ')}`)

    server = new BenchServer({ databaseUrl: db.url, port: await freePort() })
    await server.start()
    rss.start()
    const client = new BenchClient(server.url, budget.timeoutMs)
    const probeClient = new BenchClient(server.url, 60_000)
    await client.login(db.user.email, db.user.password)
    log(`  server settled after ${fmtMs(await server.settled())} ms (its background warm-up)`)
    const rssIdle = rss.sample() ?? 0
    log(`  server pid ${server.pid} on ${server.url}, logged in; RSS ${mb(rssIdle)}`)

    // /login, idle: the yardstick for list pages and the event loop. Measured at the start and again
    // at the end; the goals use both together, so one noisy moment on a shared machine weighs less.
    const idleStart = await idleLogin(probeClient, 100, 50)
    log(`  GET /login idle: p50 ${fmtMs(percentile(idleStart, 50))} ms, p95 ${fmtMs(percentile(idleStart, 95))} ms (n=100)`)

    const measured: Measured[] = []
    let csv: Buffer | undefined
    let exportsStarted = false
    for (const t of targets(db)) {
      if (t.kind === 'export' && !exportsStarted) {
        // Exports on a fresh server, so their growth is not hidden in heap the pages before left behind.
        exportsStarted = true
        await server.restart()
        await client.login(db.user.email, db.user.password)
        const waited = await server.settled()
        log(`  server restarted before the exports, settled after ${fmtMs(waited)} ms: RSS ${mb(rss.sample() ?? 0)}`)
      }
      const m = await measureTarget(client, probeClient, rss, t, budget)
      if (m.body && t.label === '/ejendomme/eksport.csv') csv = m.body
      m.body = undefined
      measured.push(m)
      const st = spread(m.samples)
      log(
        `  ${t.label}: n=${st.n} p50 ${fmtMs(st.p50)} p95 ${fmtMs(st.p95)} ms, ${m.timedOut ? 'TIMEOUT' : `${m.status.at(-1)}, ${fmtBytes(m.bytes)}`}, RSS ${mb(m.rssPeak)}`,
      )
      if (m.timedOut) {
        log(`  ${t.label} timed out after ${fmtMs(t.timeoutMs ?? budget.timeoutMs)} ms; restarting the server (its loader keeps running)`)
        await server.restart()
        await client.login(db.user.email, db.user.password)
      }
    }

    // No request blocks the others: a scenario page, an import check and an export at once, /login probed beside them.
    const file = csv ?? Buffer.from('')
    const upload = multipart({ mode: 'check' }, { field: 'fil', name: 'ejendomme.csv', type: 'text/csv', bytes: file })
    rss.openWindow()
    const probe = new LoginProbe(probeClient).start()
    const started = performance.now()
    const concurrent = await Promise.all([
      client.request(`/scenarier/${db.scenarioId}`, { timeoutMs: 60_000 }),
      client.request('/import/kontrol', {
        method: 'POST',
        body: upload.body,
        timeoutMs: 60_000,
        keepBody: true,
        headers: { 'Content-Type': upload.contentType, Origin: client.origin },
      }),
      client.request('/ejendomme/eksport.csv', { timeoutMs: 60_000 }),
    ])
    const loaded = await probe.stop(concurrent.some((r) => r.timedOut) ? 1_000 : Infinity)
    const loadedPeak = rss.closeWindow()
    const wall = performance.now() - started
    const lp = spread(loaded)
    log(`  /login while the heavy three run: p50 ${fmtMs(lp.p50)} p95 ${fmtMs(lp.p95)} max ${fmtMs(lp.max)} ms (n=${lp.n})`)
    if (concurrent.some((r) => r.timedOut)) await server.restart()

    // The front page when the national scenario is the adopted plan (it then computes it on every view).
    let front: Measured | undefined
    const promoted = await promoteScenario(db.handle.db, db.scenarioId, { caseReference: 'Benchmark', decisionDate: '2026-01-01' })
    if (promoted.ok) {
      const t: Target = {
        group: 'front',
        label: `/ (front page, scenario ${db.scenarioId} made the adopted plan)`,
        paths: ['/'],
        kind: 'html',
        timeGoal: targets(db)[0]!.timeGoal,
        timeoutMs: 60_000,
      }
      front = await measureTarget(client, probeClient, rss, t, budget)
    }

    const idleEnd = await idleLogin(probeClient, 100, 10)
    const rssEnd = rss.sample() ?? 0
    const idle = [...idleStart, ...idleEnd]
    const base: Baseline = { loginP50: percentile(idle, 50), loginP95: percentile(idle, 95), compute }

    const rows: string[][] = [[...HEADER]]
    const idleRow = (label: string, v: number[]) => [
      label,
      String(v.length),
      fmtMs(percentile(v, 50)),
      fmtMs(percentile(v, 95)),
      '200',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]
    rows.push(idleRow('GET /login idle, no session (start)', idleStart), idleRow('GET /login idle, no session (end)', idleEnd))
    rows.push([
      'GET /login idle: the yardstick (both)',
      String(idle.length),
      fmtMs(base.loginP50),
      fmtMs(base.loginP95),
      '',
      '',
      '',
      '',
      mb(rssIdle),
      '',
      '',
      '',
      '',
    ])
    for (const m of measured) rows.push(tableRow(m, base))
    const limit = GOALS.loginUnderLoad * base.loginP95
    rows.push([
      `GET /login while the 3 below run (${(wall / 1000).toFixed(1)} s)`,
      String(lp.n),
      fmtMs(lp.p50),
      fmtMs(lp.p95),
      probe.timeouts || probe.failures
        ? [probe.timeouts && `${probe.timeouts} TIMEOUT`, probe.failures && `${probe.failures} failed`].filter(Boolean).join(', ')
        : '200',
      '',
      '',
      `max ${fmtMs(lp.max)}`,
      mb(loadedPeak),
      `<= ${GOALS.loginUnderLoad}x idle p95 (${fmtMs(limit)})`,
      lp.p95 <= limit ? 'OK' : 'OVER',
      '',
      '',
    ])
    const names = [
      `/scenarier/${db.scenarioId}`,
      `POST /import/kontrol (check of the ${fmtBytes(file.length)} properties CSV)`,
      '/ejendomme/eksport.csv',
    ]
    concurrent.forEach((r, i) => {
      let note = ''
      if (i === 1 && r.body) {
        const last = r.body.toString('utf8').trim().split('\n').pop() ?? ''
        try {
          const line = JSON.parse(last) as { type: string; report?: { issueCount: number }; message?: string }
          note = line.type === 'result' ? `: ${line.report?.issueCount ?? '?'} issues` : `: ${line.type} ${line.message ?? ''}`
        } catch {
          note = ': no result line'
        }
      }
      rows.push([
        `  at once: ${names[i]}${note}`,
        '1',
        fmtMs(r.ms),
        fmtMs(r.ms),
        r.timedOut ? 'TIMEOUT' : `${r.status}${isAbortedStream(r.tail) ? ' cut' : ''}`,
        r.timedOut ? '-' : fmtBytes(r.bytes),
        r.timedOut ? '-' : fmtBytes(r.wireBytes),
        '',
        '',
        '',
        '',
        '',
        '',
      ])
    })
    if (front) rows.push(tableRow(front, base))

    const summary: string[][] = [
      ['goal', 'measured', 'result'],
      [
        `server RSS < ${mb(GOALS.rssBytes)} (sampled every ${rss.everyMs} ms)`,
        `idle ${mb(rssIdle)}, peak ${mb(rss.peak)}, at end ${mb(rssEnd)}`,
        rss.peak < GOALS.rssBytes ? 'OK' : 'OVER',
      ],
      ...[...compute].map(([id, ms]) => [`computeScenario(#${id}) in-process`, `${fmtMs(ms)} ms`, '']),
    ]
    notes.push(
      `The server was restarted ${server.restarts} time(s): once before the exports, and after each timeout (a timed-out loader keeps running).`,
    )
    if (server.errorLines)
      notes.push(
        `The server wrote ${server.errorLines} line(s) besides its request log to stderr, among them: ${[...server.errorSamples].join(' | ')}`,
      )
    notes.push(
      `Load average at the start ${loadStart}, at the end ${load()}. Total ${((performance.now() - runStart) / 1000).toFixed(0)} s.`,
    )
    notes.push('Sizes: the body as the browser reads it (gzip column: on the wire). Never fails on time.')
    return { rows, summary, notes }
  } finally {
    rss.stop()
    await server?.stop()
    await db.cleanup()
  }
}

export async function main(argv: string[]): Promise<void> {
  const dbIndex = argv.indexOf('--db')
  const backend = (dbIndex >= 0 ? argv[dbIndex + 1] : 'sqlite') as Backend
  if (backend !== 'sqlite' && backend !== 'postgres') throw new Error(`--db skal være sqlite eller postgres, ikke ${backend}`)
  const r = await runPageBenchmark({ small: argv.includes('--small'), backend, markdown: argv.includes('--markdown') })
  console.log(`\n${textTable(r.rows)}\n\n${textTable(r.summary)}\n`)
  for (const n of r.notes) console.log(n)
  if (argv.includes('--markdown')) console.log(`\n${markdownTable(r.rows)}\n\n${markdownTable(r.summary)}\n`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
