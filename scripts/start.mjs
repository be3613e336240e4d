// npm start: serve the built app (`prestart` builds it) with the production server in server/.
// The server opens, migrates and, on first start, fills the database before it listens, so a bad
// configuration stops it at once with a clear message. `npm start -- --init` passes --init on.
//
// On Linux the server runs as a child process started with glibc's allocator tuned and V8's
// young generation smaller (server/memory.mjs), read only when a process starts; where the environment already
// has those settings (a container, a service unit), or elsewhere, the server runs in this process.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { mallocTuned, serverProcess } from '../server/memory.mjs'

process.env.NODE_ENV ??= 'production'
process.env.PORT ??= '3000'

if (process.platform !== 'linux' || mallocTuned()) {
  await import('../server/index.mjs')
} else {
  const { args, env } = serverProcess(fileURLToPath(new URL('../server/index.mjs', import.meta.url)), process.argv.slice(2), process.env)
  const server = spawn(process.execPath, args, { stdio: 'inherit', env })
  // Ctrl+C and a service manager's stop reach the server, which stops cleanly; its exit code is ours.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
