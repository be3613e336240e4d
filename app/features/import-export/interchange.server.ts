/**
 * Export and import of a whole portfolio as one JSON file (docs/interchange.md). Import checks the
 * whole file first and writes all of it in one transaction, or nothing.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Database, NewScenarioMeasure } from '#db/schema'
import { recordAudit } from '~/server/audit.server'
import * as rows from '~/features/import-export/interchange.repo.server'
import { derivedLeaseFields } from '~/features/leases/leases.repo.server'
import { derivedPropertyFields } from '~/features/properties/properties.repo.server'
import { insertMeasures } from '~/features/scenarios/scenarios.repo.server'
import type { MeasureRecord, PortfolioDocument } from '~/features/import-export/interchange-schema'
import { checkPortfolioDocument, type PathError } from '~/features/import-export/interchange-check'
import { computeEndDate } from '~/features/leases/leases.server'
import { nowIso } from '~/core/result'

export { exportPortfolio } from './interchange-export.server'
export type { PathError } from '~/features/import-export/interchange-check'

export interface ImportCounts {
  properties: number
  leases: number
  units: number
  sales: number
  relocations: number
  scenarios: number
  measures: number
}

export type ImportResult =
  | { ok: true; counts: ImportCounts; replaced: Record<rows.PortfolioTable, number> | null }
  | { ok: false; reason: 'invalid' | 'not_empty'; message: string; errors: PathError[] }

type Ids = Map<string, number>

function idOf(ids: Ids, key: string): number {
  const id = ids.get(key)
  // The check (interchange-check.ts) has already refused unknown keys.
  if (id === undefined) throw new Error(`Intern fejl: nøglen '${key}' blev ikke indlæst`)
  return id
}
const optionalId = (ids: Ids, key: string | null) => (key === null ? null : idOf(ids, key))
const flag = (value: boolean) => (value ? 1 : 0) as 0 | 1
const zip = (records: { key: string }[], ids: number[]): Ids => new Map(records.map((r, i) => [r.key, ids[i]!]))

function measureRow(m: MeasureRecord, scenarioId: number, ids: { lease: Ids; property: Ids; unit: Ids }, now: string): NewScenarioMeasure {
  const row: NewScenarioMeasure = {
    scenarioId,
    kind: m.kind,
    status: m.status,
    enabled: flag(m.enabled),
    label: m.label,
    source: m.source,
    effectDate: m.effectDate,
    createdAt: now,
    leaseId: null,
    propertyId: null,
    unitId: null,
    toPropertyId: null,
    endDateOverride: null,
    priceOre: null,
    saleCostsOre: null,
    operatingCostShare: null,
    headcount: null,
    refurbishmentOre: null,
    addedAnnualOperatingOre: null,
    movingCostOverrideOre: null,
  }
  switch (m.kind) {
    case 'lease_termination':
      return { ...row, leaseId: idOf(ids.lease, m.leaseKey), endDateOverride: m.endDateOverride }
    case 'sale':
      return { ...row, propertyId: idOf(ids.property, m.propertyKey), priceOre: m.priceOre, saleCostsOre: m.saleCostsOre }
    case 'closure':
      return { ...row, propertyId: idOf(ids.property, m.propertyKey), operatingCostShare: m.operatingCostShare }
    case 'relocation':
      return {
        ...row,
        unitId: idOf(ids.unit, m.unitKey),
        propertyId: idOf(ids.property, m.fromPropertyKey),
        toPropertyId: idOf(ids.property, m.toPropertyKey),
        headcount: m.headcount,
        refurbishmentOre: m.refurbishmentOre,
        addedAnnualOperatingOre: m.addedAnnualOperatingOre,
        movingCostOverrideOre: m.movingCostOverrideOre,
      }
  }
}

/** The register: properties, leases, units (hierarchy after all exist), rotations and relocations, unit locations, sales. */
async function writeRegister(trx: Transaction<Database>, doc: PortfolioDocument, now: string) {
  const stamp = { createdAt: now, updatedAt: now }
  const property = zip(
    doc.properties,
    await rows.insertReturningIds(
      trx,
      'property',
      doc.properties.map(({ key: _k, ...p }) => ({ ...p, ...derivedPropertyFields(p), ...stamp })),
    ),
  )
  const propertyName = new Map(doc.properties.map((p) => [p.key, p.name]))
  const lease = zip(
    doc.leases,
    await rows.insertReturningIds(
      trx,
      'lease',
      doc.leases.map(({ key: _k, propertyKey, operatingCostPaidByMunicipality, ...l }) => ({
        ...l,
        propertyId: idOf(property, propertyKey),
        operatingCostPaidByMunicipality: flag(operatingCostPaidByMunicipality),
        endDate: computeEndDate(l),
        ...derivedLeaseFields({ counterparty: l.counterparty, propertyName: propertyName.get(propertyKey) ?? '' }),
        ...stamp,
      })),
    ),
  )
  const unit = zip(
    doc.units,
    await rows.insertReturningIds(
      trx,
      'unit',
      doc.units.map(({ key: _k, parentKey: _p, locations: _l, propertyKey, external, ...u }) => ({
        ...u,
        parentId: null,
        propertyId: idOf(property, propertyKey),
        external: flag(external),
        ...stamp,
      })),
    ),
  )
  await rows.setUnitParents(
    trx,
    doc.units.filter((u) => u.parentKey !== null).map((u) => ({ id: idOf(unit, u.key), parentId: idOf(unit, u.parentKey!) })),
  )
  const rotation = zip(
    doc.rotations,
    await rows.insertReturningIds(
      trx,
      'rotation',
      doc.rotations.map(({ key: _k, ...t }) => ({ ...t, ...stamp })),
    ),
  )
  const relocation = zip(
    doc.relocations,
    await rows.insertReturningIds(
      trx,
      'relocation',
      doc.relocations.map(({ key: _k, unitKey, fromPropertyKey, toPropertyKey, rotationKey, ...m }) => ({
        ...m,
        unitId: idOf(unit, unitKey),
        fromPropertyId: idOf(property, fromPropertyKey),
        toPropertyId: idOf(property, toPropertyKey),
        rotationId: optionalId(rotation, rotationKey),
        ...stamp,
      })),
    ),
  )
  await rows.insertRows(
    trx,
    'unitLocationHistory',
    doc.units.flatMap((u) =>
      u.locations.map(({ propertyKey, relocationKey, ...l }) => ({
        ...l,
        unitId: idOf(unit, u.key),
        propertyId: idOf(property, propertyKey),
        relocationId: optionalId(relocation, relocationKey),
        createdAt: now,
      })),
    ),
  )
  const sale = zip(
    doc.sales,
    await rows.insertReturningIds(
      trx,
      'sale',
      doc.sales.map(({ key: _k, propertyKey, steps: _s, bids: _b, ...s }) => ({ ...s, propertyId: idOf(property, propertyKey), ...stamp })),
    ),
  )
  await rows.insertRows(
    trx,
    'saleStep',
    doc.sales.flatMap((s) => s.steps.map((step) => ({ ...step, saleId: idOf(sale, s.key), createdAt: now }))),
  )
  await rows.insertRows(
    trx,
    'bid',
    doc.sales.flatMap((s) => s.bids.map((bid) => ({ ...bid, saleId: idOf(sale, s.key), createdAt: now }))),
  )
  return { property, lease, unit }
}

