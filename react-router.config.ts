import type { Config } from '@react-router/dev/config'

export default {
  ssr: true,
  appDirectory: 'app',
  // The browser tests build into their own folder so a test run never races `npm start`'s build.
  buildDirectory: process.env.KK_BUILD_DIR ?? 'build',
  future: { v8_middleware: true },
  // The whole route manifest comes with the first page (a few KB for this app's routes), instead of
  // being discovered as links appear. With lazy discovery a form's live check, started before its
  // route was known, was revalidated after a save against the catch-all route and showed the error
  // page (tests/e2e/relocations.test.ts caught it).
  routeDiscovery: { mode: 'initial' },
} satisfies Config
