/** `import`, `export` and `schema`: the portfolio file (docs/interchange.md). */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Kysely } from 'kysely'
import type { Database } from '#db/schema'
import { migrateToLatest } from '#db/migrator'
import { interchangeJsonSchemaText } from '~/features/import-export/interchange-schema'
import { describeCounts, exportPortfolio, importPortfolio } from '~/features/import-export/interchange.server'
import { InputError, UsageError, parseCommand, writeOut } from './args'

/** Where the published JSON Schema lives, relative to this file (not the working directory). */
export const SCHEMA_FILE = fileURLToPath(new URL('../../docs/interchange.schema.json', import.meta.url))

/** Errors printed before the rest are summarised; the whole list is in the return value of importPortfolio. */
const MAX_SHOWN = 200

function onePath(positionals: string[], what: string): string {
  const [file, ...rest] = positionals
  if (!file) throw new UsageError(`Angiv ${what}.`)
  if (rest.length) throw new UsageError(`For mange argumenter: ${rest.join(' ')}`)
  return file
}

function readJson(file: string): unknown {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    throw new InputError(`Filen kan ikke læses: ${file}`)
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new InputError(`Filen er ikke gyldig JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * `import <file.json> [--replace]`: the whole file in one transaction, or nothing.
 * @example await importCommand(db, ['portefolje.json', '--replace']) // 0, or 1 with the errors printed
 */
export async function importCommand(db: Kysely<Database>, args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { replace: { type: 'boolean' } })
  const file = onePath(positionals, 'filen, der skal indlæses (import <fil.json>)')
  const json = readJson(file)
  await migrateToLatest(db)
  const result = await importPortfolio(db, json, { replace: values.replace === true, source: path.basename(file) })
  if (!result.ok) {
    const lines = result.errors.slice(0, MAX_SHOWN).map((e) => `  ${e.path || '(filen)'}: ${e.message}`)
    if (result.errors.length > MAX_SHOWN) lines.push(`  … og ${result.errors.length - MAX_SHOWN} fejl mere`)
    console.error([result.message, ...lines].join('\n'))
    return 1
  }
  const c = result.counts
  if (result.replaced) console.log(`Slettet: ${describeCounts(result.replaced)}.`)
  console.log(
    `${result.replaced ? 'Porteføljen er erstattet' : 'Indlæst'}: ${c.properties} ejendomme, ${c.leases} lejemål, ${c.units} enheder, ` +
      `${c.sales} salg, ${c.relocations} flytninger, ${c.scenarios} scenarier med ${c.measures} tiltag.`,
  )
  return 0
}

/**
 * `export <file.json>` (`-` for standard output).
 * @example await exportCommand(db, ['portefolje.json']) // 0
 */
export async function exportCommand(db: Kysely<Database>, args: string[]): Promise<number> {
  const { positionals } = parseCommand(args, {})
  const file = onePath(positionals, 'filen, der skal skrives (export <fil.json>)')
  const doc = await exportPortfolio(db)
  const text = `${JSON.stringify(doc, null, 2)}\n`
  if (file === '-') {
    await writeOut(text)
    return 0
  }
  try {
    fs.writeFileSync(file, text)
  } catch {
    throw new InputError(`Filen kan ikke skrives: ${file}`)
  }
  const measures = doc.scenarios.reduce((n, s) => n + s.measures.length, 0)
  console.log(
    `Eksporteret til ${file}: ${doc.properties.length} ejendomme, ${doc.leases.length} lejemål, ${doc.units.length} enheder, ` +
      `${doc.sales.length} salg, ${doc.relocations.length} flytninger, ${doc.scenarios.length} scenarier med ${measures} tiltag. ` +
      'Navngivne medarbejdere (kun HR) er ikke med.',
  )
  return 0
}

/**
 * `schema [file]`: regenerate the published JSON Schema (default docs/interchange.schema.json).
 * @example schemaCommand([]) // writes docs/interchange.schema.json
 */
export function schemaCommand(args: string[]): number {
  const { positionals } = parseCommand(args, {})
  const file = positionals[0] ?? SCHEMA_FILE
  fs.writeFileSync(file, interchangeJsonSchemaText())
  console.log(`JSON Schema skrevet til ${file}.`)
  return 0
}
