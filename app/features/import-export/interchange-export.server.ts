/**
 * The portfolio as an interchange document (docs/interchange.md): one consistent snapshot, keys
 * numbered in id order so the same database always gives the same file.
 */
import type { ScenarioMeasure } from '#db/schema'
import { ok } from '~/core/result'
import { listAllConsumption } from '~/features/properties/consumption.server'
import type { ConsumptionYear, PropertyConsumption } from '~/features/properties/types'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import { readPortfolioRows } from './interchange.repo.server'
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, type MeasureRecord, type PortfolioDocument } from './interchange-schema'

type Keys = Map<number, string>

/** Each property's consumption years as the file writes them. */
function consumptionByProperty(rows: PropertyConsumption[]): Map<number, ConsumptionYear[]> {
  return groupBy(
    rows,
    (c) => c.propertyId,
    (c) => ({ year: c.year, heatKwh: c.heatKwh, electricityKwh: c.electricityKwh, waterLiters: c.waterLiters }),
  )
}

/** `property-1`, `property-2`, … in id order. */
function keysFor(prefix: string, rows: { id: number }[]): Keys {
  return new Map(rows.map((r, i) => [r.id, `${prefix}-${i + 1}`]))
}

/** The key of a row the database refers to (foreign keys make it exist). */
function keyOf(keys: Keys, id: number | null): string {
  return id === null ? '' : (keys.get(id) ?? '')
}
const optionalKey = (keys: Keys, id: number | null) => (id === null ? null : keyOf(keys, id))

const bool = (flag: number) => flag === 1

function groupBy<T, R>(rows: T[], by: (row: T) => number, map: (row: T) => R): Map<number, R[]> {
  const groups = new Map<number, R[]>()
  for (const row of rows) {
    const list = groups.get(by(row))
    if (list) list.push(map(row))
    else groups.set(by(row), [map(row)])
  }
  return groups
}

function measureRecord(m: ScenarioMeasure, k: { lease: Keys; property: Keys; unit: Keys }): MeasureRecord {
  const base = {
    status: m.status,
    enabled: bool(m.enabled),
    label: m.label,
    source: m.source,
    statedHeatKwh: m.statedHeatKwh,
    statedElectricityKwh: m.statedElectricityKwh,
    effectDate: m.effectDate,
  }
  // Missing amounts are written as the engine reads them (toEngineMeasure in savings.server.ts).
  switch (m.kind) {
    case 'lease_termination':
      return { kind: m.kind, ...base, leaseKey: keyOf(k.lease, m.leaseId), endDateOverride: m.endDateOverride }
    case 'sale':
      return {
        kind: m.kind,
        ...base,
        propertyKey: keyOf(k.property, m.propertyId),
        priceOre: m.priceOre ?? 0,
        saleCostsOre: m.saleCostsOre ?? 0,
      }
    case 'closure':
      return { kind: m.kind, ...base, propertyKey: keyOf(k.property, m.propertyId), operatingCostShare: m.operatingCostShare ?? 1 }
    case 'relocation':
      return {
        kind: m.kind,
        ...base,
        unitKey: keyOf(k.unit, m.unitId),
        fromPropertyKey: keyOf(k.property, m.propertyId),
        toPropertyKey: keyOf(k.property, m.toPropertyId),
        headcount: m.headcount ?? 0,
        refurbishmentOre: m.refurbishmentOre ?? 0,
        addedAnnualOperatingOre: m.addedAnnualOperatingOre ?? 0,
        movingCostOverrideOre: m.movingCostOverrideOre,
      }
  }
}

type Rows = Awaited<ReturnType<typeof readPortfolioRows>> & { consumption: Map<number, ConsumptionYear[]> }
type AllKeys = ReturnType<typeof allKeys>

function allKeys(r: Rows) {
  return {
    property: keysFor('property', r.properties),
    lease: keysFor('lease', r.leases),
    unit: keysFor('unit', r.units),
    sale: keysFor('sale', r.sales),
    rotation: keysFor('rotation', r.rotations),
    relocation: keysFor('relocation', r.relocations),
    scenario: keysFor('scenario', r.scenarios),
  }
}

function properties(r: Rows, k: AllKeys): PortfolioDocument['properties'] {
  return r.properties.map((p) => ({
    key: keyOf(k.property, p.id),
    name: p.name,
    address: p.address,
    postcode: p.postcode,
    town: p.town,
    ownership: p.ownership,
    use: p.use,
    status: p.status,
    grossAreaM2: p.grossAreaM2,
    workplaces: p.workplaces,
    annualOperatingCostOre: p.annualOperatingCostOre,
    annualMaintenanceOre: p.annualMaintenanceOre,
    maintenanceBacklogOre: p.maintenanceBacklogOre,
    latitude: p.latitude,
    longitude: p.longitude,
    energyLabel: p.energyLabel,
    energyLabelDate: p.energyLabelDate,
    heatSource: p.heatSource,
    consumption: r.consumption.get(p.id) ?? [],
    note: p.note,
  }))
}

function leases(r: Rows, k: AllKeys): PortfolioDocument['leases'] {
  return r.leases.map((l) => ({
    key: keyOf(k.lease, l.id),
    propertyKey: keyOf(k.property, l.propertyId),
    direction: l.direction,
    counterparty: l.counterparty,
    annualRentOre: l.annualRentOre,
    annualServiceOre: l.annualServiceOre,
    operatingCostPaidByMunicipality: bool(l.operatingCostPaidByMunicipality),
    startDate: l.startDate,
    noticeMonths: l.noticeMonths,
    terms: l.terms,
    nonTerminableUntil: l.nonTerminableUntil,
    noticeDate: l.noticeDate,
    status: l.status,
    note: l.note,
  }))
}

