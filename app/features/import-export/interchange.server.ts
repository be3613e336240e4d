/**
 * Export and import of a whole portfolio as one JSON file (docs/interchange.md). Import checks the
 * whole file first and writes all of it in one transaction, or nothing.
 */
import { fail, ok } from '~/core/result'
import { recordAudit } from '~/server/audit.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import type { PortfolioSnapshot } from './fields'
import { checkPortfolioDocument, type PathError } from './interchange-check'
import { writeDocument, type ImportCounts } from './interchange-write.server'
import * as rows from './interchange.repo.server'

export { exportPortfolio } from './interchange-export.server'
export type { PathError } from './interchange-check'
export type { ImportCounts } from './interchange-write.server'

export type ImportResult =
  | { ok: true; counts: ImportCounts; replaced: Record<rows.PortfolioTable, number> | null }
  | { ok: false; reason: 'invalid' | 'not_empty'; message: string; errors: PathError[] }

/** The portfolio's counts as its audit row stores them (fields.ts), from the counts of its tables. */
function snapshotOf(counts: Record<rows.PortfolioTable, number>): Omit<PortfolioSnapshot, 'measures'> {
  return {
    properties: counts.property,
    leases: counts.lease,
    units: counts.unit,
    sales: counts.sale,
    rotations: counts.rotation,
    relocations: counts.relocation,
    scenarios: counts.scenario,
    people: counts.person,
  }
}

const TABLE_WORDS: Record<rows.PortfolioTable, string> = {
  property: 'ejendomme',
  lease: 'lejemål',
  unit: 'enheder',
  sale: 'salg',
  rotation: 'rokader',
  relocation: 'flytninger',
  scenario: 'scenarier',
  person: 'navngivne medarbejdere',
}

/**
 * `15 ejendomme, 7 lejemål, …` for the tables that hold rows.
 * @example describeCounts({ property: 15, lease: 7, unit: 0, … }) // '15 ejendomme, 7 lejemål'
 */
export function describeCounts(counts: Record<rows.PortfolioTable, number>): string {
  return (Object.keys(TABLE_WORDS) as rows.PortfolioTable[])
    .filter((t) => counts[t] > 0)
    .map((t) => `${counts[t]} ${TABLE_WORDS[t]}`)
    .join(', ')
}

/**
 * Import a portfolio file (parsed JSON). The whole file is checked first; any error means nothing
 * is written and every error is returned with its path. A database that already holds a
 * portfolio is refused unless `replace` is set: then the old portfolio (named people included) is
 * deleted and the new one written in the same transaction. One audit row records the import.
 * @example const r = await importPortfolio(db, JSON.parse(text), { replace: true })
 */
export async function importPortfolio(db: Db, json: unknown, opts: { replace?: boolean; source?: string } = {}): Promise<ImportResult> {
  const checked = checkPortfolioDocument(json)
  if (!checked.ok)
    return { ok: false, reason: 'invalid', message: `Filen har ${checked.errors.length} fejl; intet er indlæst.`, errors: checked.errors }
  const result = await inTransaction(db, async (trx) => {
    const existing = await rows.countPortfolioRows(trx)
    const empty = Object.values(existing).every((n) => n === 0)
    if (!empty && !opts.replace) {
      return fail(
        'blocked',
        `Databasen indeholder allerede data (${describeCounts(existing)}); intet er indlæst. Brug --replace for at slette det og indlæse filen i stedet.`,
      )
    }
    if (!empty) await rows.wipePortfolio(trx)
    const counts = await writeDocument(trx, checked.doc)
    const source = opts.source ?? 'porteføljefil'
    const summary = `Portefølje indlæst fra ${source}${empty ? '' : ` (erstattede ${describeCounts(existing)})`}`
    const after: PortfolioSnapshot = { ...counts, people: 0 }
    await recordAudit(trx, 'create', 'portfolio', source, empty ? null : snapshotOf(existing), after, summary)
    return ok({ counts, replaced: empty ? null : existing })
  })
  return result.ok ? { ok: true, ...result.value } : { ok: false, reason: 'not_empty', message: result.message, errors: [] }
}
