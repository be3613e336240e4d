/** Valid inputs for the register, overridable per test. */
import type { LeaseInput } from '~/features/leases/schemas'
import type { PropertyInput } from '~/features/properties/schemas'
import type { UnitInput } from '~/features/relocations/schemas'

export function propertyInput(over: Partial<PropertyInput> = {}): PropertyInput {
  return {
    name: 'Testejendommen',
    address: 'Testvej 1',
    postcode: '8722',
    town: 'Hedensted',
    ownership: 'owned',
    use: 'administration',
    status: 'in_use',
    grossAreaM2: 1000,
    workplaces: 50,
    annualOperatingCostOre: 37_200_000,
    annualMaintenanceOre: 5_000_000,
    maintenanceBacklogOre: 10_000_000,
    latitude: 55.77,
    longitude: 9.7,
    energyLabel: null,
    energyLabelDate: null,
    heatSource: null,
    note: '',
    ...over,
  }
}

/** A unit of six people at a property since 01.09.2024. */
export function unitInput(propertyId: number, over: Partial<UnitInput> = {}): UnitInput {
  return {
    name: 'Træningsenheden',
    parentId: null,
    propertyId,
    headcount: 6,
    workplacesNeeded: null,
    contactPerson: '',
    external: 0,
    locatedFrom: '2024-09-01',
    acceptWarnings: 0,
    ...over,
  }
}

export function leaseInput(propertyId: number, over: Partial<LeaseInput> = {}): LeaseInput {
  return {
    propertyId,
    direction: 'tenant',
    counterparty: 'Udlejer A/S',
    annualRentOre: 48_000_000,
    annualServiceOre: 0,
    operatingCostPaidByMunicipality: 0,
    startDate: '2015-01-01',
    noticeMonths: 3,
    terms: 'month',
    nonTerminableUntil: null,
    noticeDate: null,
    status: 'active',
    note: '',
    ...over,
  }
}

/** Form fields as a browser posts them (Danish notation). */
export function propertyForm(over: Record<string, string> = {}): FormData {
  const fields: Record<string, string> = {
    name: 'Ny ejendom',
    address: 'Torvet 2',
    postcode: '7130',
    town: 'Juelsminde',
    ownership: 'owned',
    use: 'administration',
    status: 'in_use',
    grossAreaM2: '1.200',
    workplaces: '40',
    annualOperatingCostOre: '1.234.567,89',
    annualMaintenanceOre: '0',
    maintenanceBacklogOre: '250.000',
    latitude: '55,71',
    longitude: '10,01',
    note: '',
    intent: 'save',
    ...over,
  }
  const fd = new FormData()
  for (const [k, v] of Object.entries(fields)) fd.set(k, v)
  return fd
}

export function leaseForm(propertyId: number, over: Record<string, string> = {}): FormData {
  const fields: Record<string, string> = {
    propertyId: String(propertyId),
    direction: 'tenant',
    counterparty: 'Udlejer ApS',
    annualRentOre: '480.000,00',
    annualServiceOre: '0',
    startDate: '01.01.2015',
    noticeMonths: '3',
    terms: 'month',
    nonTerminableUntil: '',
    noticeDate: '',
    status: 'active',
    note: '',
    intent: 'save',
    ...over,
  }
  const fd = new FormData()
  for (const [k, v] of Object.entries(fields)) fd.set(k, v)
  return fd
}
