import { addDays, dayNumber, formatDanishDate, type IsoDate } from '~/core/dates'
import { describeLeaseEnd, leaseEndDate } from '~/core/lease-terms'
import { isoDay } from './days'
import { leaseRecord, measureRecord, propertyRecord, recordsOf, unitRecord } from './records'
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
/** The statuses a status filter counts. @example statusesCounted('decided') // ['decided', 'done'] */
export function statusesCounted(filter: StatusFilter): MeasureStatus[] {
  return [...KEPT[filter]]
}

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
  /** The input's units in input order (fixed-shape copies, see records.ts). */
  unitList: readonly UnitInput[]
  landlordLeasesByProperty: Map<number, LeaseInput[]>
  /** Kept measures with effective date and label, by date (same day: input order); undated last. */
  measures: { measure: Measure; from: IsoDate | null; label: string }[]
  /** Lease terminations: end date by measure id. */
  leaseEnds: Map<string, IsoDate>
}

function byId<T extends { id: number }>(rows: readonly T[]): Map<number, T> {
  const map = new Map<number, T>()
  for (const row of rows) map.set(row.id, row)
  return map
}

/** The effective date, or null when the lease is missing or a date is malformed (never throws). */
function checkedFrom(measure: Measure, ctx: EngineContext): IsoDate | null {
  if (measure.kind !== 'lease_termination') {
    const from = effectiveDate(measure, ctx.leases)
    return Number.isNaN(isoDay(from)) ? null : from
  }
  const given = measure.endDateOverride ? measure.endDateOverride : measure.noticeDate
  const valid = !Number.isNaN(isoDay(given))
  let end: IsoDate | null = null
  try {
    end = valid ? terminationEndDate(measure, ctx.leases) : null
  } catch (error) {
    // A lease with an impossible notice period: reported as an invalid measure, not a crash.
    if (!(error instanceof RangeError)) throw error
  }
  if (end === null) return null
  ctx.leaseEnds.set(measure.id, end)
  return addDays(end, 1)
}

/**
 * The day number to order a measure by. The effective date is a real date except after an
 * impossible non-terminable date (say '2024-13-01'); dayNumber orders that one as it always has.
 */
function dayOf(from: IsoDate): number {
  const day = isoDay(from)
  return Number.isNaN(day) ? dayNumber(from) : day
}

/**
 * Indexes the input and orders the kept measures by effective date.
 *
 * @example buildContext(input).measures[0]?.from // '2024-03-16'
 */
export function buildContext(input: EngineInput): EngineContext {
  const leaseList = recordsOf(input.leases, leaseRecord)
  const unitList = recordsOf(input.units, unitRecord)
  const leases = byId(leaseList)
  const landlordLeasesByProperty = new Map<number, LeaseInput[]>()
  for (const lease of leaseList) {
    if (lease.direction !== 'landlord') continue
    const list = landlordLeasesByProperty.get(lease.propertyId)
    if (list) list.push(lease)
    else landlordLeasesByProperty.set(lease.propertyId, [lease])
  }
  const ctx: EngineContext = {
    input,
    properties: byId(recordsOf(input.properties, propertyRecord)),
    leases,
    units: byId(unitList),
    unitList,
    landlordLeasesByProperty,
    measures: [],
    leaseEnds: new Map(),
  }
  const days: number[] = []
  const kept = KEPT[input.statusFilter]
  for (const given of input.measures) {
    // Copy first, then filter on the copy: one slow read of each given measure, not two.
    const measure = measureRecord(given)
    if (!kept.has(measure.status)) continue
    const from = checkedFrom(measure, ctx)
    ctx.measures.push({ measure, from, label: measureLabel(measure, ctx) })
    // Measures without a usable date (missing lease, malformed date) go last.
    days.push(from === null ? 9_000_000 : dayOf(from))
  }
  // One numeric key per measure (day, then input position) sorts 20,000 measures in a native
  // typed-array sort instead of comparing date strings.
  const keys = new Float64Array(days.length)
  for (let i = 0; i < days.length; i++) keys[i] = (days[i]! + 1_000_000) * 2 ** 21 + i
  keys.sort()
  ctx.measures = Array.from(keys, (key) => ctx.measures[key % 2 ** 21]!)
  return ctx
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

/**
 * Danish: how a measure's effective date was found (for the measure's detail view).
 *
 * @example describeEffectiveDate(sale, leases) // 'Overtagelsesdag 16.03.2024'
 */
export function describeEffectiveDate(measure: Measure, leases: LeaseLookup): string {
  switch (measure.kind) {
    case 'lease_termination': {
      if (measure.endDateOverride) return `Aftalt ophør ${formatDanishDate(measure.endDateOverride)}`
      const lease = findLease(leases, measure.leaseId)
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
