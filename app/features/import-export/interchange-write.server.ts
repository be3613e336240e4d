/**
 * Writing a checked portfolio file (interchange-check.ts) inside the caller's transaction: records
 * get new ids and references are resolved from keys. Properties, leases and measures go through
 * their features' services; the rest of the register through this feature's repo.
 */
import type { NewScenarioMeasure } from '#db/schema'
import { sortKey } from '#db/text'
import { nowIso } from '~/core/result'
import { createImportedLeases } from '~/features/leases/leases.server'
import { createImportedConsumption } from '~/features/properties/consumption.server'
import { createImportedProperties } from '~/features/properties/properties.server'
import { createImportedMeasures } from '~/features/scenarios/scenarios.server'
import type { Db } from '~/server/db.server'
import type { MeasureRecord, PortfolioDocument } from './interchange-schema'
import * as rows from './interchange.repo.server'
import type { PortfolioSnapshot } from './fields'
import { EMPTY_MEASURE_FIELDS } from '~/features/scenarios/schemas'

/** What a portfolio import wrote, per kind (named people are counted apart). */
export type ImportCounts = Omit<PortfolioSnapshot, 'people'>

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
    ...EMPTY_MEASURE_FIELDS,
    scenarioId,
    kind: m.kind,
    status: m.status,
    enabled: flag(m.enabled),
    label: m.label,
    source: m.source,
    effectDate: m.effectDate,
    statedHeatKwh: m.statedHeatKwh ?? null,
    statedElectricityKwh: m.statedElectricityKwh ?? null,
    createdAt: now,
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

async function writeProperties(trx: Db, doc: PortfolioDocument): Promise<Ids> {
  const ids = await createImportedProperties(
    trx,
    doc.properties.map(({ key: _k, consumption: _c, ...p }) => p),
  )
  await createImportedConsumption(
    trx,
    doc.properties.map((p, i) => ({ propertyId: ids[i]!, years: p.consumption })),
  )
  return zip(doc.properties, ids)
}

async function writeLeases(trx: Db, doc: PortfolioDocument, property: Ids): Promise<Ids> {
  const propertyName = new Map(doc.properties.map((p) => [p.key, p.name]))
  const leases = doc.leases.map(({ key: _k, propertyKey, operatingCostPaidByMunicipality, ...l }) => ({
    input: { ...l, propertyId: idOf(property, propertyKey), operatingCostPaidByMunicipality: flag(operatingCostPaidByMunicipality) },
    propertyName: propertyName.get(propertyKey) ?? '',
  }))
  return zip(doc.leases, await createImportedLeases(trx, leases))
}

/** Units, then their hierarchy (a file may list a child before its parent). */
async function writeUnits(trx: Db, doc: PortfolioDocument, property: Ids, now: string): Promise<Ids> {
  const values = doc.units.map(({ key: _k, parentKey: _p, locations: _l, propertyKey, external, ...u }) => ({
    ...u,
    parentId: null,
    propertyId: idOf(property, propertyKey),
    external: flag(external),
    sortKey: sortKey(u.name),
    createdAt: now,
    updatedAt: now,
  }))
  const unit = zip(doc.units, await rows.insertReturningIds(trx, 'unit', values))
  const parents = doc.units.filter((u) => u.parentKey !== null)
  await rows.setUnitParents(
    trx,
    parents.map((u) => ({ id: idOf(unit, u.key), parentId: idOf(unit, u.parentKey!) })),
  )
  return unit
}

