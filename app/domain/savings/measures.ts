import { addDays, formatDanishDate, type IsoDate } from '../dates'
import { describeLeaseEnd, leaseEndDate } from '../lease-terms'
import type {
  EngineInput,
  LeaseInput,
  LeaseTerminationMeasure,
  Measure,
  MeasureStatus,
  PropertyInput,
  StatusFilter,
  UnitInput,
} from './types'

const KEPT: Record<StatusFilter, ReadonlySet<MeasureStatus>> = {
  realised: new Set(['realised']),
  decided: new Set(['decided', 'realised']),
  all: new Set(['proposal', 'decided', 'realised']),
}

/**
 * The measures a status filter keeps.
 *
 * @example filterMeasures(measures, 'decided') // decided and realised measures
 */
export function filterMeasures<M extends { status: MeasureStatus }>(measures: readonly M[], filter: StatusFilter): M[] {
  const kept = KEPT[filter]
  return measures.filter((m) => kept.has(m.status))
}

type LeaseLookup = ReadonlyMap<number, LeaseInput> | readonly LeaseInput[]

function findLease(leases: LeaseLookup, id: number): LeaseInput | undefined {
  return 'get' in leases ? leases.get(id) : leases.find((l) => l.id === id)
}

/**
 * A termination's end date: the agreed override, else § 64 from the notice date; null when the
 * lease is unknown.
 *
 * @example terminationEndDate(m, leases) // '2024-05-31'
 */
export function terminationEndDate(measure: LeaseTerminationMeasure, leases: LeaseLookup): IsoDate | null {
  if (measure.endDateOverride) return measure.endDateOverride
  const lease = findLease(leases, measure.leaseId)
  if (!lease) return null
  return leaseEndDate({
    noticeDate: measure.noticeDate,
    noticeMonths: lease.noticeMonths,
    terms: lease.terms,
    nonTerminableUntil: lease.nonTerminableUntil,
  })
}

/**
 * The first day a measure's recurring effect applies: the day after a lease's end, a sale's
 * takeover date, a closure's or relocation's date. Null when the lease is unknown.
 *
 * @example effectiveDate({ kind: 'sale', takeoverDate: '2024-03-16', ... }, leases) // '2024-03-16'
 */
export function effectiveDate(measure: Measure, leases: LeaseLookup): IsoDate | null {
  switch (measure.kind) {
    case 'lease_termination': {
      const end = terminationEndDate(measure, leases)
      return end === null ? null : addDays(end, 1)
    }
    case 'sale':
      return measure.takeoverDate
    case 'closure':
    case 'relocation':
      return measure.date
  }
}

/** Lookups and the filtered measures, built once per computation. */
export interface EngineContext {
  input: EngineInput
  properties: Map<number, PropertyInput>
  leases: Map<number, LeaseInput>
  units: Map<number, UnitInput>
  landlordLeasesByProperty: Map<number, LeaseInput[]>
  /** Kept measures with their effective date, ordered by (date, id); unknown references last. */
  measures: { measure: Measure; from: IsoDate | null }[]
  /** Lease terminations: end date by measure id. */
  leaseEnds: Map<string, IsoDate>
}

function byId<T extends { id: number }>(rows: readonly T[]): Map<number, T> {
  const map = new Map<number, T>()
  for (const row of rows) map.set(row.id, row)
  return map
}

/** Indexes the input and orders the kept measures by effective date. */
export function buildContext(input: EngineInput): EngineContext {
  const leases = byId(input.leases)
  const landlordLeasesByProperty = new Map<number, LeaseInput[]>()
  for (const lease of input.leases) {
    if (lease.direction !== 'landlord') continue
    const list = landlordLeasesByProperty.get(lease.propertyId)
    if (list) list.push(lease)
    else landlordLeasesByProperty.set(lease.propertyId, [lease])
  }
  const leaseEnds = new Map<string, IsoDate>()
  const measures = filterMeasures(input.measures, input.statusFilter).map((measure) => {
    if (measure.kind === 'lease_termination') {
      const end = terminationEndDate(measure, leases)
      if (end !== null) leaseEnds.set(measure.id, end)
    }
    return { measure, from: effectiveDate(measure, leases) }
  })
  measures.sort((a, b) => {
    const da = a.from ?? '9999-12-31'
    const db = b.from ?? '9999-12-31'
    if (da !== db) return da < db ? -1 : 1
    return a.measure.id < b.measure.id ? -1 : a.measure.id > b.measure.id ? 1 : 0
  })
  return {
    input,
    properties: byId(input.properties),
    leases,
    units: byId(input.units),
    landlordLeasesByProperty,
    measures,
    leaseEnds,
  }
}

/**
 * The measure's own label, else a Danish one from the names it refers to.
 *
 * @example measureLabel({ kind: 'sale', propertyId: 3, ... }, ctx) // 'Salg af Vestergade 7-9'
 */
export function measureLabel(measure: Measure, ctx: EngineContext): string {
  if (measure.label) return measure.label
  const propertyName = (id: number) => ctx.properties.get(id)?.name ?? `ejendom ${id}`
  switch (measure.kind) {
    case 'lease_termination':
      return `Opsigelse af ${ctx.leases.get(measure.leaseId)?.name ?? `lejemål ${measure.leaseId}`}`
    case 'sale':
      return `Salg af ${propertyName(measure.propertyId)}`
    case 'closure':
      return `Lukning af ${propertyName(measure.propertyId)}`
    case 'relocation':
      return `Flytning af ${ctx.units.get(measure.unitId)?.name ?? `enhed ${measure.unitId}`} til ${propertyName(measure.toPropertyId)}`
  }
}

/** Danish: how the measure's effective date was found. */
export function describeEffectiveDate(measure: Measure, ctx: EngineContext): string {
  switch (measure.kind) {
    case 'lease_termination': {
      const lease = ctx.leases.get(measure.leaseId)
      if (measure.endDateOverride) return `Aftalt ophør ${formatDanishDate(measure.endDateOverride)}`
      if (!lease) return `Lejemål ${measure.leaseId} findes ikke`
      return describeLeaseEnd({
        noticeDate: measure.noticeDate,
        noticeMonths: lease.noticeMonths,
        terms: lease.terms,
        nonTerminableUntil: lease.nonTerminableUntil,
      })
    }
    case 'sale':
      return `Overtagelsesdag ${formatDanishDate(measure.takeoverDate)}`
    case 'closure':
      return `Lukkes ${formatDanishDate(measure.date)}`
    case 'relocation':
      return `Flytter ${formatDanishDate(measure.date)}`
  }
}
