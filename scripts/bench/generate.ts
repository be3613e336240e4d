/**
 * A deterministic portfolio generator for the benchmark: properties, leases, units and one
 * scenario with a mix of measures, written to a fresh SQLite file through Kysely in one
 * transaction. The same seed gives the same portfolio on every machine.
 *   npx tsx scripts/bench/generate.ts <file.sqlite> [properties] [measures]
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Kysely, Transaction } from 'kysely'
import { openDatabase, type DatabaseHandle } from '#db/connection'
import { migrateToLatest } from '#db/migrator'
import type { Database, NewLease, NewProperty, NewScenarioMeasure, NewUnit, PropertyUse } from '#db/schema'
import { sortKey } from '#db/text'
import { derivedLeaseFields } from '~/features/leases/leases.repo.server'
import { derivedPropertyFields } from '~/features/properties/properties.repo.server'
import { insertReturningIds } from '~/features/import-export/interchange.repo.server'
import { insertMeasures, insertScenario } from '~/features/scenarios/scenarios.repo.server'
import { defaultAssumptions } from '~/features/scenarios/scenarios.server'
import { EMPTY_MEASURE_FIELDS } from '~/features/scenarios/schemas'
import { addDays } from '~/core/dates'

export interface PortfolioSpec {
  seed: number
  properties: number
  measures: number
}

export interface GeneratedPortfolio {
  scenarioId: number
  counts: { properties: number; leases: number; units: number; measures: number }
}

/** mulberry32: small, fast and good enough to spread test data; not for anything secret. */
function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[items[i], items[j]] = [items[j]!, items[i]!]
    }
    return items
  }
  return { next, int, pick, shuffle }
}

type Rng = ReturnType<typeof prng>

const TOWNS = [
  'Hedensted',
  'Juelsminde',
  'Tørring',
  'Løsning',
  'Åbenrå',
  'Ærøskøbing',
  'Ølstykke',
  'Aabybro',
  'Vejle',
  'Horsens',
  'Odder',
  'Skive',
]
const USES: PropertyUse[] = ['administration', 'school', 'daycare', 'care', 'culture', 'sports', 'technical', 'housing', 'other']
const FIRST_YEAR = 2025
const kr = (kroner: number) => Math.round(kroner) * 100

function isoDay(rng: Rng, fromYear: number, years: number): string {
  const d = new Date(Date.UTC(fromYear, 0, 1) + rng.int(0, years * 365 - 1) * 86_400_000)
  return d.toISOString().slice(0, 10)
}

function propertyRows(rng: Rng, n: number, now: string): NewProperty[] {
  return Array.from({ length: n }, (_, i) => {
    const leased = rng.next() < 0.3
    const office = rng.next() < 0.45
    const town = rng.pick(TOWNS)
    const area = rng.int(150, office ? 9000 : 4000)
    const p = {
      name: `${office ? 'Kontorhus' : 'Ejendom'} ${town} ${i + 1}`,
      address: `Vejen ${rng.int(1, 250)}`,
      postcode: String(rng.int(1000, 9990)),
      town,
      ownership: leased ? ('leased' as const) : ('owned' as const),
      use: office ? ('administration' as const) : rng.pick(USES),
      status: 'in_use' as const,
      grossAreaM2: area,
      workplaces: office ? Math.round(area / rng.int(18, 30)) : 0,
      annualOperatingCostOre: kr(area * rng.int(250, 600)),
      annualMaintenanceOre: leased ? 0 : kr(area * rng.int(40, 150)),
      maintenanceBacklogOre: leased ? 0 : kr(area * rng.int(0, 900)),
      latitude: null,
      longitude: null,
      note: 'Benchmarkdata',
    }
    return { ...p, ...derivedPropertyFields(p), createdAt: now, updatedAt: now }
  })
}

function leaseRows(rng: Rng, props: NewProperty[], ids: number[], now: string): NewLease[] {
  const rows: NewLease[] = []
  props.forEach((p, i) => {
    const tenant = p.ownership === 'leased'
    if (!tenant && rng.next() > 0.1) return
    const counterparty = tenant ? `Udlejer ${i + 1} A/S` : `Lejer ${i + 1}`
    rows.push({
      propertyId: ids[i]!,
      direction: tenant ? 'tenant' : 'landlord',
      counterparty,
      annualRentOre: kr((p.grossAreaM2 ?? 0) * rng.int(tenant ? 700 : 200, tenant ? 1500 : 600)),
      annualServiceOre: tenant ? kr((p.grossAreaM2 ?? 0) * rng.int(30, 120)) : 0,
      operatingCostPaidByMunicipality: rng.next() < 0.5 ? 1 : 0,
      startDate: isoDay(rng, 2005, 15),
      noticeMonths: rng.pick([3, 6, 6, 12]),
      terms: rng.next() < 0.8 ? 'month' : 'quarter',
      nonTerminableUntil: rng.next() < 0.15 ? isoDay(rng, FIRST_YEAR, 3) : null,
      noticeDate: null,
      endDate: null,
      status: 'active',
      note: '',
      ...derivedLeaseFields({ counterparty, propertyName: p.name }),
      createdAt: now,
      updatedAt: now,
    })
  })
  return rows
}

