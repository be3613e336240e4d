// npm start: serve the built app. The database is opened, migrated and (when empty) seeded by the
// app on its first request; we warm it up here so the first visitor does not wait and a bad
// configuration stops the server at once with a clear message.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
process.env.NODE_ENV ??= 'production'
process.env.PORT ??= '3000'
const serve = path.join(path.dirname(require.resolve('@react-router/serve/package.json')), 'bin.js')
const child = spawn(process.execPath, [serve, './build/server/index.js'], { stdio: 'inherit', env: process.env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))

const url = `http://localhost:${process.env.PORT}/`
for (let i = 0; i < 100; i++) {
  await new Promise((r) => setTimeout(r, 200))
  try {
    const res = await fetch(url)
    console.log(res.ok ? `Kloge Kvadratmeter kører på ${url}` : `Serveren svarer ${res.status} på ${url}; se loggen ovenfor.`)
    break
  } catch {
    /* not listening yet */
  }
}
