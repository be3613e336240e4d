// npm test: lint (types, ESLint, formatting, the layering rules) beside every suite (unit, integration on SQLite and PostgreSQL, browser
// journeys in Chromium) in one Vitest run. The test setup installs and starts what it needs
// (PostgreSQL cluster, Debian Chromium). Ends with one line "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const bin = (name) => path.join('node_modules', '.bin', name)
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1

// Lint runs beside the tests (it is mostly the type checker, while the tests mostly wait on
// databases, servers and the browser); its output is printed after the tests' so the two do not mix.
const lint = new Promise((resolve) => {
  let output = ''
  const child = spawn('npm', ['run', '--silent', 'lint'], { env: { ...process.env, FORCE_COLOR: '1' } })
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  child.on('close', (code) => resolve({ code: code ?? 1, output }))
})

console.log('== Tests: unit, integration (SQLite + PostgreSQL), e2e (Chromium); lint beside them ==')
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kk-test-')), 'report.json')
const extra = process.argv.slice(2)
const status = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra])

console.log('== Lint: typegen, tsc, ESLint, Prettier, dependency rules ==')
const linted = await lint
process.stdout.write(linted.output)
let failedSteps = 0
if (linted.code !== 0) {
  console.error('Lint fejlede: se fejlene ovenfor (npm run lint).')
  failedSteps += 1
}

let passed = 0
let failed = 0
let skipped = 0
try {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'))
  passed = json.numPassedTests
  failed = json.numFailedTests
  skipped = json.numPendingTests + (json.numTodoTests ?? 0)
} catch {
  failed += 1
  console.error('Ingen testrapport: Vitest stoppede, før testene kørte.')
}
if (status !== 0 && failed === 0) failed = 1
failed += failedSteps
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed === 0 && status === 0 ? 0 : 1)
