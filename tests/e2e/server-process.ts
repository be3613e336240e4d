/**
 * Production servers of the test's own (server/index.mjs over the build the e2e setup made), each
 * with its own SQLite file, for tests that lock addresses, set TRUST_PROXY, kill the server or
 * load it; and plain HTTP requests from a chosen loopback address (127.0.0.2, …), so one machine
 * can play several clients.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import Database from 'better-sqlite3'
import { inject } from 'vitest'
import { spawnServerProcess, startServerProcess, type AppServer } from '../setup/server-start'

export type { AppServer }

const ROOT = path.resolve(import.meta.dirname, '../..')

/** A fresh folder for a server's database and session secret. */
export function serverDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kk-srv-'))
}

/** A fresh folder holding a copy of the demo database the setup made (no first-start seeding). */
export function demoServerDir(): string {
  const dir = serverDir()
  fs.copyFileSync(inject('demoDatabase'), path.join(dir, 'app.sqlite'))
  return dir
}

/** Spawn the server without waiting for it (for start-up refusals). */
export function spawnServer(options: { dir: string; env?: Record<string, string>; args?: string[]; port: number }): {
  child: ChildProcess
  output: () => string
} {
  return spawnServerProcess({ root: ROOT, buildDir: inject('buildDir'), ...options })
}

/**
 * Start a server (on a copy of the demo database unless `dir` is given) and wait until it answers.
 * @example const server = await startServer({ env: { TRUST_PROXY: '127.0.0.1' } })
 */
export function startServer(options: { dir?: string; env?: Record<string, string> } = {}): Promise<AppServer> {
  return startServerProcess({ root: ROOT, buildDir: inject('buildDir'), dir: options.dir ?? demoServerDir(), env: options.env })
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
