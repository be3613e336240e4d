/**
 * `npm run bench [-- <which>]`: `goal-seek` runs the "Find vej til målet" solver benchmark
 * (goal-seek.ts), `pages` the page benchmark (pages.ts, where present), nothing the savings
 * engine benchmark (run.ts). Figures and machines: docs/benchmarks.md.
 */
import fs from 'node:fs'

const SCRIPTS: Record<string, string> = { pages: './pages.ts', 'goal-seek': './goal-seek.ts', engine: './run.ts' }

const which = process.argv[2] && !process.argv[2].startsWith('-') ? process.argv[2] : 'engine'
const script = SCRIPTS[which]
if (!script || !fs.existsSync(new URL(script, import.meta.url))) {
  console.error(`Ukendt benchmark: ${which}. Brug: npm run bench [-- goal-seek|pages]`)
  process.exit(2)
}
// The chosen script reads its own options after the name.
if (which === process.argv[2]) process.argv.splice(2, 1)
await import(script)
