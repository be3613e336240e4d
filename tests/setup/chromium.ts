/**
 * Debian's Chromium for the browser tests: installed with apt when missing and we are root;
 * never a browser download.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function ensureChromium(): string {
  if (fs.existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH
  if (process.getuid?.() === 0) {
    console.log('[e2e] Chromium mangler; installerer Debians pakke chromium …')
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], {
      stdio: 'inherit',
    })
    if (fs.existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH
  }
  throw new Error(
    `Chromium findes ikke på ${CHROMIUM_PATH}. Installer den med \`apt-get install -y chromium\` (som root), ` +
      'eller sæt CHROMIUM_PATH til en Chromium/Chrome.',
  )
}

/** Flags for headless Chromium on a closed network, as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
