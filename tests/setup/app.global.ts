/**
 * Vitest global setup for the browser tests: make sure Chromium is there, build the app, and serve
 * it with the production server (server/index.mjs) on a free port with a fresh SQLite file filled
 * with the demo data. Tests that need a server of their own start one from the same build.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { ensureChromium } from './chromium'
import { freePort } from './postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    chromiumPath: string
    /** The served app's SQLite file, for tests that check what a request changed. */
    appDatabase: string
    /** The built app, for tests that start servers of their own (tests/e2e/server-process.ts). */
    buildDir: string
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium()
  const root = path.resolve(import.meta.dirname, '../..')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-e2e-'))
  // Inside the project so the server bundle finds node_modules; one folder per run.
  const buildDir = path.join(root, '.cache', `e2e-build-${process.pid}`)
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules/@react-router/dev/bin.js'), 'build'], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, KK_BUILD_DIR: buildDir },
    })
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error)
    throw new Error(`Appen kunne ikke bygges til browsertestene:\n${stderr.slice(0, 4000)}`, { cause: error })
  }
  const port = await freePort()
  const server = spawn(process.execPath, [path.join(root, 'server/index.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      KK_BUILD_DIR: buildDir,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: path.join(dir, 'e2e.sqlite'),
      SESSION_SECRET_FILE: path.join(dir, 'session-secret'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  server.stdout?.on('data', (d) => (log += String(d)))
  server.stderr?.on('data', (d) => (log += String(d)))
  const baseUrl = `http://127.0.0.1:${port}`
  const until = Date.now() + 60_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`Appen stoppede under opstart:\n${log}`)
    try {
      const res = await fetch(`${baseUrl}/`)
      if (res.ok) break
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`Appen svarede ikke inden for 60 s:\n${log}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  project.provide('baseUrl', baseUrl)
  project.provide('chromiumPath', chromiumPath)
  project.provide('appDatabase', path.join(dir, 'e2e.sqlite'))
  project.provide('buildDir', buildDir)
  return async () => {
    server.kill('SIGTERM')
    fs.rmSync(dir, { recursive: true, force: true })
    fs.rmSync(buildDir, { recursive: true, force: true })
  }
}
