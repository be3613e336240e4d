import type Decimal from 'decimal.js'
import type { IsoDate } from '~/core/dates'
import type { LeaseTerms } from '~/core/lease-terms'
import type { ClimateInput, ClimateResult } from './climate-types'

/** Forslag, besluttet, gennemført. */
export type MeasureStatus = 'proposal' | 'decided' | 'realised'
/** 'realised': realised only; 'decided': decided and realised; 'all': proposals too. */
export type StatusFilter = 'realised' | 'decided' | 'all'

export interface PropertyInput {
  id: number
  name: string
  ownership: 'owned' | 'leased'
  grossAreaM2: number
  workplaces: number
  annualOperatingCostOre: number
  annualMaintenanceOre: number
  maintenanceBacklogOre: number
}

export interface LeaseInput {
  id: number
  propertyId: number
  name: string
  /** 'tenant': the municipality rents (expense); 'landlord': it lets out (income). */
  direction: 'tenant' | 'landlord'
  annualRentOre: number
  annualServiceOre: number
  operatingCostPaidByMunicipality: boolean
  noticeMonths: number
  terms: LeaseTerms
  nonTerminableUntil: IsoDate | null
  startDate: IsoDate | null
}

export interface UnitInput {
  id: number
  name: string
  /** FTE (årsværk); may be fractional. Used to 3 decimals. */
  headcount: number
  /** Where the unit sits before any relocation in the scenario. */
  propertyId: number
  /** Desks the whole unit needs; overrides headcount × desk factor when given. */
  workplacesNeeded?: number | null
}

interface MeasureBase {
  id: string
  status: MeasureStatus
  label?: string
}

export interface LeaseTerminationMeasure extends MeasureBase {
  kind: 'lease_termination'
  leaseId: number
  noticeDate: IsoDate
  /** An agreed end date that replaces the computed one (e.g. a negotiated early exit). */
  endDateOverride?: IsoDate | null
}

export interface SaleMeasure extends MeasureBase {
  kind: 'sale'
  propertyId: number
  takeoverDate: IsoDate
  /** Realised price if sold, else expected. */
  priceOre: number
  saleCostsOre: number
}

export interface ClosureMeasure extends MeasureBase {
  kind: 'closure'
  propertyId: number
  date: IsoDate
  /** Share of the annual operating cost saved, 0..1 (used to 6 decimals). */
  operatingCostShare: number
}

export interface RelocationMeasure extends MeasureBase {
  kind: 'relocation'
  unitId: number
  fromPropertyId: number
  toPropertyId: number
  date: IsoDate
  /** FTE moved (used to 3 decimals). */
  headcount: number
  refurbishmentOre: number
  addedAnnualOperatingOre: number
  movingCostOverrideOre?: number | null
}

export type Measure = LeaseTerminationMeasure | SaleMeasure | ClosureMeasure | RelocationMeasure
export type MeasureKind = Measure['kind']

export interface Assumptions {
  firstYear: number
  lastYear: number
  /** Yearly operating-saving target; the committee's is 500_000_000 øre (5 mio. kr.). */
  targetAnnualOre: number
  /** Desks per FTE, e.g. 0.8 (used to 6 decimals). */
  deskFactor: number
  movingCostPerPersonOre: number
  countAvoidedMaintenance: boolean
  /** Yearly % rent increase applied from the year after firstYear; null or 0 for none. */
  rentIndexationPct?: number | null
}

export interface EngineInput {
  properties: readonly PropertyInput[]
  leases: readonly LeaseInput[]
  units: readonly UnitInput[]
  measures: readonly Measure[]
  assumptions: Assumptions
  statusFilter: StatusFilter
  /** Consumption and emission factors; without it no climate figures (the kroner never depend on it). */
  climate?: ClimateInput
}

/** Recurring (operating) categories, then one-off categories. */
export const RECURRING_CATEGORIES = [
  'savedRentAndService',
  'savedOperating',
  'savedMaintenance',
  'lostRentalIncome',
  'addedOperating',
] as const
export const ONE_OFF_CATEGORIES = ['capitalIncome', 'movingCost', 'refurbishment', 'avoidedBacklog'] as const

export type RecurringCategory = (typeof RECURRING_CATEGORIES)[number]
export type OneOffCategory = (typeof ONE_OFF_CATEGORIES)[number]
export type Category = RecurringCategory | OneOffCategory

/** How a recurring category enters the net operating saving. */
export const NET_SIGN: Record<RecurringCategory, 1 | -1> = {
  savedRentAndService: 1,
  savedOperating: 1,
  savedMaintenance: 1,
  lostRentalIncome: -1,
  addedOperating: -1,
}