function units(r: Rows, k: AllKeys): PortfolioDocument['units'] {
  const locations = groupBy(
    r.locations,
    (l) => l.unitId,
    (l) => ({
      propertyKey: keyOf(k.property, l.propertyId),
      headcount: l.headcount,
      fromDate: l.fromDate,
      toDate: l.toDate,
      relocationKey: optionalKey(k.relocation, l.relocationId),
    }),
  )
  return r.units.map((u) => ({
    key: keyOf(k.unit, u.id),
    name: u.name,
    parentKey: optionalKey(k.unit, u.parentId),
    propertyKey: keyOf(k.property, u.propertyId),
    headcount: u.headcount,
    workplacesNeeded: u.workplacesNeeded,
    contactPerson: u.contactPerson,
    external: bool(u.external),
    locatedFrom: u.locatedFrom,
    locations: locations.get(u.id) ?? [],
  }))
}

function sales(r: Rows, k: AllKeys): PortfolioDocument['sales'] {
  const steps = groupBy(
    r.saleSteps,
    (s) => s.saleId,
    (s) => ({
      status: s.status,
      fromStatus: s.fromStatus,
      date: s.date,
      note: s.note,
      councilReference: s.councilReference,
      offeringDeadline: s.offeringDeadline,
      priceOre: s.priceOre,
      takeoverDate: s.takeoverDate,
      buyer: s.buyer,
    }),
  )
  const bids = groupBy(
    r.bids,
    (b) => b.saleId,
    (b) => ({ bidder: b.bidder, amountOre: b.amountOre, receivedDate: b.receivedDate, note: b.note }),
  )
  return r.sales.map((s) => ({
    key: keyOf(k.sale, s.id),
    propertyKey: keyOf(k.property, s.propertyId),
    status: s.status,
    designatedDate: s.designatedDate,
    councilReference: s.councilReference,
    offeringDeadline: s.offeringDeadline,
    expectedPriceOre: s.expectedPriceOre,
    realisedPriceOre: s.realisedPriceOre,
    saleCostsOre: s.saleCostsOre,
    takeoverDate: s.takeoverDate,
    buyer: s.buyer,
    note: s.note,
    steps: steps.get(s.id) ?? [],
    bids: bids.get(s.id) ?? [],
  }))
}

function relocations(r: Rows, k: AllKeys): PortfolioDocument['relocations'] {
  return r.relocations.map((m) => ({
    key: keyOf(k.relocation, m.id),
    unitKey: keyOf(k.unit, m.unitId),
    fromPropertyKey: keyOf(k.property, m.fromPropertyId),
    toPropertyKey: keyOf(k.property, m.toPropertyId),
    date: m.date,
    headcount: m.headcount,
    status: m.status,
    movingCostOre: m.movingCostOre,
    refurbishmentOre: m.refurbishmentOre,
    addedAnnualOperatingOre: m.addedAnnualOperatingOre,
    rotationKey: optionalKey(k.rotation, m.rotationId),
    note: m.note,
  }))
}

function scenarios(r: Rows, k: AllKeys): PortfolioDocument['scenarios'] {
  const measures = groupBy(
    r.measures,
    (m) => m.scenarioId,
    (m) => measureRecord(m, k),
  )
  return r.scenarios.map((s) => ({
    key: keyOf(k.scenario, s.id),
    name: s.name,
    description: s.description,
    isBaseline: bool(s.isBaseline),
    archivedAt: s.archivedAt,
    basedOnKey: optionalKey(k.scenario, s.basedOnId),
    firstYear: s.firstYear,
    lastYear: s.lastYear,
    targetAnnualOre: s.targetAnnualOre,
    deskFactor: s.deskFactor,
    movingCostPerPersonOre: s.movingCostPerPersonOre,
    countAvoidedMaintenance: bool(s.countAvoidedMaintenance),
    rentIndexationPct: s.rentIndexationPct,
    statusFilter: s.statusFilter,
    measures: measures.get(s.id) ?? [],
  }))
}

/**
 * The whole portfolio as plain JSON data (money in øre), read in one transaction so the file is
 * one consistent snapshot. Named people are left out (HR only).
 * @example fs.writeFileSync('portefolje.json', JSON.stringify(await exportPortfolio(db), null, 2))
 */
export async function exportPortfolio(db: Db, now: Date = new Date()): Promise<PortfolioDocument> {
  const read = await inTransaction(db, async (trx) => {
    const [rows, consumption] = await Promise.all([readPortfolioRows(trx), listAllConsumption(trx)])
    return ok({ ...rows, consumption })
  })
  if (!read.ok) throw new Error(read.message)
  const r: Rows = { ...read.value, consumption: consumptionByProperty(read.value.consumption) }
  const k = allKeys(r)
  return {
    format: INTERCHANGE_FORMAT,
    version: INTERCHANGE_VERSION,
    exportedAt: now.toISOString(),
    properties: properties(r, k),
    leases: leases(r, k),
    units: units(r, k),
    sales: sales(r, k),
    rotations: r.rotations.map((t) => ({ key: keyOf(k.rotation, t.id), name: t.name, description: t.description, date: t.date })),
    relocations: relocations(r, k),
    scenarios: scenarios(r, k),
  }
}
