/**
 * The production server: `node server/index.mjs [--init]` (npm start runs it after the build).
 * Opens, migrates and fills the database before it listens, so a wrong DATABASE_URL stops it at
 * once with a Danish message; purges expired sessions hourly; stops cleanly on SIGTERM/SIGINT.
 *   --init    first run: create the folder of a SQLite DATABASE_URL that does not exist yet
 * Settings: PORT (3000), HOST (all interfaces), TRUST_PROXY, KK_BUILD_DIR (build), and the app's (README).
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { tuneHeapGrowth } from './memory.mjs'
import { parseTrustProxy } from './proxy.mjs'

const HOUR = 60 * 60_000

function fail(message) {
  console.error(message)
  process.exit(1)
}

// Before the app (and its worker threads) start: V8's heap growth (memory.mjs).
tuneHeapGrowth()

if (process.argv.slice(2).includes('--init')) process.env.DATABASE_INIT = 'true'
// Set before React is loaded (through the app below): React picks its build by NODE_ENV once.
process.env.NODE_ENV ??= 'production'
const { createApp } = await import('./app.mjs')

let trustProxy
try {
  trustProxy = parseTrustProxy(process.env.TRUST_PROXY)
} catch (error) {
  fail(error.message)
}

const buildDir = path.resolve(process.env.KK_BUILD_DIR ?? 'build')
const build = await import(pathToFileURL(path.join(buildDir, 'server', 'index.js')).href).catch((error) =>
  fail(`Appen er ikke bygget i ${buildDir} (kør npm run build): ${error.message}`),
)
const host = build.entry.module

try {
  console.log(`Database: ${await host.openAppDatabase()}`)
} catch (error) {
  fail(error.message)
}

const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOST || undefined
const server = createApp({ build, buildDir, trustProxy }).listen(port, hostname, (error) => {
  if (error) fail(`Serveren kunne ikke lytte på port ${port}: ${error.message}`)
  console.log(`Kloge Kvadratmeter kører på http://${hostname ?? 'localhost'}:${port}/`)
})

const housekeeping = setInterval(() => {
  host.housekeeping().catch((error) => console.error('Oprydning mislykkedes:', error))
}, HOUR)
housekeeping.unref()

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  clearInterval(housekeeping)
  server.close()
  // Requests still running get a few seconds to finish.
  setTimeout(() => server.closeAllConnections(), 5000).unref()
  await new Promise((resolve) => server.once('close', resolve))
  await host.closeAppDatabase()
  process.exit(0)
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop)
