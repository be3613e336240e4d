import type { IsoDate } from '~/core/dates'
import { formatNumberDa, Money } from '~/core/money'
import { SHARE_SCALE } from './accrual'
import type { EngineContext } from './measures'
import type {
  Category,
  ClosureMeasure,
  Conflict,
  Contribution,
  LeaseInput,
  LeaseTerminationMeasure,
  Measure,
  RelocationMeasure,
  SaleMeasure,
} from './types'

interface Builder {
  ctx: EngineContext
  contributions: Contribution[]
  /** Per contribution: the cost it saves a share of, when several measures may save it; else -1. */
  sources: number[]
  conflicts: Conflict[]
  soldProperties: Set<number>
}

/** Numeric keys for the costs measures share (cheaper than strings for 50,000 contributions). */
const operatingOf = (propertyId: number) => propertyId * 4
const maintenanceOf = (propertyId: number) => propertyId * 4 + 1
const rentOf = (leaseId: number) => leaseId * 4 + 2
/** Never one of the keys above (those are 4n, 4n+1 and 4n+2). */
const NO_SOURCE = -1

/**
 * How a contribution counts, beyond its amount. Always the full shape (constants for the common
 * cases), so reading it stays monomorphic for 50,000 contributions.
 */
interface Terms {
  recurring: boolean
  shareMicro: number
  quantityMilli: number
  indexed: boolean
  partsOre: [number, number] | undefined
  perPerson: boolean
}

const terms = (o: Partial<Terms>): Terms => ({
  recurring: o.recurring ?? true,
  shareMicro: o.shareMicro ?? SHARE_SCALE,
  quantityMilli: o.quantityMilli ?? 1000,
  indexed: o.indexed ?? false,
  partsOre: o.partsOre,
  perPerson: o.perPerson ?? false,
})
const RECURRING = terms({})
const INDEXED = terms({ indexed: true })
const ONE_OFF = terms({ recurring: false })

/**
 * Percent from millionths, Danish style.
 *
 * @example formatShare(333_333) // '33,3333 %'
 */
export function formatShare(micro: number): string {
  const percent = new Money(micro).div(10_000)
  return `${formatNumberDa(percent, percent.decimalPlaces())}\u00a0%`
}

const missingLeaseText = (leaseId: number) => `Tiltaget henviser til et lejemål (id ${leaseId}), der ikke findes.`

/** Why a measure has no effective date, in Danish. */
function undatedText(measure: Measure, ctx: EngineContext): string {
  if (measure.kind !== 'lease_termination') return 'Tiltaget har en ugyldig dato og er ikke regnet med.'
  if (!ctx.leases.has(measure.leaseId)) return missingLeaseText(measure.leaseId)
  return 'Opsigelsen har en ugyldig dato eller et ugyldigt varsel og er ikke regnet med.'
}

function invalid(b: Builder, measure: Measure, message: string, propertyId?: number): void {
  const conflict: Conflict = { kind: 'invalid_measure', measureId: measure.id, message }
  if (propertyId !== undefined) conflict.propertyId = propertyId
  b.conflicts.push(conflict)
}

/** What a measure's contributions have in common. */
interface Target {
  measure: Measure
  label: string
  from: IsoDate
  propertyId: number
  propertyName: string
  leaseId: number | undefined
  leaseName: string | undefined
  unitId: number | undefined
}

function target(m: Measure, label: string, from: IsoDate, propertyId: number, propertyName: string): Target {
  const none = undefined
  return { measure: m, label, from, propertyId, propertyName, leaseId: none, leaseName: none, unitId: none }
}

