/**
 * A scenario's full savings result for programs (the CLI's `--json` and
 * `/api/v1/scenarios/:id/savings`): figures, line items, full-year line items, conflicts and
 * double rent, with amounts in kroner as unrounded decimal strings.
 */
import Decimal from 'decimal.js'
import type { Scenario } from '#db/schema'
import { fullYearLineItems, lineItemsFor, type SavingsResult } from '~/core/savings'

/** Decimals as plain decimal strings (never exponent form), everything else as it is. */
function plain(value: unknown): unknown {
  if (Decimal.isDecimal(value)) return (value as Decimal).toFixed()
  if (Array.isArray(value)) return value.map(plain)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
  }
  return value
}

/** @example JSON.stringify(savingsDocument(scenario, result)) */
export function savingsDocument(scenario: Pick<Scenario, 'name' | 'isBaseline' | 'description'>, result: SavingsResult): unknown {
  const { contributions: _internal, ...figures } = result
  return plain({
    scenario: { name: scenario.name, isBaseline: scenario.isBaseline === 1, description: scenario.description },
    amounts: 'kroner, decimaltekst, uafrundet',
    ...figures,
    lineItems: lineItemsFor(result),
    fullYearLineItems: fullYearLineItems(result),
  })
}
