/**
 * A scenario's full savings result for programs (the CLI's `--json` and
 * `/api/v1/scenarios/:id/savings`): figures, line items, full-year line items, conflicts and
 * double rent, with amounts in kroner as unrounded decimal strings.
 */
import Decimal from 'decimal.js'
import type { Scenario } from '#db/schema'
import { climateLineItems, fullYearLineItems, lineItemsFor, type ClimateResult, type SavingsResult } from '~/core/savings'

/** Decimals as plain decimal strings (never exponent form), everything else as it is. */
function plain(value: unknown): unknown {
  if (Decimal.isDecimal(value)) return (value as Decimal).toFixed()
  if (Array.isArray(value)) return value.map(plain)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
  }
  return value
}

/** The climate figures (docs/climate.md) with their line items; energy in MWh, CO2e in tonnes. */
function climateDocument(climate: ClimateResult, firstYear: number, lastYear: number) {
  const { contributions: _internal, ...figures } = climate
  const lineItems = []
  for (let year = firstYear; year <= lastYear; year++) lineItems.push(...climateLineItems(climate, year, firstYear))
  return {
    units: 'MWh og tons CO2e, decimaltekst, uafrundet; undgået positiv, tilført negativ',
    ...figures,
    lineItems,
    fullYearLineItems: climateLineItems(climate, 'full', firstYear),
  }
}

/** @example JSON.stringify(savingsDocument(scenario, result)) */
export function savingsDocument(scenario: Pick<Scenario, 'name' | 'isBaseline' | 'description'>, result: SavingsResult): unknown {
  const { contributions: _internal, climate, ...figures } = result
  return plain({
    scenario: { name: scenario.name, isBaseline: scenario.isBaseline === 1, description: scenario.description },
    amounts: 'kroner, decimaltekst, uafrundet',
    ...figures,
    lineItems: lineItemsFor(result),
    fullYearLineItems: fullYearLineItems(result),
    ...(climate ? { climate: climateDocument(climate, result.firstYear, result.lastYear) } : {}),
  })
}
