/** Vitest global setup: one PostgreSQL cluster for all integration tests. */
import type {} from 'vitest'
import type { TestProject } from 'vitest/node'
import { startPostgres } from './postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string
  }
}

export default async function setup(project: TestProject) {
  const pg = await startPostgres()
  project.provide('pgUrl', pg.url)
  return async () => {
    await pg.stop()
  }
}
