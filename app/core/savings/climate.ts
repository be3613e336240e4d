/**
 * Energy and CO2e a scenario avoids, per budget year and as a full-year effect (docs/climate.md).
 * Optional beside the kroner: computed only when the engine input has a climate part.
 */
import { accrueUnits, yearFraction } from './accrual'
import { buildClimateContributions } from './climate-contributions'
import type { ClimateContribution, ClimateFigures, ClimateInput, ClimateResult, EmissionFactorInput, EnergyCarrier } from './climate-types'
import { CARRIER_LABELS, co2eTonnes, energyMwh } from './climate-units'
import type { EngineContext } from './measures'

export type FactorLookup = (carrier: EnergyCarrier, year: number) => EmissionFactorInput | null

/**
 * The factor a year uses: that year's, else the latest before, else the earliest after; the
 * scenario's own factor replaces the municipality's for its carrier and year.
 *
 * @example factorLookup([{ carrier: 'oil', year: 2024, gPerMwh: 267_000, scenario: false }])('oil', 2026)?.gPerMwh // 267000
 */
export function factorLookup(factors: readonly EmissionFactorInput[]): FactorLookup {
  const byCarrier = new Map<EnergyCarrier, Map<number, EmissionFactorInput>>()
  for (const f of factors) {
    const years = byCarrier.get(f.carrier) ?? new Map<number, EmissionFactorInput>()
    byCarrier.set(f.carrier, years)
    if (f.scenario || !years.get(f.year)?.scenario) years.set(f.year, f)
  }
  return (carrier, year) => {
    const years = byCarrier.get(carrier)
    if (!years || years.size === 0) return null
    const exact = years.get(year)
    if (exact) return exact
    const known = [...years.keys()].sort((a, b) => a - b)
    const before = known.filter((y) => y < year).pop()
    return years.get(before ?? known[0]!) ?? null
  }
}

/** Yearly energy units of a contribution in a year, by month fractions like the kroner. */
export function climateYearUnits(c: ClimateContribution, year: number): { heat: bigint; electricity: bigint } {
  const f = yearFraction(c.from, year)
  return { heat: accrueUnits(c.heatUnits, f), electricity: accrueUnits(c.electricityUnits, f) }
}

/** CO2e units (10⁻²¹ t) of energy units with a year's factors; 0 for heat of unknown source. */
export function co2eUnits(lookup: FactorLookup, carrier: EnergyCarrier | null, heat: bigint, electricity: bigint, year: number): bigint {
  const heatFactor = carrier === null ? null : lookup(carrier, year)
  const elFactor = lookup('electricity', year)
  return heat * BigInt(heatFactor?.gPerMwh ?? 0) + electricity * BigInt(elFactor?.gPerMwh ?? 0)
}

interface Sums {
  heat: bigint
  electricity: bigint
  co2e: bigint
}

const figuresOf = (s: Sums): ClimateFigures => ({
  heatMwh: energyMwh(s.heat),
  electricityMwh: energyMwh(s.electricity),
  energyMwh: energyMwh(s.heat + s.electricity),
  co2eTonnes: co2eTonnes(s.co2e),
})

function addTo(s: Sums, c: ClimateContribution, heat: bigint, electricity: bigint, co2e: bigint): void {
  const sign = BigInt(c.sign)
  s.heat += sign * heat
  s.electricity += sign * electricity
  s.co2e += sign * co2e
}

function missingFactors(contributions: readonly ClimateContribution[], lookup: FactorLookup, year: number): string[] {
  const carriers = new Set<EnergyCarrier>()
  for (const c of contributions) {
    if (c.heatUnits !== 0n && c.heatCarrier !== null) carriers.add(c.heatCarrier)
    if (c.electricityUnits !== 0n) carriers.add('electricity')
  }
  return [...carriers]
    .filter((carrier) => lookup(carrier, year) === null)
    .map((carrier) => `Der er ingen emissionsfaktor for ${CARRIER_LABELS[carrier]}; dens CO2e er regnet som 0.`)
}

/**
 * The climate figures of the kept measures.
 *
 * @example computeClimate(ctx, climate).fullYear.co2eTonnes.toString() // '5.6'
 */
export function computeClimate(ctx: EngineContext, climate: ClimateInput): ClimateResult {
  const { firstYear, lastYear } = ctx.input.assumptions
  const { contributions, warnings } = buildClimateContributions(ctx, climate)
  const lookup = factorLookup(climate.factors)
  const zero = (): Sums => ({ heat: 0n, electricity: 0n, co2e: 0n })
  const totals = zero()
  const years = []
  for (let year = firstYear; year <= lastYear; year++) {
    const s = zero()
    for (const c of contributions) {
      const { heat, electricity } = climateYearUnits(c, year)
      if (heat !== 0n || electricity !== 0n) addTo(s, c, heat, electricity, co2eUnits(lookup, c.heatCarrier, heat, electricity, year))
    }
    addTo(totals, { sign: 1 } as ClimateContribution, s.heat, s.electricity, s.co2e)
    years.push({ year, ...figuresOf(s) })
  }
  const full = zero()
  for (const c of contributions) {
    addTo(full, c, c.heatUnits, c.electricityUnits, co2eUnits(lookup, c.heatCarrier, c.heatUnits, c.electricityUnits, firstYear))
  }
  const factorsUsed: ClimateResult['factorsUsed'] = []
  for (let year = firstYear; year <= lastYear; year++) {
    for (const carrier of Object.keys(CARRIER_LABELS) as EnergyCarrier[]) {
      const f = lookup(carrier, year)
      if (f) factorsUsed.push({ carrier, year, gPerMwh: f.gPerMwh, scenario: f.scenario })
    }
  }
  return {
    years,
    totals: figuresOf(totals),
    fullYear: figuresOf(full),
    contributions,
    factorsUsed,
    warnings: [...warnings, ...missingFactors(contributions, lookup, firstYear)],
  }
}