/** Adds a contribution; every object gets the same shape, which keeps 50,000 of them cheap. */
function add(b: Builder, t: Target, category: Category, amountOre: number, how: Terms, source: number): void {
  const { shareMicro, quantityMilli } = how
  if (amountOre === 0 || shareMicro === 0 || quantityMilli === 0) return
  const contribution: Contribution = {
    measureId: t.measure.id,
    measureKind: t.measure.kind,
    label: t.label,
    propertyId: t.propertyId,
    propertyName: t.propertyName,
    leaseId: t.leaseId,
    leaseName: t.leaseName,
    unitId: t.unitId,
    category,
    recurring: how.recurring,
    from: t.from,
    amountOre,
    shareMicro,
    requestedShareMicro: shareMicro,
    quantityMilli,
    indexed: how.indexed,
    partsOre: how.partsOre,
    perPerson: how.perPerson,
  }
  b.contributions.push(contribution)
  b.sources.push(source)
}

/** A target for a lease's contributions. */
function leaseTarget(m: Measure, label: string, from: IsoDate, lease: LeaseInput, propertyName: string): Target {
  const t = target(m, label, from, lease.propertyId, propertyName)
  t.leaseId = lease.id
  t.leaseName = lease.name
  return t
}

function addTermination(b: Builder, m: LeaseTerminationMeasure, label: string, from: IsoDate): void {
  const lease = b.ctx.leases.get(m.leaseId)
  if (!lease) return invalid(b, m, missingLeaseText(m.leaseId))
  const property = b.ctx.properties.get(lease.propertyId)
  const t = leaseTarget(m, label, from, lease, property?.name ?? `ejendom ${lease.propertyId}`)
  const source = rentOf(lease.id)
  if (lease.direction === 'landlord') return add(b, t, 'lostRentalIncome', lease.annualRentOre, INDEXED, source)
  const partsOre: [number, number] = [lease.annualRentOre, lease.annualServiceOre]
  const rentAndService = lease.annualRentOre + lease.annualServiceOre
  add(b, t, 'savedRentAndService', rentAndService, terms({ indexed: true, partsOre }), source)
  if (!lease.operatingCostPaidByMunicipality) return
  if (!property) return invalid(b, m, `Lejemålets ejendom (id ${lease.propertyId}) findes ikke.`)
  add(b, t, 'savedOperating', property.annualOperatingCostOre, RECURRING, operatingOf(property.id))
}

function addSale(b: Builder, m: SaleMeasure, label: string): void {
  const property = b.ctx.properties.get(m.propertyId)
  if (!property) return invalid(b, m, `Tiltaget henviser til en ejendom (id ${m.propertyId}), der ikke findes.`)
  if (property.ownership !== 'owned') {
    return invalid(b, m, `${property.name} er lejet og kan ikke sælges; tiltaget er ikke regnet med.`, property.id)
  }
  if (b.soldProperties.has(property.id)) {
    invalid(b, m, `${property.name} sælges i flere tiltag; anlægsindtægten tælles med flere gange.`, property.id)
  }
  b.soldProperties.add(property.id)
  const t = target(m, label, m.takeoverDate, property.id, property.name)
  add(b, t, 'savedOperating', property.annualOperatingCostOre, RECURRING, operatingOf(property.id))
  if (b.ctx.input.assumptions.countAvoidedMaintenance) {
    add(b, t, 'savedMaintenance', property.annualMaintenanceOre, RECURRING, maintenanceOf(property.id))
  }
  for (const lease of b.ctx.landlordLeasesByProperty.get(property.id) ?? []) {
    const lt = leaseTarget(m, label, m.takeoverDate, lease, property.name)
    add(b, lt, 'lostRentalIncome', lease.annualRentOre, INDEXED, rentOf(lease.id))
  }
  const partsOre: [number, number] = [m.priceOre, m.saleCostsOre]
  add(b, t, 'capitalIncome', m.priceOre - m.saleCostsOre, terms({ recurring: false, partsOre }), NO_SOURCE)
  add(b, t, 'avoidedBacklog', property.maintenanceBacklogOre, ONE_OFF, NO_SOURCE)
}