export const CATEGORY_LABELS: Record<Category | 'netOperatingSaving', string> = {
  savedRentAndService: 'Sparet husleje og service',
  savedOperating: 'Sparet drift',
  savedMaintenance: 'Sparet vedligehold',
  lostRentalIncome: 'Tabt lejeindtægt',
  addedOperating: 'Merudgift til drift',
  netOperatingSaving: 'Nettodriftsbesparelse',
  capitalIncome: 'Anlægsindtægt',
  movingCost: 'Flytteudgifter',
  refurbishment: 'Istandsættelse',
  avoidedBacklog: 'Undgået vedligeholdelsesefterslæb',
}

/** All amounts in kroner, unrounded. */
export type Figures = Record<Category | 'netOperatingSaving', Decimal>

export interface YearFigures extends Figures {
  year: number
}

/** Yearly amounts once every measure is fully in effect (firstYear prices, not pro-rated). */
export type FullYearFigures = Record<RecurringCategory | 'netOperatingSaving', Decimal>

/** One measure's share of one cell (year × category). */
export interface LineItem {
  measureId: string
  measureKind: MeasureKind
  label: string
  propertyId: number
  leaseId?: number
  unitId?: number
  category: Category
  year: number
  periodFrom: IsoDate
  periodTo: IsoDate
  amount: Decimal
  /** Danish, e.g. 'mar. 2024: 16/31 × 31.000,00 kr. = 16.000,00 kr.; apr.–dec. 2024: 9 × …' */
  explanation: string
}

/** One measure's annual amount in the full-year effect. */
export interface FullYearLineItem {
  measureId: string
  measureKind: MeasureKind
  label: string
  propertyId: number
  leaseId?: number
  unitId?: number
  category: RecurringCategory
  /** First day the amount is saved (or lost/added). */
  from: IsoDate
  amount: Decimal
  explanation: string
}

/**
 * The compact record line items are derived from: one per measure per category (per lease for
 * lost rental income). Plain data so results stay cheap for 20,000-measure scenarios.
 */
export interface Contribution {
  measureId: string
  measureKind: MeasureKind
  label: string
  propertyId: number
  leaseId?: number
  unitId?: number
  category: Category
  recurring: boolean
  /** First day in effect (recurring) or the day of the one-off. */
  from: IsoDate
  /** Annual amount (recurring) or one-off amount, in øre, before share and quantity. */
  amountOre: number
  /** Part of amountOre that counts, in millionths (1_000_000 = all). */
  shareMicro: number
  /** Multiplier in thousandths (headcount for moving cost; else 1000). */
  quantityMilli: number
  /** amountOre is per FTE (moving cost from the scenario's rate). */
  perPerson?: boolean
  /** Whether rent indexation applies. */
  indexed: boolean
  /** Share asked for before capping at 100 % of the cost (see docs/calculation.md). */
  requestedShareMicro: number
  /** Names and parts for the Danish explanation. */
  propertyName: string
  leaseName?: string
  /** Rent and service (savedRentAndService), or price and sale costs (capitalIncome), in øre. */
  partsOre?: [number, number]
}

export type ConflictKind = 'capacity' | 'left_behind' | 'over_move' | 'invalid_measure'

export interface Conflict {
  kind: ConflictKind
  propertyId?: number
  unitId?: number
  measureId?: string
  /** 'YYYY-MM': first month concerned. */
  month?: string
  /** 'YYYY-MM': last month of a capacity overrun. */
  monthTo?: string
  /** Danish. */
  message: string
}

export interface DoubleRentPeriod {
  measureId: string
  leaseId: number
  propertyId: number
  /** The day the property is empty (last relocation out). */
  from: IsoDate
  /** The lease's end date. */
  to: IsoDate
  days: number
  /** Rent and service paid for the empty premises in the period, kroner. */
  amount: Decimal
  /** Danish. */
  explanation: string
}

export interface MeasureInfo {
  measureId: string
  kind: MeasureKind
  status: MeasureStatus
  label: string
  /** First day the measure's recurring effect applies (null when it refers to missing data). */
  effectiveFrom: IsoDate | null
  /** Lease terminations: the lease's end date (describeEffectiveDate explains it). */
  leaseEndDate?: IsoDate
}

export interface SavingsResult {
  firstYear: number
  lastYear: number
  statusFilter: StatusFilter
  years: YearFigures[]
  /** Sums over the horizon. */
  totals: Figures
  fullYear: FullYearFigures
  /** Net operating saving per year once everything is in effect (= fullYear.netOperatingSaving). */
  fullYearEffect: Decimal
  target: Decimal
  /** target − fullYearEffect, not below 0. */
  gapToTarget: Decimal
  /** target − fullYearEffect; negative when the target is exceeded. */
  gapToTargetRaw: Decimal
  firstYearTargetReached: number | null
  doubleRentPeriods: DoubleRentPeriod[]
  conflicts: Conflict[]
  /** Measures kept by the status filter, in effect-date order. */
  measures: MeasureInfo[]
  contributions: Contribution[]
  /** Rent index factor per year of the horizon ('1' when none), as decimal strings. */
  indexFactors: Record<number, string>
  /** Energy and CO2e avoided (docs/climate.md); present only when the input had a climate part. */
  climate?: ClimateResult
}
