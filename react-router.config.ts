import type { Config } from '@react-router/dev/config'

export default {
  ssr: true,
  appDirectory: 'app',
  // The browser tests build into their own folder so a test run never races `npm start`'s build.
  buildDirectory: process.env.KK_BUILD_DIR ?? 'build',
  future: { v8_middleware: true },
} satisfies Config