/** Rotations and relocations, then where each unit sat (a location may name the relocation that began it). */
async function writeRelocations(trx: Db, doc: PortfolioDocument, ids: { property: Ids; unit: Ids }, now: string): Promise<void> {
  const stamp = { createdAt: now, updatedAt: now }
  const rotations = doc.rotations.map(({ key: _k, ...t }) => ({ ...t, ...stamp }))
  const rotation = zip(doc.rotations, await rows.insertReturningIds(trx, 'rotation', rotations))
  const relocations = doc.relocations.map(({ key: _k, unitKey, fromPropertyKey, toPropertyKey, rotationKey, ...m }) => ({
    ...m,
    unitId: idOf(ids.unit, unitKey),
    fromPropertyId: idOf(ids.property, fromPropertyKey),
    toPropertyId: idOf(ids.property, toPropertyKey),
    rotationId: optionalId(rotation, rotationKey),
    ...stamp,
  }))
  const relocation = zip(doc.relocations, await rows.insertReturningIds(trx, 'relocation', relocations))
  const locations = doc.units.flatMap((u) =>
    u.locations.map(({ propertyKey, relocationKey, ...l }) => ({
      ...l,
      unitId: idOf(ids.unit, u.key),
      propertyId: idOf(ids.property, propertyKey),
      relocationId: optionalId(relocation, relocationKey),
      createdAt: now,
    })),
  )
  await rows.insertRows(trx, 'unitLocationHistory', locations)
}

async function writeSales(trx: Db, doc: PortfolioDocument, property: Ids, now: string): Promise<void> {
  const values = doc.sales.map(({ key: _k, propertyKey, steps: _s, bids: _b, ...s }) => ({
    ...s,
    propertyId: idOf(property, propertyKey),
    createdAt: now,
    updatedAt: now,
  }))
  const sale = zip(doc.sales, await rows.insertReturningIds(trx, 'sale', values))
  const steps = doc.sales.flatMap((s) => s.steps.map((step) => ({ ...step, saleId: idOf(sale, s.key), createdAt: now })))
  await rows.insertRows(trx, 'saleStep', steps)
  const bids = doc.sales.flatMap((s) => s.bids.map((bid) => ({ ...bid, saleId: idOf(sale, s.key), createdAt: now })))
  await rows.insertRows(trx, 'bid', bids)
}

/** Scenarios, then which one each was copied from, then every measure. Returns the number of measures. */
async function writeScenarios(trx: Db, doc: PortfolioDocument, ids: { lease: Ids; property: Ids; unit: Ids }, now: string) {
  const values = doc.scenarios.map(({ key: _k, basedOnKey: _b, measures: _m, isBaseline, countAvoidedMaintenance, ...s }) => ({
    ...s,
    isBaseline: flag(isBaseline),
    countAvoidedMaintenance: flag(countAvoidedMaintenance),
    basedOnId: null,
    createdAt: now,
    updatedAt: now,
  }))
  const scenario = zip(doc.scenarios, await rows.insertReturningIds(trx, 'scenario', values))
  const copies = doc.scenarios.filter((s) => s.basedOnKey !== null)
  await rows.setScenarioOrigins(
    trx,
    copies.map((s) => ({ id: idOf(scenario, s.key), basedOnId: idOf(scenario, s.basedOnKey!) })),
  )
  const measures = doc.scenarios.flatMap((s) => s.measures.map((m) => measureRow(m, idOf(scenario, s.key), ids, now)))
  await createImportedMeasures(trx, measures)
  return measures.length
}

/**
 * Write a checked document into an empty portfolio, inside the caller's transaction.
 * @example const counts = await writeDocument(trx, checked.doc)
 */
export async function writeDocument(trx: Db, doc: PortfolioDocument): Promise<ImportCounts> {
  const now = nowIso()
  const property = await writeProperties(trx, doc)
  const lease = await writeLeases(trx, doc, property)
  const unit = await writeUnits(trx, doc, property, now)
  await writeRelocations(trx, doc, { property, unit }, now)
  await writeSales(trx, doc, property, now)
  const measures = await writeScenarios(trx, doc, { lease, property, unit }, now)
  return {
    properties: doc.properties.length,
    leases: doc.leases.length,
    units: doc.units.length,
    sales: doc.sales.length,
    rotations: doc.rotations.length,
    relocations: doc.relocations.length,
    scenarios: doc.scenarios.length,
    measures,
  }
}
