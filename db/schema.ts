/**
 * The database as Kysely sees it. Column names are snake_case in SQL and camelCase here
 * (CamelCasePlugin). Money is integer øre, dates are ISO `YYYY-MM-DD` text, booleans 0/1:
 * the one representation that both SQLite and PostgreSQL store exactly.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'

/** Integer øre (1 kr. = 100 øre). */
export type Ore = number
/** Calendar date, ISO `YYYY-MM-DD`. */
export type IsoDateText = string
/** 0 or 1. */
export type Flag = 0 | 1

type Timestamp = ColumnType<string, string | undefined, string>

export type Ownership = 'owned' | 'leased'
export type PropertyStatus = 'in_use' | 'designated' | 'on_offer' | 'sold' | 'vacating' | 'vacant'
export type PropertyUse =
  | 'administration'
  | 'school'
  | 'daycare'
  | 'care'
  | 'culture'
  | 'sports'
  | 'technical'
  | 'housing'
  | 'other'

export interface PropertyTable {
  id: Generated<number>
  name: string
  address: string
  postcode: string
  town: string
  ownership: Ownership
  use: PropertyUse
  grossAreaM2: number
  workplaces: number
  annualOperatingCostOre: Ore
  annualMaintenanceOre: Ore
  maintenanceBacklogOre: Ore
  status: PropertyStatus
  latitude: number | null
  longitude: number | null
  note: string
  /** Lower-cased, Danish-folded name/address/town for quick search (SQLite folds ASCII only). */
  searchText: string
  /** Danish sort key of the name (db/text.ts sortKey). */
  sortKey: string
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export type LeaseDirection = 'tenant' | 'landlord'
export type LeaseTermsText = 'month' | 'quarter'
export type LeaseStatus = 'active' | 'terminated' | 'vacated' | 'ended'

export interface LeaseTable {
  id: Generated<number>
  propertyId: number
  direction: LeaseDirection
  counterparty: string
  annualRentOre: Ore
  annualServiceOre: Ore
  operatingCostPaidByMunicipality: Flag
  startDate: IsoDateText | null
  noticeMonths: number
  terms: LeaseTermsText
  nonTerminableUntil: IsoDateText | null
  noticeDate: IsoDateText | null
  /** Derived from noticeDate by erhvervslejeloven § 64 (app/domain/lease-terms); stored for sorting and deadlines. */
  endDate: IsoDateText | null
  status: LeaseStatus
  note: string
  searchText: string
  /** Danish sort key of the counterparty. */
  sortKey: string
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export interface UnitTable {
  id: Generated<number>
  name: string
  parentId: number | null
  propertyId: number
  /** Full-time equivalents; may be fractional. */
  headcount: number
  workplacesNeeded: number | null
  contactPerson: string
  /** Outside users of a municipal building (associations, volunteer houses) that must be rehoused. */
  external: Flag
  locatedFrom: IsoDateText | null
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export type SaleStatus = 'designated' | 'offered' | 'bid_received' | 'conditionally_sold' | 'sold' | 'withdrawn'

export interface SaleTable {
  id: Generated<number>
  propertyId: number
  status: SaleStatus
  designatedDate: IsoDateText | null
  councilReference: string
  offeringDeadline: IsoDateText | null
  expectedPriceOre: Ore | null
  realisedPriceOre: Ore | null
  saleCostsOre: Ore
  takeoverDate: IsoDateText | null
  buyer: string
  note: string
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export type MeasureKindText = 'lease_termination' | 'sale' | 'closure' | 'relocation'
export type MeasureStatusText = 'proposal' | 'decided' | 'realised'
export type StatusFilterText = 'realised' | 'decided' | 'all'

export interface ScenarioTable {
  id: Generated<number>
  name: string
  description: string
  isBaseline: Flag
  /** Set when a baseline is replaced by a promoted scenario; kept as history. */
  archivedAt: string | null
  basedOnId: number | null
  firstYear: number
  lastYear: number
  targetAnnualOre: Ore
  deskFactor: number
  movingCostPerPersonOre: Ore
  countAvoidedMaintenance: Flag
  rentIndexationPct: number | null
  statusFilter: StatusFilterText
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

/**
 * One measure (tiltag) of a scenario. `effectDate` is the notice date (lease termination), the
 * takeover date (sale), or the date of a closure or relocation. `propertyId` is the sold/closed
 * property or a relocation's origin; `toPropertyId` its destination.
 */
export interface ScenarioMeasureTable {
  id: Generated<number>
  scenarioId: number
  kind: MeasureKindText
  status: MeasureStatusText
  enabled: Flag
  label: string
  /** 'register' when copied from the register (lease notice, sale); 'manual' when added in the scenario. */
  source: 'register' | 'manual'
  leaseId: number | null
  propertyId: number | null
  unitId: number | null
  toPropertyId: number | null
  effectDate: IsoDateText
  endDateOverride: IsoDateText | null
  priceOre: Ore | null
  saleCostsOre: Ore | null
  operatingCostShare: number | null
  headcount: number | null
  refurbishmentOre: Ore | null
  addedAnnualOperatingOre: Ore | null
  movingCostOverrideOre: Ore | null
  createdAt: string
}

export interface Database {
  property: PropertyTable
  lease: LeaseTable
  unit: UnitTable
  sale: SaleTable
  scenario: ScenarioTable
  scenarioMeasure: ScenarioMeasureTable
}

export type Property = Selectable<PropertyTable>
export type NewProperty = Insertable<PropertyTable>
export type PropertyUpdate = Updateable<PropertyTable>
export type Lease = Selectable<LeaseTable>
export type NewLease = Insertable<LeaseTable>
export type LeaseUpdate = Updateable<LeaseTable>
export type Unit = Selectable<UnitTable>
export type NewUnit = Insertable<UnitTable>
export type Sale = Selectable<SaleTable>
export type NewSale = Insertable<SaleTable>
export type Scenario = Selectable<ScenarioTable>
export type NewScenario = Insertable<ScenarioTable>
export type ScenarioMeasure = Selectable<ScenarioMeasureTable>
export type NewScenarioMeasure = Insertable<ScenarioMeasureTable>