function addClosure(b: Builder, m: ClosureMeasure, label: string): void {
  const property = b.ctx.properties.get(m.propertyId)
  if (!property) return invalid(b, m, `Tiltaget henviser til en ejendom (id ${m.propertyId}), der ikke findes.`)
  const requested = Math.round(m.operatingCostShare * SHARE_SCALE)
  const shareMicro = Number.isFinite(requested) ? Math.min(SHARE_SCALE, Math.max(0, requested)) : 0
  if (shareMicro !== requested) {
    const used = formatShare(shareMicro)
    invalid(b, m, `Andelen af driften skal være mellem 0 og 1; ${m.operatingCostShare} er brugt som ${used}.`, property.id)
  }
  const t = target(m, label, m.date, property.id, property.name)
  const how = shareMicro === SHARE_SCALE ? RECURRING : terms({ shareMicro })
  add(b, t, 'savedOperating', property.annualOperatingCostOre, how, operatingOf(property.id))
}

function addRelocation(b: Builder, m: RelocationMeasure, label: string): void {
  const unit = b.ctx.units.get(m.unitId)
  const to = b.ctx.properties.get(m.toPropertyId)
  if (!unit) return invalid(b, m, `Tiltaget henviser til en enhed (id ${m.unitId}), der ikke findes.`)
  if (!to || !b.ctx.properties.has(m.fromPropertyId)) {
    return invalid(b, m, 'Flytningen henviser til en ejendom, der ikke findes; den er ikke regnet med.')
  }
  const t = target(m, label, m.date, to.id, to.name)
  t.unitId = unit.id
  const override = m.movingCostOverrideOre
  if (override !== null && override !== undefined) {
    add(b, t, 'movingCost', override, ONE_OFF, NO_SOURCE)
  } else {
    const how = terms({ recurring: false, quantityMilli: Math.round(m.headcount * 1000), perPerson: true })
    add(b, t, 'movingCost', b.ctx.input.assumptions.movingCostPerPersonOre, how, NO_SOURCE)
  }
  add(b, t, 'refurbishment', m.refurbishmentOre, ONE_OFF, NO_SOURCE)
  add(b, t, 'addedOperating', m.addedAnnualOperatingOre, RECURRING, NO_SOURCE)
}

/**
 * Caps what measures save of one cost (a property's operating cost, its maintenance, a lease's
 * rent) at 100 %: earlier measures claim first. The total saved at any time is then
 * min(100 %, sum of the shares in effect), so a sale after a partial closure saves the rest and
 * the same lease terminated twice (say a proposal and a decision) is saved once.
 */
function allocateShares(b: Builder): Contribution[] {
  const used = new Map<number, number>()
  const result: Contribution[] = []
  for (let i = 0; i < b.contributions.length; i++) {
    const contribution = b.contributions[i]!
    const source = b.sources[i]!
    if (source === NO_SOURCE) {
      result.push(contribution)
      continue
    }
    const already = used.get(source) ?? 0
    const share = Math.min(contribution.shareMicro, SHARE_SCALE - already)
    if (share <= 0) continue
    used.set(source, already + share)
    contribution.shareMicro = share
    result.push(contribution)
  }
  return result
}

/**
 * The contributions of all kept measures, in effect-date order, plus conflicts for measures that
 * refer to missing or unsuitable data (those are left out of the figures).
 *
 * @example buildContributions(buildContext(input)).contributions[0]?.category // 'savedOperating'
 */
export function buildContributions(ctx: EngineContext): { contributions: Contribution[]; conflicts: Conflict[] } {
  const b: Builder = { ctx, contributions: [], sources: [], conflicts: [], soldProperties: new Set() }
  for (const { measure, from, label } of ctx.measures) {
    if (from === null) {
      invalid(b, measure, undatedText(measure, ctx))
    } else if (measure.kind === 'lease_termination') addTermination(b, measure, label, from)
    else if (measure.kind === 'sale') addSale(b, measure, label)
    else if (measure.kind === 'closure') addClosure(b, measure, label)
    else addRelocation(b, measure, label)
  }
  return { contributions: allocateShares(b), conflicts: b.conflicts }
}
