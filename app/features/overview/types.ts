/** The front page's figures, shared by its loader and its components. */

export interface Overview {
  properties: number
  ownedProperties: number
  grossAreaM2: number
  workplaces: number
  annualOperatingCostOre: number
  tenantLeases: number
  annualTenantRentOre: number
  /** The first of the leases ending within a year (LEASES_ENDING_SHOWN); all are counted. */
  leasesEndingSoon: { id: number; counterparty: string; propertyName: string; endDate: string; annualOre: number }[]
  leasesEndingCount: number
  salesRealisedOre: number
  salesExpectedOre: number
  salesSold: number
  salesOpen: number
}
