/**
 * Start the production server (server/index.mjs) over a build, with its own SQLite file and
 * session secret in `dir`, and wait until it answers. Used by the browser tests' global setup (to
 * make the demo database) and, through tests/e2e/server-process.ts, by the test files.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { freePort } from './postgres'
import { serverProcess } from '../../server/memory.mjs'

export interface AppServer {
  baseUrl: string
  port: number
  dir: string
  database: string
  process: ChildProcess
  output: () => string
  /** SIGTERM and wait for the exit. */
  stop: () => Promise<void>
  /** SIGKILL: no chance to finish anything. */
  kill9: () => Promise<void>
}

export interface ServerOptions {
  root: string
  buildDir: string
  dir: string
  env?: Record<string, string>
  args?: string[]
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()))
}

/** Spawn the server without waiting for it (for start-up refusals). */
export function spawnServerProcess(options: ServerOptions & { port: number }): { child: ChildProcess; output: () => string } {
  // As npm start runs it (scripts/start.mjs): with glibc's allocator and V8's young generation tuned.
  const { args, env } = serverProcess(path.join(options.root, 'server/index.mjs'), options.args ?? [], {
    ...process.env,
    KK_BUILD_DIR: options.buildDir,
    NODE_ENV: 'production',
    PORT: String(options.port),
    HOST: '127.0.0.1',
    DATABASE_URL: path.join(options.dir, 'app.sqlite'),
    SESSION_SECRET_FILE: path.join(options.dir, 'session-secret'),
    TRUST_PROXY: '',
    ...options.env,
  })
  const child = spawn(process.execPath, args, { cwd: options.root, stdio: ['ignore', 'pipe', 'pipe'], env })
  let log = ''
  child.stdout?.on('data', (d) => (log += String(d)))
  child.stderr?.on('data', (d) => (log += String(d)))
  return { child, output: () => log }
}

/** Start a server and wait until its log-in page answers. */
export async function startServerProcess(options: ServerOptions): Promise<AppServer> {
  const port = await freePort()
  const { child, output } = spawnServerProcess({ ...options, port })
  const baseUrl = `http://127.0.0.1:${port}`
  const until = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Serveren stoppede under opstart:\n${output()}`)
    try {
      if ((await fetch(`${baseUrl}/login`)).ok) break
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`Serveren svarede ikke inden for 90 s:\n${output()}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    baseUrl,
    port,
    dir: options.dir,
    database: path.join(options.dir, 'app.sqlite'),
    process: child,
    output,
    stop: async () => {
      child.kill('SIGTERM')
      await exited(child)
    },
    kill9: async () => {
      child.kill('SIGKILL')
      await exited(child)
    },
  }
}
