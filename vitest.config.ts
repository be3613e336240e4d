import { defineConfig } from 'vitest/config'
import tsconfigPaths from 'vite-tsconfig-paths'
import BrowserLastSequencer from './tests/setup/sequencer'

/**
 * Three projects, one run: pure domain tests, database/route integration tests
 * (SQLite and PostgreSQL) and browser journeys in Chromium.
 */
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    sequence: { sequencer: BrowserLastSequencer },
    projects: [
      {
        plugins: [tsconfigPaths()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [tsconfigPaths()],
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/postgres.global.ts'],
          testTimeout: 30_000,
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
          testTimeout: 60_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 10_000, interval: 100 } },
          fileParallelism: false,
        },
      },
    ],
  },
})
