/**
 * The app each browser-test file works against: the production server over the setup's build, on
 * the file's own copy of the demo database. Started before the file's tests and stopped after them
 * (tests/setup/app-per-file.ts), so files can run side by side and none sees another's changes.
 */
import fs from 'node:fs'
import type { AppServer } from '../setup/server-start'
import { demoServerDir, startServer } from './server-process'

let current: AppServer | undefined

export function appUnderTest(): AppServer {
  if (!current) throw new Error('Appen til testfilen er ikke startet (tests/setup/app-per-file.ts)')
  return current
}

export async function startAppUnderTest(): Promise<void> {
  current = await startServer({ dir: demoServerDir() })
}

export async function stopAppUnderTest(): Promise<void> {
  if (!current) return
  await current.stop()
  fs.rmSync(current.dir, { recursive: true, force: true })
  current = undefined
}
