/**
 * What one sale does to the budget, from the savings engine (app/domain/savings): a one-measure
 * scenario over the register, with the decided plan's assumptions (avoided maintenance, rent
 * indexation). The page shows it per year; nothing here is stored.
 */
import type { Kysely } from 'kysely'
import type { Database } from '#db/schema'
import { yearOf } from '~/core/dates'
import { computeSavings, type Assumptions, type SaleMeasure } from '~/core/savings'
import { getBaseline } from '~/features/scenarios/scenarios.repo.server'
import type { SaleRow } from '~/features/sales/sales.repo.server'
import { assumptionsOf, loadPortfolio } from '~/features/scenarios/savings.server'

/** Years shown from the takeover year. */
const YEARS_SHOWN = 5

export interface SaleEffectYear {
  year: number
  savedOperating: string
  savedMaintenance: string
  lostRentalIncome: string
  netOperatingSaving: string
  capitalIncome: string
  avoidedBacklog: string
}

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

function priceBasis(sale: SaleRow): SaleEffect['priceBasis'] {
  if (sale.realisedPriceOre != null) return sale.status === 'sold' ? 'realised' : 'agreed'
  return sale.expectedPriceOre != null ? 'expected' : 'none'
}

function defaultAssumptions(firstYear: number): Assumptions {
  return {
    firstYear,
    lastYear: firstYear,
    targetAnnualOre: 500_000_000,
    deskFactor: 1,
    movingCostPerPersonOre: 0,
    countAvoidedMaintenance: false,
    rentIndexationPct: null,
  }
}

/**
 * The sale's yearly effect (amounts as decimal strings in kroner, unrounded; the page formats them).
 * @example (await saleEffect(db, sale, '2024-06-01')).years[0]?.savedOperating // '295000'
 */
export async function saleEffect(db: Kysely<Database>, sale: SaleRow, today: string): Promise<SaleEffect | null> {
  if (sale.status === 'withdrawn') return null
  const takeoverKnown = sale.takeoverDate != null
  // Without a takeover date, show the effect of a takeover on 1 January next year.
  const takeoverDate = sale.takeoverDate ?? `${yearOf(today) + 1}-01-01`
  const firstYear = yearOf(takeoverDate)
  const [portfolio, baseline] = await Promise.all([loadPortfolio(db), getBaseline(db)])
  const base = baseline ? assumptionsOf(baseline) : defaultAssumptions(firstYear)
  const assumptions: Assumptions = { ...base, firstYear, lastYear: firstYear + YEARS_SHOWN - 1 }
  const measure: SaleMeasure = {
    id: `sale-${sale.id}`,
    kind: 'sale',
    status: sale.status === 'sold' ? 'realised' : 'decided',
    label: `Salg: ${sale.propertyName}`,
    propertyId: sale.propertyId,
    takeoverDate,
    priceOre: sale.realisedPriceOre ?? sale.expectedPriceOre ?? 0,
    saleCostsOre: sale.saleCostsOre,
  }
  const result = computeSavings({ ...portfolio, measures: [measure], assumptions, statusFilter: 'all' })
  return {
    takeoverKnown,
    takeoverDate,
    priceBasis: priceBasis(sale),
    countsAvoidedMaintenance: assumptions.countAvoidedMaintenance,
    years: result.years.map((y) => ({
      year: y.year,
      savedOperating: y.savedOperating.toString(),
      savedMaintenance: y.savedMaintenance.toString(),
      lostRentalIncome: y.lostRentalIncome.toString(),
      netOperatingSaving: y.netOperatingSaving.toString(),
      capitalIncome: y.capitalIncome.toString(),
      avoidedBacklog: y.avoidedBacklog.toString(),
    })),
    fullYear: {
      savedOperating: result.fullYear.savedOperating.toString(),
      savedMaintenance: result.fullYear.savedMaintenance.toString(),
      lostRentalIncome: result.fullYear.lostRentalIncome.toString(),
      netOperatingSaving: result.fullYear.netOperatingSaving.toString(),
    },
    conflicts: result.conflicts.map((c) => c.message),
  }
}
