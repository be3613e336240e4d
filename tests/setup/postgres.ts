/**
 * A throwaway PostgreSQL cluster for the tests, from the machine's Debian packages.
 * Installs `postgresql` with apt when it is missing and we are root; runs the server as the
 * `postgres` user when we are root (PostgreSQL refuses to run as root).
 * Set TEST_DATABASE_URL to use an existing server instead.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export interface RunningPostgres {
  url: string
  stop: () => Promise<void>
}

const HOW_TO =
  'Installer PostgreSQL (Debian: `apt-get install -y postgresql`) eller sæt TEST_DATABASE_URL=postgres://bruger@vært:port/db ' +
  'til en server, hvor brugeren må oprette databaser.'

function findBinDir(): string | null {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim()
    if (fs.existsSync(path.join(dir, 'initdb'))) return dir
  } catch {
    /* fall through to the Debian layout */
  }
  const root = '/usr/lib/postgresql'
  if (!fs.existsSync(root)) return null
  const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))
  for (const v of versions) {
    const dir = path.join(root, v, 'bin')
    if (fs.existsSync(path.join(dir, 'initdb'))) return dir
  }
  return null
}

function ensureInstalled(): string {
  let dir = findBinDir()
  if (dir) return dir
  if (process.getuid?.() === 0) {
    console.log('[postgres] PostgreSQL mangler; installerer Debians pakke …')
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null'], {
      stdio: 'inherit',
    })
    dir = findBinDir()
    if (dir) return dir
  }
  throw new Error(`Ingen PostgreSQL fundet til testene. ${HOW_TO}`)
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Start a cluster on a free loopback port; resolves when it accepts connections. */
export async function startPostgres(): Promise<RunningPostgres> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: async () => {} }
  const bin = ensureInstalled()
  const asRoot = process.getuid?.() === 0
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-pg-'))
  const data = path.join(dir, 'data')
  fs.mkdirSync(data)
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir])
  const run = (cmd: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' }) : execFileSync(cmd, args, { stdio: 'pipe' })
  try {
    run(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'])
  } catch (e) {
    throw new Error(`initdb fejlede: ${(e as { stderr?: Buffer }).stderr?.toString() ?? e}. ${HOW_TO}`, { cause: e })
  }
  const port = await freePort()
  const args = [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=200',
  ]
  const postgresBin = path.join(bin, 'postgres')
  const child: ChildProcess = asRoot
    ? spawn('runuser', ['-u', 'postgres', '--', postgresBin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn(postgresBin, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (d) => (stderr += String(d)))
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  await waitForReady(
    url,
    30_000,
    () => child.exitCode !== null,
    () => stderr,
  )
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        if (asRoot) {
          const pid = fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]
          if (pid) process.kill(Number(pid), 'SIGINT')
        } else child.kill('SIGINT')
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))])
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function waitForReady(url: string, ms: number, died: () => boolean, log: () => string) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (died()) throw new Error(`PostgreSQL stoppede under opstart: ${log()}. ${HOW_TO}`)
    const client = new pg.Client({ connectionString: url })
    try {
      await client.connect()
      await client.query('select 1')
      return
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    } finally {
      await client.end().catch(() => {})
    }
  }
  throw new Error(`PostgreSQL startede ikke inden for ${ms / 1000} s: ${log()}. ${HOW_TO}`)
}
