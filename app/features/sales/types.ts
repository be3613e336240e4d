/** What the sales pages show: plain data shared by the services that gather it and the components that draw it. */
import type { Bid, Sale, SaleStatus, SaleStep } from '#db/schema'

/** A sale with the facts of its property the grid and pages show. */
export type SaleRow = Sale & {
  propertyName: string
  propertyTown: string
  propertyAddress: string
  propertyUse: string
  propertyStatus: string
}

export interface SalesTotals {
  /** Prices of sold properties, øre. */
  realisedOre: number
  /** Agreed or expected prices of the sales still under way, øre. */
  expectedOre: number
  totalOre: number
  soldCount: number
  openCount: number
  withdrawnCount: number
}

export interface SaleEffectYear {
  year: number
  savedOperating: string
  savedMaintenance: string
  lostRentalIncome: string
  netOperatingSaving: string
  capitalIncome: string
  avoidedBacklog: string
}

/** One sale's effect on the budget; amounts are kroner as unrounded decimal strings. */
export interface SaleEffect {
  /** False when the takeover date is not known yet: the years are then those of an assumed takeover. */
  takeoverKnown: boolean
  takeoverDate: string
  priceBasis: 'realised' | 'agreed' | 'expected' | 'none'
  countsAvoidedMaintenance: boolean
  years: SaleEffectYear[]
  fullYear: { savedOperating: string; savedMaintenance: string; lostRentalIncome: string; netOperatingSaving: string }
  /** Danish messages, e.g. units still sitting in the property at takeover. */
  conflicts: string[]
}

export interface SalePage {
  sale: SaleRow
  steps: SaleStep[]
  bids: Bid[]
  nextSteps: readonly SaleStatus[]
  effect: SaleEffect | null
  today: string
}
