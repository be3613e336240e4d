/**
 * The shapes the relocation pages pass from services to components. Plain types, so components
 * never import a `.server` module to name them.
 */
import type { Person, Relocation, RelocationStatus } from '#db/schema'

/** A relocation with the names a list shows. */
export interface RelocationRow extends Relocation {
  unitName: string
  fromPropertyName: string
  toPropertyName: string
  rotationName: string | null
  /** Done, and the unit kept nobody at the origin (see core/relocation-replay.ts). */
  emptiedOrigin: boolean
}

/** Which relocations a list shows. */
export interface RelocationFilter {
  unitId?: number
  /** From or to this property. */
  propertyId?: number
  rotationId?: number
  statuses?: readonly RelocationStatus[]
}

/** A relocation in the list, with the moving cost the savings engine will count. */
export interface RelocationListRow extends RelocationRow {
  /** The stated moving cost, or the plan's rate × headcount. */
  movingCostShownOre: number
  movingCostComputed: boolean
}

/** Where (part of) a unit sits now; `id` null when it is the implicit placement. */
export interface CurrentLocation {
  id: number | null
  unitId: number
  propertyId: number
  propertyName: string
  headcount: number
  fromDate: string | null
}

/** A relocation being planned (not saved yet, or saved and edited). */
export interface Candidate {
  /** Set when an existing relocation is edited; it then replaces the saved one. */
  id?: number
  unitId: number
  fromPropertyId: number
  toPropertyId: number
  date: string
  headcount: number
  status: RelocationStatus
  movingCostOre?: number | null
  refurbishmentOre?: number | null
  addedAnnualOperatingOre?: number | null
}

/** The receiving building in one month after a move. */
export interface CheckMonth {
  month: string
  headcount: number
  workplacesNeeded: number
  workplaces: number
  m2PerFte: number | null
  over: boolean
}

/** The check a relocation gets before it is saved or marked done. */
export interface RelocationCheck {
  /** Why the move cannot be saved (it moves more people than are at the origin), or null. */
  refusal: string | null
  /** Capacity and left-behind messages that need the planner's confirmation. */
  warnings: string[]
  destination: { id: number; name: string; workplaces: number }
  /** The receiving building from the month of the move to the end of the horizon. */
  months: CheckMonth[]
  /** Other relocations into the receiving building (every status). */
  arrivals: RelocationRow[]
}

/** Where a unit sits, as the relocation form hints it. */
export interface Site {
  propertyId: number
  propertyName: string
  headcount: number
}

/** The choices the relocation form offers. */
export interface RelocationFormData {
  rotations: { id: number; name: string }[]
  /** Names of the unit and properties the form starts with, for its pickers (they search on the server). */
  names: { unit: string; from: string; to: string }
  /** Where the form's unit sits now. */
  sites: Site[]
  ratePerPersonOre: number
}

/** A unit in the list, with where it sits now. */
export interface UnitListRow {
  id: number
  name: string
  parentName: string | null
  headcount: number
  /** The unit's own need, or headcount × the plan's desk factor (to 1 decimal). */
  workplacesNeeded: number
  ownNeed: boolean
  external: boolean
  contactPerson: string
  locations: CurrentLocation[]
  /** Relocations not yet done. */
  pendingMoves: number
}

/** Who is looking: only a viewer who may read people gets names. */
export interface Viewer {
  canSeePeople: boolean
}

export type PersonRow = Person & { unitName: string }

/** Names for HR; only the count for anyone else. */
export type PeopleView = { visible: true; people: PersonRow[] } | { visible: false; count: number }

/** A unit in the paged grid (/api/v1/units): where it sits is one text. A type, so grid helpers take it as a record. */
export type UnitGridRow = {
  id: number
  name: string
  parentName: string | null
  headcount: number
  /** The unit's own need, or headcount × the plan's desk factor (to 1 decimal). */
  workplacesNeeded: number
  ownNeed: boolean
  external: number
  contactPerson: string
  locatedFrom: string | null
  /** 'Hedensted Rådhus', or with årsværk when split: 'Rådhuset (12), Annekset (3)'. */
  sitsIn: string
  /** Relocations not yet done. */
  pendingMoves: number
}
