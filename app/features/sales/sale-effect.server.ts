/**
 * What one sale does to the budget, from the savings engine (app/core/savings): a one-measure
 * scenario over the register, with the decided plan's assumptions (avoided maintenance, rent
 * indexation). The page shows it per year; nothing here is stored.
 */
import { yearOf } from '~/core/dates'
import { computeSavings, type Assumptions, type SaleMeasure, type SavingsResult } from '~/core/savings'
import { assumptionsOf, loadPortfolio } from '~/features/scenarios/savings.server'
import { getBaseline } from '~/features/scenarios/scenarios.server'
import type { Db } from '~/server/db.server'
import type { SaleEffect, SaleRow } from './types'

/** Years shown from the takeover year. */
const YEARS_SHOWN = 5

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

/** The sale as the engine's one measure, taken over on `takeoverDate`. */
function saleMeasure(sale: SaleRow, takeoverDate: string): SaleMeasure {
  return {
    id: `sale-${sale.id}`,
    kind: 'sale',
    status: sale.status === 'sold' ? 'realised' : 'decided',
    label: `Salg: ${sale.propertyName}`,
    propertyId: sale.propertyId,
    takeoverDate,
    priceOre: sale.realisedPriceOre ?? sale.expectedPriceOre ?? 0,
    saleCostsOre: sale.saleCostsOre,
  }
}

/** The engine's figures as decimal strings for the page. */
function effectFigures(result: SavingsResult): Pick<SaleEffect, 'years' | 'fullYear' | 'conflicts'> {
  return {
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

/**
 * The sale's yearly effect (amounts as decimal strings in kroner, unrounded; the page formats them).
 * @example (await saleEffect(db, sale, '2024-06-01')).years[0]?.savedOperating // '295000'
 */
export async function saleEffect(db: Db, sale: SaleRow, today: string): Promise<SaleEffect | null> {
  if (sale.status === 'withdrawn') return null
  // Without a takeover date, show the effect of a takeover on 1 January next year.
  const takeoverDate = sale.takeoverDate ?? `${yearOf(today) + 1}-01-01`
  const firstYear = yearOf(takeoverDate)
  const [portfolio, baseline] = await Promise.all([loadPortfolio(db), getBaseline(db)])
  const base = baseline ? assumptionsOf(baseline) : defaultAssumptions(firstYear)
  const assumptions: Assumptions = { ...base, firstYear, lastYear: firstYear + YEARS_SHOWN - 1 }
  const result = computeSavings({ ...portfolio, measures: [saleMeasure(sale, takeoverDate)], assumptions, statusFilter: 'all' })
  return {
    takeoverKnown: sale.takeoverDate != null,
    takeoverDate,
    priceBasis: priceBasis(sale),
    countsAvoidedMaintenance: assumptions.countAvoidedMaintenance,
    ...effectFigures(result),
  }
}