async function writeDocument(trx: Transaction<Database>, doc: PortfolioDocument): Promise<ImportCounts> {
  const now = nowIso()
  const ids = await writeRegister(trx, doc, now)
  const scenario = zip(
    doc.scenarios,
    await rows.insertReturningIds(
      trx,
      'scenario',
      doc.scenarios.map(({ key: _k, basedOnKey: _b, measures: _m, isBaseline, countAvoidedMaintenance, ...s }) => ({
        ...s,
        isBaseline: flag(isBaseline),
        countAvoidedMaintenance: flag(countAvoidedMaintenance),
        basedOnId: null,
        createdAt: now,
        updatedAt: now,
      })),
    ),
  )
  await rows.setScenarioOrigins(
    trx,
    doc.scenarios
      .filter((s) => s.basedOnKey !== null)
      .map((s) => ({ id: idOf(scenario, s.key), basedOnId: idOf(scenario, s.basedOnKey!) })),
  )
  const measures = doc.scenarios.flatMap((s) => s.measures.map((m) => measureRow(m, idOf(scenario, s.key), ids, now)))
  await insertMeasures(trx, measures)
  return {
    properties: doc.properties.length,
    leases: doc.leases.length,
    units: doc.units.length,
    sales: doc.sales.length,
    relocations: doc.relocations.length,
    scenarios: doc.scenarios.length,
    measures: measures.length,
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

/** `15 ejendomme, 7 lejemål, …` for the tables that hold rows. */
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
export async function importPortfolio(
  db: Kysely<Database>,
  json: unknown,
  opts: { replace?: boolean; source?: string } = {},
): Promise<ImportResult> {
  const checked = checkPortfolioDocument(json)
  if (!checked.ok)
    return { ok: false, reason: 'invalid', message: `Filen har ${checked.errors.length} fejl; intet er indlæst.`, errors: checked.errors }
  return db.transaction().execute(async (trx): Promise<ImportResult> => {
    const existing = await rows.countPortfolioRows(trx)
    const empty = Object.values(existing).every((n) => n === 0)
    if (!empty && !opts.replace) {
      const message = `Databasen indeholder allerede data (${describeCounts(existing)}); intet er indlæst. Brug --replace for at slette det og indlæse filen i stedet.`
      return { ok: false, reason: 'not_empty', message, errors: [] }
    }
    if (!empty) await rows.wipePortfolio(trx)
    const counts = await writeDocument(trx, checked.doc)
    const source = opts.source ?? 'porteføljefil'
    const summary = `Portefølje indlæst fra ${source}${empty ? '' : ` (erstattede ${describeCounts(existing)})`}`
    await recordAudit(trx, 'create', 'portfolio', source, empty ? null : existing, { ...counts }, summary)
    return { ok: true, counts, replaced: empty ? null : existing }
  })
}
