import type { IsoDate } from '../dates'
import { formatNumberDa, Money } from '../money'
import { SHARE_SCALE } from './accrual'
import { measureLabel, type EngineContext } from './measures'
import type {
  ClosureMeasure,
  Conflict,
  Contribution,
  LeaseTerminationMeasure,
  Measure,
  RelocationMeasure,
  SaleMeasure,
} from './types'

/** A contribution plus the cost source it draws on, when several measures may save the same cost. */
interface Claim {
  contribution: Contribution
  source: string | null
}

interface Builder {
  ctx: EngineContext
  claims: Claim[]
  conflicts: Conflict[]
  soldProperties: Set<number>
}

type Fields = Pick<Contribution, 'category' | 'propertyId' | 'amountOre' | 'propertyName'> & Partial<Contribution>

/**
 * Percent from millionths, Danish style.
 *
 * @example formatShare(333_333) // '33,3333 %'
 */
export function formatShare(micro: number): string {
  const percent = new Money(micro).div(10_000)
  return `${formatNumberDa(percent, percent.decimalPlaces())}\u00a0%`
}

function invalid(b: Builder, measure: Measure, message: string, propertyId?: number): void {
  const conflict: Conflict = { kind: 'invalid_measure', measureId: measure.id, message }
  if (propertyId !== undefined) conflict.propertyId = propertyId
  b.conflicts.push(conflict)
}

function add(b: Builder, measure: Measure, label: string, from: IsoDate, fields: Fields, source: string | null = null): void {
  if (fields.amountOre === 0 || fields.shareMicro === 0 || fields.quantityMilli === 0) return
  const shareMicro = fields.shareMicro ?? SHARE_SCALE
  const contribution: Contribution = {
    measureId: measure.id,
    measureKind: measure.kind,
    label,
    recurring: true,
    from,
    quantityMilli: 1000,
    indexed: false,
    ...fields,
    shareMicro,
    requestedShareMicro: shareMicro,
  }
  b.claims.push({ contribution, source })
}

function addTermination(b: Builder, m: LeaseTerminationMeasure, label: string, from: IsoDate): void {
  const lease = b.ctx.leases.get(m.leaseId)
  if (!lease) return invalid(b, m, `Tiltaget henviser til et lejemål (id ${m.leaseId}), der ikke findes.`)
  const property = b.ctx.properties.get(lease.propertyId)
  const propertyName = property?.name ?? `ejendom ${lease.propertyId}`
  const base = { propertyId: lease.propertyId, propertyName, leaseId: lease.id, leaseName: lease.name, indexed: true }
  const source = `lease:${lease.id}`
  if (lease.direction === 'landlord') {
    return add(b, m, label, from, { ...base, category: 'lostRentalIncome', amountOre: lease.annualRentOre }, source)
  }
  const partsOre: [number, number] = [lease.annualRentOre, lease.annualServiceOre]
  const amountOre = lease.annualRentOre + lease.annualServiceOre
  add(b, m, label, from, { ...base, category: 'savedRentAndService', amountOre, partsOre }, source)
  if (!lease.operatingCostPaidByMunicipality) return
  if (!property) return invalid(b, m, `Lejemålets ejendom (id ${lease.propertyId}) findes ikke.`)
  const amount = property.annualOperatingCostOre
  add(b, m, label, from, { ...base, indexed: false, category: 'savedOperating', amountOre: amount }, `op:${property.id}`)
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
  const from = m.takeoverDate
  const base = { propertyId: property.id, propertyName: property.name }
  add(b, m, label, from, { ...base, category: 'savedOperating', amountOre: property.annualOperatingCostOre }, `op:${property.id}`)
  if (b.ctx.input.assumptions.countAvoidedMaintenance) {
    add(b, m, label, from, { ...base, category: 'savedMaintenance', amountOre: property.annualMaintenanceOre }, `mnt:${property.id}`)
  }
  for (const lease of b.ctx.landlordLeasesByProperty.get(property.id) ?? []) {
    const fields = { ...base, leaseId: lease.id, leaseName: lease.name, indexed: true }
    add(b, m, label, from, { ...fields, category: 'lostRentalIncome', amountOre: lease.annualRentOre }, `lease:${lease.id}`)
  }
  const partsOre: [number, number] = [m.priceOre, m.saleCostsOre]
  const oneOff = { ...base, recurring: false }
  add(b, m, label, from, { ...oneOff, category: 'capitalIncome', amountOre: m.priceOre - m.saleCostsOre, partsOre })
  add(b, m, label, from, { ...oneOff, category: 'avoidedBacklog', amountOre: property.maintenanceBacklogOre })
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
  const fields: Fields = { propertyId: property.id, propertyName: property.name, category: 'savedOperating', shareMicro, amountOre: property.annualOperatingCostOre }
  add(b, m, label, m.date, fields, `op:${property.id}`)
}

function addRelocation(b: Builder, m: RelocationMeasure, label: string): void {
  const unit = b.ctx.units.get(m.unitId)
  const to = b.ctx.properties.get(m.toPropertyId)
  if (!unit) return invalid(b, m, `Tiltaget henviser til en enhed (id ${m.unitId}), der ikke findes.`)
  if (!to || !b.ctx.properties.has(m.fromPropertyId)) {
    return invalid(b, m, 'Flytningen henviser til en ejendom, der ikke findes; den er ikke regnet med.')
  }
  const base = { propertyId: to.id, propertyName: to.name, unitId: unit.id, recurring: false }
  const override = m.movingCostOverrideOre
  if (override !== null && override !== undefined) {
    add(b, m, label, m.date, { ...base, category: 'movingCost', amountOre: override })
  } else {
    const quantityMilli = Math.round(m.headcount * 1000)
    const perPerson = b.ctx.input.assumptions.movingCostPerPersonOre
    add(b, m, label, m.date, { ...base, category: 'movingCost', amountOre: perPerson, quantityMilli })
  }
  add(b, m, label, m.date, { ...base, category: 'refurbishment', amountOre: m.refurbishmentOre })
  add(b, m, label, m.date, { ...base, recurring: true, category: 'addedOperating', amountOre: m.addedAnnualOperatingOre })
}

/**
 * Caps what measures save of one cost (a property's operating cost, its maintenance, a lease's
 * rent) at 100 %: earlier measures claim first. The total saved at any time is then
 * min(100 %, sum of the shares in effect), so a sale after a partial closure saves the rest and
 * the same lease terminated twice (say a proposal and a decision) is saved once.
 */
function allocateShares(claims: Claim[]): Contribution[] {
  const used = new Map<string, number>()
  const result: Contribution[] = []
  for (const { contribution, source } of claims) {
    if (source === null) {
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
  const b: Builder = { ctx, claims: [], conflicts: [], soldProperties: new Set() }
  for (const { measure, from } of ctx.measures) {
    const label = measureLabel(measure, ctx)
    if (measure.kind === 'lease_termination') {
      if (from === null) invalid(b, measure, `Tiltaget henviser til et lejemål (id ${measure.leaseId}), der ikke findes.`)
      else addTermination(b, measure, label, from)
    } else if (measure.kind === 'sale') addSale(b, measure, label)
    else if (measure.kind === 'closure') addClosure(b, measure, label)
    else addRelocation(b, measure, label)
  }
  return { contributions: allocateShares(b.claims), conflicts: b.conflicts }
}
