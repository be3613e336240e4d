import type {
  ClosureMeasure,
  LeaseInput,
  LeaseTerminationMeasure,
  Measure,
  PropertyInput,
  RelocationMeasure,
  SaleMeasure,
  UnitInput,
} from './types'

/*
 * Fixed-shape copies of the engine's input, made once per computation.
 *
 * Why: V8 (Node 20) gives every object built as `{ ...row, extra }` its own hidden class, and
 * the app builds measures and leases that way from database rows (20,000 objects, 20,000
 * classes). Every later property read on such objects is a megamorphic lookup, and the engine
 * ran 2-3 times slower on rows from the database than on the same data from JSON.parse.
 * Copying each record once into an object literal with a fixed key order (one hidden class per
 * kind) makes all later reads cheap. The copies never leave the engine.
 */

/**
 * One field, read with a computed key. On objects that each have their own hidden class a named
 * read (`m.kind`) misses V8's lookup cache and calls into the runtime every time; a keyed read
 * looks the key up in place, about four times faster for 20,000 such measures.
 */
function field<T, K extends keyof T>(record: T, key: K): T[K] {
  return record[key]
}

/** Lists made by `recordList`: their items are fixed-shape records already. */
const fixedShape = new WeakSet<readonly object[]>()

/**
 * The rows as fixed-shape records, in a list the engine then uses as it is instead of copying it
 * again: a caller that builds the register's 100,000 properties for the engine makes them
 * records at once, and one computation holds one copy of the register, not two.
 * @example const properties = recordList(rows, propertyRecord)
 */
export function recordList<R, T extends object>(rows: readonly R[], record: (row: R) => T): T[] {
  const list = rows.map(record)
  fixedShape.add(list)
  return list
}

/**
 * The engine's records of a list: the list itself when `recordList` made it, else fixed-shape
 * copies. The engine only reads records, so sharing the caller's list is safe.
 */
export function recordsOf<T extends object>(list: readonly T[], record: (row: T) => T): readonly T[] {
  return fixedShape.has(list) ? list : list.map(record)
}

/** A property as the engine reads it. */
export function propertyRecord(p: PropertyInput): PropertyInput {
  return {
    id: field(p, 'id'),
    name: field(p, 'name'),
    ownership: field(p, 'ownership'),
    grossAreaM2: field(p, 'grossAreaM2'),
    workplaces: field(p, 'workplaces'),
    annualOperatingCostOre: field(p, 'annualOperatingCostOre'),
    annualMaintenanceOre: field(p, 'annualMaintenanceOre'),
    maintenanceBacklogOre: field(p, 'maintenanceBacklogOre'),
  }
}

/** A lease as the engine reads it. */
export function leaseRecord(l: LeaseInput): LeaseInput {
  return {
    id: field(l, 'id'),
    propertyId: field(l, 'propertyId'),
    name: field(l, 'name'),
    direction: field(l, 'direction'),
    annualRentOre: field(l, 'annualRentOre'),
    annualServiceOre: field(l, 'annualServiceOre'),
    operatingCostPaidByMunicipality: field(l, 'operatingCostPaidByMunicipality'),
    noticeMonths: field(l, 'noticeMonths'),
    terms: field(l, 'terms'),
    nonTerminableUntil: field(l, 'nonTerminableUntil'),
    startDate: field(l, 'startDate'),
  }
}

/** A unit as the engine reads it. */
export function unitRecord(u: UnitInput): UnitInput {
  return {
    id: field(u, 'id'),
    name: field(u, 'name'),
    headcount: field(u, 'headcount'),
    propertyId: field(u, 'propertyId'),
    workplacesNeeded: field(u, 'workplacesNeeded'),
  }
}

function termination(m: LeaseTerminationMeasure): LeaseTerminationMeasure {
  return {
    id: field(m, 'id'),
    status: field(m, 'status'),
    label: field(m, 'label'),
    kind: 'lease_termination',
    leaseId: field(m, 'leaseId'),
    noticeDate: field(m, 'noticeDate'),
    endDateOverride: field(m, 'endDateOverride'),
  }
}

function sale(m: SaleMeasure): SaleMeasure {
  return {
    id: field(m, 'id'),
    status: field(m, 'status'),
    label: field(m, 'label'),
    kind: 'sale',
    propertyId: field(m, 'propertyId'),
    takeoverDate: field(m, 'takeoverDate'),
    priceOre: field(m, 'priceOre'),
    saleCostsOre: field(m, 'saleCostsOre'),
  }
}

function closure(m: ClosureMeasure): ClosureMeasure {
  return {
    id: field(m, 'id'),
    status: field(m, 'status'),
    label: field(m, 'label'),
    kind: 'closure',
    propertyId: field(m, 'propertyId'),
    date: field(m, 'date'),
    operatingCostShare: field(m, 'operatingCostShare'),
  }
}

function relocation(m: RelocationMeasure): RelocationMeasure {
  return {
    id: field(m, 'id'),
    status: field(m, 'status'),
    label: field(m, 'label'),
    kind: 'relocation',
    unitId: field(m, 'unitId'),
    fromPropertyId: field(m, 'fromPropertyId'),
    toPropertyId: field(m, 'toPropertyId'),
    date: field(m, 'date'),
    headcount: field(m, 'headcount'),
    refurbishmentOre: field(m, 'refurbishmentOre'),
    addedAnnualOperatingOre: field(m, 'addedAnnualOperatingOre'),
    movingCostOverrideOre: field(m, 'movingCostOverrideOre'),
  }
}

/** A measure as the engine reads it: one shape per kind (an unknown kind is kept as given). */
export function measureRecord(m: Measure): Measure {
  switch (field(m, 'kind')) {
    case 'lease_termination':
      return termination(m as LeaseTerminationMeasure)
    case 'sale':
      return sale(m as SaleMeasure)
    case 'closure':
      return closure(m as ClosureMeasure)
    case 'relocation':
      return relocation(m as RelocationMeasure)
    default:
      return m
  }
}
