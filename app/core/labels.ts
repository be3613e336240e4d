/** Danish labels for the codes stored in the database (glossary in docs/domain.md). */
import type { LeaseDirection, LeaseStatus, LeaseTermsText, Ownership, PropertyStatus, PropertyUse, SaleStatus } from '#db/schema'

export const ownershipLabels: Record<Ownership, string> = { owned: 'Ejet', leased: 'Lejet' }

export const propertyUseLabels: Record<PropertyUse, string> = {
  administration: 'Administration',
  school: 'Skole',
  daycare: 'Dagtilbud',
  care: 'Pleje og omsorg',
  culture: 'Kultur og fritid',
  sports: 'Idræt',
  technical: 'Teknik og materielgård',
  housing: 'Bolig',
  other: 'Andet',
}

export const propertyStatusLabels: Record<PropertyStatus, string> = {
  in_use: 'I brug',
  designated: 'Udpeget til salg',
  on_offer: 'Udbudt',
  sold: 'Solgt',
  vacating: 'Fraflyttes',
  vacant: 'Tom',
}

export const leaseDirectionLabels: Record<LeaseDirection, string> = {
  tenant: 'Kommunen lejer',
  landlord: 'Kommunen udlejer',
}

export const leaseTermsLabels: Record<LeaseTermsText, string> = {
  month: 'Til den 1. i en måned',
  quarter: 'Til kvartalsskifte',
}

export const leaseStatusLabels: Record<LeaseStatus, string> = {
  active: 'Aktiv',
  terminated: 'Opsagt',
  vacated: 'Fraflyttet',
  ended: 'Ophørt',
}

export const saleStatusLabels: Record<SaleStatus, string> = {
  designated: 'Udpeget',
  offered: 'Udbudt',
  bid_received: 'Bud modtaget',
  conditionally_sold: 'Betinget solgt',
  sold: 'Solgt',
  withdrawn: 'Trukket tilbage',
}

/** Typed keys of a label record, for zod enums and selects. */
export function codes<T extends string>(labels: Record<T, string>): [T, ...T[]] {
  return Object.keys(labels) as [T, ...T[]]
}
