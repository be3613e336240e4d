/**
 * Vitest global setup for the browser tests: make sure Chromium is there, build the app once, and
 * make one demo database to copy. Each test file then serves the build on its own copy
 * (tests/e2e/app-under-test.ts), so files run side by side without seeing each other's changes.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { TestProject } from 'vitest/node'
import { ensureChromium } from './chromium'
import { startServerProcess } from './server-start'

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string
    /** The built app, for the servers the test files start (tests/e2e/server-process.ts). */
    buildDir: string
    /** A migrated SQLite file with the demo data, copied by each test file's server. */
    demoDatabase: string
  }
}

function build(root: string, buildDir: string): void {
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
}

/** The server fills a fresh database with the demo on its first start; keep that as one clean file. */
async function demoDatabase(root: string, buildDir: string, dir: string): Promise<string> {
  const server = await startServerProcess({ root, buildDir, dir })
  await server.stop()
  const demo = path.join(dir, 'demo.sqlite')
  const db = new Database(server.database, { fileMustExist: true })
  try {
    db.prepare('vacuum into ?').run(demo)
  } finally {
    db.close()
  }
  return demo
}

export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium()
  const root = path.resolve(import.meta.dirname, '../..')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-e2e-'))
  // Inside the project so the server bundle finds node_modules; one folder per run.
  const buildDir = path.join(root, '.cache', `e2e-build-${process.pid}`)
  build(root, buildDir)
  project.provide('chromiumPath', chromiumPath)
  project.provide('buildDir', buildDir)
  project.provide('demoDatabase', await demoDatabase(root, buildDir, dir))
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true })
    fs.rmSync(buildDir, { recursive: true, force: true })
  }
}
