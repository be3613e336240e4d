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
export type PropertyUse = 'administration' | 'school' | 'daycare' | 'care' | 'culture' | 'sports' | 'technical' | 'housing' | 'other'

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
  /** Energy label (energimærke), null when the building has none. */
  energyLabel: ColumnType<EnergyLabel | null, EnergyLabel | null | undefined, EnergyLabel | null>
  /** The day the label was issued (ISO date). */
  energyLabelDate: ColumnType<IsoDateText | null, IsoDateText | null | undefined, IsoDateText | null>
  heatSource: ColumnType<HeatSource | null, HeatSource | null | undefined, HeatSource | null>
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export type EnergyLabel = 'A2020' | 'A2015' | 'A2010' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G'
export type HeatSource = 'district_heating' | 'natural_gas' | 'oil' | 'electricity' | 'heat_pump' | 'biomass' | 'other'
/** What an emission factor is for: a heat source, or 'electricity' for the electricity meter. */
export type EnergyCarrier = HeatSource

/** One year's metered consumption of a property: kWh and litres, integers so sums stay exact. */
export interface PropertyConsumptionTable {
  id: Generated<number>
  propertyId: number
  year: number
  heatKwh: number | null
  electricityKwh: number | null
  waterLiters: number | null
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

/** kg CO2e per MWh of a carrier in a year, kept in grams per MWh (1.000 g = 1 kg). */
export interface EmissionFactorTable {
  id: Generated<number>
  carrier: EnergyCarrier
  year: number
  co2eGramsPerMwh: number
  /** Where the figure comes from (publication and table), shown beside it. */
  sourceNote: ColumnType<string, string | undefined, string>
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

/** A scenario's own emission factor, overriding the municipality's for that carrier and year. */
export interface ScenarioEmissionFactorTable {
  id: Generated<number>
  scenarioId: number
  carrier: EnergyCarrier
  year: number
  co2eGramsPerMwh: number
}

/** A small municipality-wide setting (key-figure norms and the like), value as JSON text. */
export interface AppSettingTable {
  key: string
  value: string
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
  /** Danish sort key of the name (db/text.ts's sortKey), for the units grid's order. */
  sortKey: string
  /** The name, the parent's name and the contact person, folded; kept by the database (0019_unit_search_text.ts). */
  searchText: Generated<string>
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

/** One recorded step on a sale's path, with the data that step needs (null where it needs none). */
export interface SaleStepTable {
  id: Generated<number>
  saleId: number
  status: SaleStatus
  /** The status the sale left; null for the first step. */
  fromStatus: SaleStatus | null
  date: IsoDateText
  note: string
  councilReference: string | null
  offeringDeadline: IsoDateText | null
  /** Accepted price (betinget solgt), realised price (solgt), or the bid recorded with "bud modtaget". */
  priceOre: Ore | null
  takeoverDate: IsoDateText | null
  /** The buyer, or the bidder for "bud modtaget". */
  buyer: string | null
  createdAt: string
}

/** A bid received on an offered property. */
export interface BidTable {
  id: Generated<number>
  saleId: number
  bidder: string
  amountOre: Ore
  receivedDate: IsoDateText
  note: string
  createdAt: string
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
  /** The council's reference (sagsnummer) for the decision that made this the decided plan. */
  caseReference: ColumnType<string | null, string | null | undefined, string | null>
  /** The day the council decided it (ISO date). */
  decisionDate: ColumnType<string | null, string | null | undefined, string | null>
  promotedAt: ColumnType<string | null, string | null | undefined, string | null>
  /** Who promoted it: the signed-in user's e-mail, kept if the user is deleted. */
  promotedBy: ColumnType<string | null, string | null | undefined, string | null>
  promotedById: ColumnType<number | null, number | null | undefined, number | null>
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
  /** A yearly heat change stated on the measure (kWh; + where consumption is added), overriding the derived one. */
  statedHeatKwh: ColumnType<number | null, number | null | undefined, number | null>
  /** A yearly electricity change stated on the measure (kWh). */
  statedElectricityKwh: ColumnType<number | null, number | null | undefined, number | null>
  createdAt: string
}

export type Role = 'udvalg' | 'ejendom' | 'hr' | 'admin'

export interface AppUserTable {
  id: Generated<number>
  email: string
  name: string
  role: Role
  /** scrypt: `scrypt$N$r$p$salt$hash` (app/auth/passwords.server.ts). */
  passwordHash: string
  active: Flag
  mustChangePassword: Flag
  version: Generated<number>
  createdAt: string
  updatedAt: string
}

export interface UserSessionTable {
  /** SHA-256 of the random token in the cookie; the token itself is never stored. */
  id: string
  userId: number
  createdAt: string
  lastSeenAt: string
  /** Absolute expiry. */
  expiresAt: string
  address: string
}

export interface LoginAttemptTable {
  /** `account:<email>` or `address:<ip>`. */
  key: string
  failures: number
  windowStart: string
  lockedUntil: string | null
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  userId: number | null
  userEmail: string
  action: 'create' | 'update' | 'delete'
  entity: string
  entityId: string
  summary: string
  beforeJson: string | null
  afterJson: string | null
}

/** Idé, planlagt, besluttet, gennemført. */
export type RelocationStatus = 'idea' | 'planned' | 'decided' | 'done'

/** A rotation (rokade): relocations planned together so units swap places. */
export interface RotationTable {
  id: Generated<number>
  name: string
  description: string
  date: IsoDateText | null
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

/** A relocation (flytning) of a unit, or part of its headcount, from one property to another. */
export interface RelocationTable {
  id: Generated<number>
  unitId: number
  fromPropertyId: number
  toPropertyId: number
  date: IsoDateText
  /** FTE moved; may be part of the unit. */
  headcount: number
  status: RelocationStatus
  /** The whole move's cost; null means the scenario's rate per person. */
  movingCostOre: Ore | null
  refurbishmentOre: Ore
  addedAnnualOperatingOre: Ore
  rotationId: number | null
  note: string
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

/** Where a unit (or part of it) sat and when; `toDate` null is now. Rows are closed, never rewritten, by relocations. */
export interface UnitLocationHistoryTable {
  id: Generated<number>
  unitId: number
  propertyId: number
  headcount: number
  fromDate: IsoDateText
  /** Last day (inclusive) at the property; null while the unit sits there. */
  toDate: IsoDateText | null
  /** The relocation that started this period; null for a unit's placement. */
  relocationId: number | null
  createdAt: string
}

/** A named person in a unit; optional, and only HR may see them (app/services/people.server.ts). */
export interface PersonTable {
  id: Generated<number>
  unitId: number
  name: string
  title: string
  note: string
  version: Generated<number>
  createdAt: Timestamp
  updatedAt: Timestamp
}

export interface Database {
  appUser: AppUserTable
  userSession: UserSessionTable
  loginAttempt: LoginAttemptTable
  auditLog: AuditLogTable
  property: PropertyTable
  lease: LeaseTable
  unit: UnitTable
  sale: SaleTable
  saleStep: SaleStepTable
  bid: BidTable
  scenario: ScenarioTable
  scenarioMeasure: ScenarioMeasureTable
  rotation: RotationTable
  relocation: RelocationTable
  unitLocationHistory: UnitLocationHistoryTable
  person: PersonTable
  goalSeekJob: GoalSeekJobTable
  propertyConsumption: PropertyConsumptionTable
  emissionFactor: EmissionFactorTable
  scenarioEmissionFactor: ScenarioEmissionFactorTable
  appSetting: AppSettingTable
  dataGeneration: DataGenerationTable
  scenarioSummaryCache: ScenarioSummaryCacheTable
  scenarioGeneration: ScenarioGenerationTable
}

/**
 * Row 1: moved on by triggers at every write to the tables scenario figures read. Row 2, the
 * register generation: at every write to those of them that are not a scenario's own (0020).
 */
export interface DataGenerationTable {
  id: number
  n: number | string
}

/** One row per scenario: moved by a write to its measures, its emission factors or its assumptions (0020). */
export interface ScenarioGenerationTable {
  scenarioId: number
  n: number | string
}

/** A scenario's list figures as computed at a data generation. */
export interface ScenarioSummaryCacheTable {
  scenarioId: number
  generation: number | string
  /** The figures' version (register and scenario generation) they were computed at (0020). */
  figuresVersion: string | null
  summaryJson: string
  computedAt: string
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
export type SaleStep = Selectable<SaleStepTable>
export type NewSaleStep = Insertable<SaleStepTable>
export type Bid = Selectable<BidTable>
export type NewBid = Insertable<BidTable>
export type Scenario = Selectable<ScenarioTable>
export type NewScenario = Insertable<ScenarioTable>
export type ScenarioMeasure = Selectable<ScenarioMeasureTable>
export type NewScenarioMeasure = Insertable<ScenarioMeasureTable>
export type Rotation = Selectable<RotationTable>
export type NewRotation = Insertable<RotationTable>
export type Relocation = Selectable<RelocationTable>
export type NewRelocation = Insertable<RelocationTable>
export type UnitLocation = Selectable<UnitLocationHistoryTable>
export type NewUnitLocation = Insertable<UnitLocationHistoryTable>
export type Person = Selectable<PersonTable>
export type NewPerson = Insertable<PersonTable>
export type AppUser = Selectable<AppUserTable>
export type AuditEntry = Selectable<AuditLogTable>

export type GoalSeekJobStatus = 'running' | 'done' | 'failed'

/** One "Find vej til målet" search: its options, and its result (JSON) once done. */
export interface GoalSeekJobTable {
  id: string
  scenarioId: number
  status: GoalSeekJobStatus
  optionsJson: string
  resultJson: string | null
  /** While running: the solver's latest progress (JSON), at most a second old. */
  progressJson: ColumnType<string | null, string | null | undefined, string | null>
  error: string | null
  timeLimitSeconds: number
  userEmail: string
  startedAt: Timestamp
  finishedAt: Timestamp | null
}
export type GoalSeekJob = Selectable<GoalSeekJobTable>
