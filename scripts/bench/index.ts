/**
 * `npm run bench [-- <name> …]`: picks a benchmark.
 *   npm run bench                     the savings engine (run.ts)
 *   npm run bench -- pages [--small]  pages and endpoints through the built server (pages.ts)
 *   npm run bench -- goal-seek        goal-seek.ts, where that benchmark exists
 *   npm run bench -- import [rows]    the import check's growth in rows, the request thread beside it (import.ts)
 * Each script then runs as if started directly, with the remaining arguments.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const [name, ...rest] = process.argv.slice(2)
const named: Record<string, string> = { pages: 'pages.ts', 'goal-seek': 'goal-seek.ts', import: 'import.ts' }
const chosen = name && named[name] && fs.existsSync(path.join(here, named[name])) ? named[name] : null
if (name && named[name] && !chosen) {
  console.error(`Ingen benchmark ${name} her (${named[name]} findes ikke).`)
  process.exit(2)
}
const script = path.join(here, chosen ?? 'run.ts')
// The chosen script sees itself as the entry point, with only its own arguments.
process.argv = [process.argv[0]!, script, ...(chosen ? rest : process.argv.slice(2))]
await import(pathToFileURL(script).href)
