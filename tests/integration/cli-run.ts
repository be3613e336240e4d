/** Running the CLI as `npm run cli -- …` does, against a chosen database, for the CLI's tests. */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

let bundled: Promise<string> | null = null

/**
 * scripts/cli.ts as one JavaScript file, built once per test process: the same code `npm run cli`
 * runs through tsx, but a command starts in about half the time (tsx reads and transforms some
 * hundred modules at every start), and the CLI tests start some forty commands. Packages stay
 * outside the file and load from node_modules as usual; it sits in node_modules/.cache so they resolve.
 */
function cliBundle(): Promise<string> {
  bundled ??= (async () => {
    const out = path.join(ROOT, 'node_modules', '.cache', 'kk-cli', `cli-${process.pid}.mjs`)
    fs.mkdirSync(path.dirname(out), { recursive: true })
    await build({
      entryPoints: [path.join(ROOT, 'scripts/cli.ts')],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      tsconfig: path.join(ROOT, 'tsconfig.json'),
      logLevel: 'warning',
    })
    process.once('exit', () => fs.rmSync(out, { force: true }))
    return out
  })()
  return bundled
}

/**
 * `npm run cli -- …` with DATABASE_URL set (the CLI built once, see cliBundle).
 * @example const run = await cli(url, 'savings', '--scenario', 'Vedtaget plan', '--json')
 */
export async function cli(url: string, ...args: string[]): Promise<CliRun> {
  return run([await cliBundle(), ...args], url)
}

/**
 * Exactly what `npm run cli -- …` starts: scripts/cli.ts through tsx.
 * @example await cliFromSource(url, '--help')
 */
export function cliFromSource(url: string, ...args: string[]): Promise<CliRun> {
  return run(['--import', 'tsx', 'scripts/cli.ts', ...args], url)
}

function run(nodeArgs: string[], url: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += String(d)))
    child.stderr.on('data', (d) => (stderr += String(d)))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