function unitRows(rng: Rng, props: NewProperty[], ids: number[], now: string): NewUnit[] {
  const rows: NewUnit[] = []
  props.forEach((p, i) => {
    const desks = p.workplaces ?? 0
    if (desks === 0) return
    const parts = rng.int(2, 4)
    for (let u = 0; u < parts; u++) {
      rows.push({
        name: `Enhed ${i + 1}.${u + 1}`,
        sortKey: sortKey(`Enhed ${i + 1}.${u + 1}`),
        parentId: null,
        propertyId: ids[i]!,
        headcount: Math.max(1, Math.round((desks * 0.9) / parts)),
        workplacesNeeded: null,
        contactPerson: '',
        external: 0,
        locatedFrom: null,
        createdAt: now,
        updatedAt: now,
      })
    }
  })
  return rows
}

type MeasureRow = Omit<NewScenarioMeasure, 'scenarioId'>

interface Register {
  props: NewProperty[]
  propIds: number[]
  leases: NewLease[]
  leaseIds: number[]
  units: NewUnit[]
  unitIds: number[]
}

/** Where units can move: owned offices kept in the scenario, with the desks still free (at desk factor 0,8). */
function destinations(rng: Rng, r: Register, disposed: Set<number>) {
  const offices = r.props
    .map((_, i) => i)
    .filter((i) => r.props[i]!.ownership === 'owned' && (r.props[i]!.workplaces ?? 0) > 0 && !disposed.has(i))
  const spare = new Map(offices.map((i) => [r.propIds[i]!, r.props[i]!.workplaces ?? 0]))
  for (const u of r.units) if (spare.has(u.propertyId)) spare.set(u.propertyId, spare.get(u.propertyId)! - 0.8 * (u.headcount ?? 0))
  const free = (i: number) => spare.get(r.propIds[i]!)!
  /** The roomiest of a few offices picked at random, as a planner would shortlist them. */
  return {
    /** A destination for up to `upTo` people from `from`, and how many of them it takes (all, when nothing is free). */
    take(upTo: number, from: number): { dest: number; headcount: number } {
      let dest = rng.pick(offices)
      const fits = () => free(dest) >= 0.8 * upTo
      for (let tries = 0; tries < 12 || dest === from || (!fits() && tries < 200); tries++) {
        const other = rng.pick(offices)
        if (other !== from && (dest === from || free(other) > free(dest))) dest = other
      }
      const room = Math.floor(free(dest) / 0.8)
      const moving = room >= 1 ? Math.min(upTo, room) : upTo
      spare.set(r.propIds[dest]!, free(dest) - 0.8 * moving)
      return { dest, headcount: moving }
    },
  }
}

/**
 * A fifth each of lease terminations, sales and closures, and relocations for the rest:
 * first the units in premises the scenario gives up (moving on the notice date, or two weeks
 * before a sale or closure), then other moves between offices. Sales and closures take empty
 * buildings first, and moves look for free desks, so conflicts stay few, as in a real plan.
 */
