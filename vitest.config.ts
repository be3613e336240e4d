import { defineConfig } from 'vitest/config'
import tsconfigPaths from 'vite-tsconfig-paths'
import os from 'node:os'
import LongestFirstSequencer from './tests/setup/sequencer'

/**
 * Three projects, one run: pure domain tests, database/route integration tests
 * (SQLite and PostgreSQL) and browser journeys in Chromium.
 */
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    sequence: { sequencer: LongestFirstSequencer },
    // Vitest's default is one worker fewer than there are cores: a single one on a 2-core machine.
    // The files mostly wait (on a database, a server, a browser): with one file per core a fresh-clone
    // run kept 1.3 of 2 cores busy (CPU time over wall time), so run one file more than there are cores.
    maxWorkers: os.availableParallelism() + 1,
    projects: [
      {
        plugins: [tsconfigPaths()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Pure modules without state of their own: the files share one module graph per worker
          // instead of importing the app's modules afresh for each (about half the project's time).
          isolate: false,
          // Property tests run hundreds of cases; beside the browser tests on two cores, 5 s is short.
          testTimeout: 30_000,
        },
      },
      {
        plugins: [tsconfigPaths()],
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Each file opens its own databases and names them to the app (useAsAppDatabase), and the
          // app keys its caches by database: the files share one module graph per worker instead
          // of importing the app afresh for each.
          isolate: false,
          setupFiles: ['tests/setup/fresh-app-database.ts'],
          globalSetup: ['tests/setup/postgres.global.ts'],
          // Generous: the CLI and crash tests start processes, and files run side by side on few cores.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [tsconfigPaths()],
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/app.global.ts'],
          setupFiles: ['tests/setup/app-per-file.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 10_000, interval: 100 } },
        },
      },
    ],
  },
})
