/**
 * Production servers of the test's own (server/index.mjs over the build the e2e setup made), each
 * with its own SQLite file, for tests that lock addresses, set TRUST_PROXY, kill the server or
 * load it; and plain HTTP requests from a chosen loopback address (127.0.0.2, …), so one machine
 * can play several clients.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { inject } from 'vitest'
import { freePort } from '../setup/postgres'

const ROOT = path.resolve(import.meta.dirname, '../..')

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

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()))
}

/** A fresh folder for a server's database and session secret. */
export function serverDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kk-srv-'))
}

/** Spawn the server without waiting for it (for start-up refusals). */
export function spawnServer(options: { dir: string; env?: Record<string, string>; args?: string[]; port: number }): {
  child: ChildProcess
  output: () => string
} {
  const child = spawn(process.execPath, [path.join(ROOT, 'server/index.mjs'), ...(options.args ?? [])], {
    cwd: ROOT,
    env: {
      ...process.env,
      KK_BUILD_DIR: inject('buildDir'),
      NODE_ENV: 'production',
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DATABASE_URL: path.join(options.dir, 'app.sqlite'),
      SESSION_SECRET_FILE: path.join(options.dir, 'session-secret'),
      TRUST_PROXY: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (d) => (log += String(d)))
  child.stderr?.on('data', (d) => (log += String(d)))
  return { child, output: () => log }
}

/**
 * Start a server (on a fresh database unless `dir` holds one) and wait until it answers.
 * @example const server = await startServer({ env: { TRUST_PROXY: '127.0.0.1' } })
 */
export async function startServer(options: { dir?: string; env?: Record<string, string> } = {}): Promise<AppServer> {
  const dir = options.dir ?? serverDir()
  const port = await freePort()
  const { child, output } = spawnServer({ dir, env: options.env, port })
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
    await new Promise((r) => setTimeout(r, 150))
  }
  return {
    baseUrl,
    port,
    dir,
    database: path.join(dir, 'app.sqlite'),
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

export interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
}

/**
 * One HTTP request from a chosen local address, the way a browser on another machine would send it.
 * @example await request(`${url}/login`, { method: 'POST', form: { email, password }, from: '127.0.0.2' })
 */
export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; form?: Record<string, string>; from?: string } = {},
): Promise<Reply> {
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined
  const target = new URL(url)
  const headers: Record<string, string> = { ...options.headers }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded'
    headers.Origin ??= target.origin
    headers['Sec-Fetch-Site'] ??= 'same-origin'
  }
  return new Promise((resolve, reject) => {
    const req = http.request(target, { method: options.method ?? (body ? 'POST' : 'GET'), headers, localAddress: options.from }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (d) => (text += d))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** The session cookie of a log-in from `from`, or null when refused. */
export async function logInAs(
  baseUrl: string,
  email: string,
  password: string,
  from?: string,
): Promise<{ status: number; cookie: string | null }> {
  const res = await request(`${baseUrl}/login`, { form: { email, password }, from })
  const setCookie = res.headers['set-cookie']?.[0]
  return { status: res.status, cookie: setCookie ? setCookie.split(';')[0]! : null }
}

/** Read the server's database (read-only) while it runs. */
export function readDatabase<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return fn(db)
  } finally {
    db.close()
  }
}