function measureRows(rng: Rng, n: number, r: Register, now: string): MeasureRow[] {
  const empty = {
    enabled: 1 as const,
    source: 'manual' as const,
    createdAt: now,
    ...EMPTY_MEASURE_FIELDS,
  }
  const status = () => rng.pick(['proposal', 'decided', 'realised'] as const)
  const fifth = Math.ceil(n / 5)
  const propIndex = new Map(r.propIds.map((id, i) => [id, i]))
  const unitsAt = new Map<number, number[]>()
  r.units.forEach((u, i) => unitsAt.set(propIndex.get(u.propertyId)!, [...(unitsAt.get(propIndex.get(u.propertyId)!) ?? []), i]))
  const vacate: { unit: number; date: string }[] = []
  const rows: MeasureRow[] = []

  const tenantLeases = rng.shuffle(r.leases.map((_, i) => i).filter((i) => r.leases[i]!.direction === 'tenant')).slice(0, fifth)
  for (const i of tenantLeases) {
    const date = isoDay(rng, FIRST_YEAR, 5)
    rows.push({
      ...empty,
      kind: 'lease_termination',
      status: status(),
      label: `Opsig ${r.leases[i]!.counterparty}`,
      leaseId: r.leaseIds[i]!,
      effectDate: date,
    })
    for (const unit of unitsAt.get(propIndex.get(r.leases[i]!.propertyId)!) ?? []) vacate.push({ unit, date })
  }
  const owned = rng
    .shuffle(r.props.map((_, i) => i).filter((i) => r.props[i]!.ownership === 'owned'))
    .sort((a, b) => ((r.props[a]!.workplaces ?? 0) ? 1 : 0) - ((r.props[b]!.workplaces ?? 0) ? 1 : 0))
  const disposed = new Set(owned.slice(0, 2 * fifth))
  owned.slice(0, 2 * fifth).forEach((i, k) => {
    const p = r.props[i]!
    const date = isoDay(rng, FIRST_YEAR + 1, 5)
    const common = { ...empty, status: status(), propertyId: r.propIds[i]!, effectDate: date }
    if (k < fifth) {
      rows.push({
        ...common,
        kind: 'sale',
        label: `Sælg ${p.name}`,
        priceOre: kr((p.grossAreaM2 ?? 0) * rng.int(2000, 12000)),
        saleCostsOre: kr(rng.int(20_000, 150_000)),
      })
    } else {
      rows.push({ ...common, kind: 'closure', label: `Luk ${p.name}`, operatingCostShare: rng.pick([0.25, 0.5, 1]) })
    }
    for (const unit of unitsAt.get(i) ?? []) vacate.push({ unit, date: addDays(date, -14) })
  })

  const to = destinations(rng, r, disposed)
  const moved = new Set(vacate.map((v) => v.unit))
  const others = rng
    .shuffle(r.units.map((_, i) => i).filter((i) => !moved.has(i)))
    .map((unit) => ({ unit, date: isoDay(rng, FIRST_YEAR, 6) }))
  for (const { unit: u, date } of [...vacate, ...others]) {
    const unit = r.units[u]!
    const from = propIndex.get(unit.propertyId)!
    // A unit that must leave moves whole, in parts when no one office has room; other moves send
    // as many as the roomiest office on the shortlist takes.
    let remaining = unit.headcount ?? 0
    do {
      if (rows.length >= n) break
      const { dest, headcount } = to.take(remaining, from)
      rows.push({
        ...empty,
        kind: 'relocation',
        status: status(),
        label: `Flyt ${unit.name}`,
        unitId: r.unitIds[u]!,
        propertyId: unit.propertyId,
        toPropertyId: r.propIds[dest]!,
        effectDate: date,
        headcount,
        refurbishmentOre: kr(rng.int(0, 400_000)),
        addedAnnualOperatingOre: kr(rng.int(0, 100_000)),
        movingCostOverrideOre: null,
      })
      remaining = moved.has(u) ? remaining - headcount : 0
    } while (remaining > 0)
  }
  return rows.slice(0, n)
}

/**
 * Fill an empty, migrated database with a generated portfolio and one scenario of its measures.
 * @example await generatePortfolio(db, { seed: 2, properties: 20_000, measures: 20_000 })
 */
export async function generatePortfolio(db: Kysely<Database>, spec: PortfolioSpec): Promise<GeneratedPortfolio> {
  const rng = prng(spec.seed)
  const now = new Date(Date.UTC(2025, 0, 1)).toISOString()
  return db.transaction().execute(async (trx: Transaction<Database>) => {
    const props = propertyRows(rng, spec.properties, now)
    const propIds = await insertReturningIds(trx, 'property', props)
    const leases = leaseRows(rng, props, propIds, now)
    const leaseIds = await insertReturningIds(trx, 'lease', leases)
    const units = unitRows(rng, props, propIds, now)
    const unitIds = await insertReturningIds(trx, 'unit', units)
    const measures = measureRows(rng, spec.measures, { props, propIds, leases, leaseIds, units, unitIds }, now)
    const scenarioId = await insertScenario(trx, {
      ...defaultAssumptions(now),
      name: `Benchmark ${spec.measures} tiltag`,
      firstYear: FIRST_YEAR,
      lastYear: FIRST_YEAR + 9,
    })
    await insertMeasures(
      trx,
      measures.map((m) => ({ ...m, scenarioId })),
    )
    return { scenarioId, counts: { properties: props.length, leases: leases.length, units: units.length, measures: measures.length } }
  })
}

/** A new SQLite file at `file` (replaced if it exists), migrated and filled. */
export async function createBenchDatabase(file: string, spec: PortfolioSpec): Promise<{ handle: DatabaseHandle } & GeneratedPortfolio> {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true })
  const handle = openDatabase(file)
  await migrateToLatest(handle.db)
  return { handle, ...(await generatePortfolio(handle.db, spec)) }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [file, properties = '20000', measures = '20000'] = process.argv.slice(2)
  if (!file) {
    console.error('Brug: npx tsx scripts/bench/generate.ts <fil.sqlite> [ejendomme] [tiltag]')
    process.exit(2)
  }
  const { handle, counts } = await createBenchDatabase(file, { seed: 2, properties: Number(properties), measures: Number(measures) })
  await handle.close()
  console.log(`${file}: ${JSON.stringify(counts)}`)
}
