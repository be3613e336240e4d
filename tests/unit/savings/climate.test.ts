/** The climate figures: the worked examples of docs/climate.md exactly, and their properties. */
import type Decimal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Money } from '~/core/money'
import {
  climateLineItems,
  computeSavings,
  factorLookup,
  type ClimateInput,
  type EmissionFactorInput,
  type EngineInput,
  type PropertyEnergyInput,
} from '~/core/savings'
import { assumptions, lease, property, scenario, unit } from './fixtures'
import { expectSameTotals, inputArb } from './generators'

const factor = (carrier: EmissionFactorInput['carrier'], kg: number, year = 2025): EmissionFactorInput => ({
  carrier,
  year,
  gPerMwh: kg * 1000,
  scenario: true,
})
const FACTORS = [factor('district_heating', 60), factor('electricity', 100), factor('natural_gas', 205)]
const energy = (
  propertyId: number,
  heatSource: PropertyEnergyInput['heatSource'],
  heatMwh: number,
  elMwh: number,
): PropertyEnergyInput => ({
  propertyId,
  heatSource,
  consumptionYear: 2024,
  heatKwh: Math.round(heatMwh * 1000),
  electricityKwh: Math.round(elMwh * 1000),
})
const A = assumptions({ firstYear: 2025, lastYear: 2028 })

function climateOf(input: EngineInput) {
  const climate = computeSavings(input).climate
  if (!climate) throw new Error('no climate result')
  return climate
}
const year = (c: ReturnType<typeof climateOf>, y: number) => {
  const row = c.years.find((r) => r.year === y)!
  return { heat: row.heatMwh.toString(), el: row.electricityMwh.toString(), t: row.co2eTonnes.toString() }
}
const full = (c: ReturnType<typeof climateOf>) => ({
  heat: c.fullYear.heatMwh.toString(),
  el: c.fullYear.electricityMwh.toString(),
  t: c.fullYear.co2eTonnes.toString(),
})

describe('worked examples (docs/climate.md)', () => {
  it('1. half a building closed on 01.07.2025 avoids 30 + 10 MWh and 2,8 t in 2025, then 80 MWh and 5,6 t a year', () => {
    const c = climateOf(
      scenario({
        properties: [property({ id: 1, name: 'Rådhusannekset' })],
        measures: [{ kind: 'closure', id: 'm1', status: 'decided', propertyId: 1, date: '2025-07-01', operatingCostShare: 0.5 }],
        assumptions: A,
        climate: { properties: [energy(1, 'district_heating', 120, 40)], factors: FACTORS },
      }),
    )
    expect(year(c, 2025)).toEqual({ heat: '30', el: '10', t: '2.8' })
    expect(year(c, 2026)).toEqual({ heat: '60', el: '20', t: '5.6' })
    expect(full(c)).toEqual({ heat: '60', el: '20', t: '5.6' })
    expect(c.totals.energyMwh.toString()).toBe(String(40 + 80 * 3))
    const [item] = climateLineItems(c, 2025, 2025)
    expect(item!.explanation).toBe(
      '50\u00a0% af forbruget i Rådhusannekset (forbrug 2024): varme 120 MWh × 50\u00a0% = 60 MWh; el 40 MWh × 50\u00a0% = 20 MWh. ' +
        'jul.–dec. 2025, 6/12 af året: varme 30 MWh × 60 kg/MWh (fjernvarme, scenariets faktor) = 1,8 t; ' +
        'el 10 MWh × 100 kg/MWh (scenariets faktor) = 1 t; i alt 2,8 t CO2e undgået',
    )
  })

  it('2. a sale on 16.03.2025 avoids 295/372 of the year: 295 + 59 MWh and 66,375 t; 83,7 t a full year', () => {
    const c = climateOf(
      scenario({
        properties: [property({ id: 1, name: 'Skolen i Øster Snede' })],
        measures: [{ kind: 'sale', id: 's', status: 'decided', propertyId: 1, takeoverDate: '2025-03-16', priceOre: 0, saleCostsOre: 0 }],
        assumptions: A,
        climate: { properties: [energy(1, 'natural_gas', 372, 74.4)], factors: FACTORS },
      }),
    )
    expect(year(c, 2025)).toEqual({ heat: '295', el: '59', t: '66.375' })
    expect(full(c)).toEqual({ heat: '372', el: '74.4', t: '83.7' })
    expect(climateLineItems(c, 2025, 2025)[0]!.explanation).toContain('mar. 2025 16/31 af en måned + apr.–dec. 2025 9/12 = 295/372 af året')
  })

  it('3. an ended lease avoids energy only when the municipality paid the operating cost', () => {
    const input = (paid: boolean) =>
      scenario({
        properties: [property({ id: 1, name: 'Torvet 3', ownership: 'leased' })],
        leases: [lease({ id: 1, propertyId: 1, operatingCostPaidByMunicipality: paid, annualRentOre: 100_000_00 })],
        measures: [
          { kind: 'lease_termination', id: 'l', status: 'decided', leaseId: 1, noticeDate: '2025-01-01', endDateOverride: '2025-12-31' },
        ],
        assumptions: A,
        climate: { properties: [energy(1, 'district_heating', 50, 30)], factors: FACTORS },
      })
    expect(year(climateOf(input(true)), 2026)).toEqual({ heat: '50', el: '30', t: '6' })
    expect(year(climateOf(input(true)), 2025)).toEqual({ heat: '0', el: '0', t: '0' })
    expect(full(climateOf(input(false)))).toEqual({ heat: '0', el: '0', t: '0' })
    expect(computeSavings(input(false)).fullYear.savedRentAndService.toString()).toBe('100000')
  })

  it('4. a move adds the receiving building’s consumption per workplace, or the stated amount', () => {
    const input = (stated?: ClimateInput['stated']) =>
      scenario({
        properties: [property({ id: 1 }), property({ id: 2, name: 'Skolegade', workplaces: 100 })],
        units: [unit({ id: 1, propertyId: 1, headcount: 20 })],
        measures: [
          {
            kind: 'relocation',
            id: 'r',
            status: 'decided',
            unitId: 1,
            fromPropertyId: 1,
            toPropertyId: 2,
            date: '2026-01-01',
            headcount: 20,
            refurbishmentOre: 0,
            addedAnnualOperatingOre: 0,
          },
        ],
        assumptions: A,
        climate: { properties: [energy(2, 'district_heating', 150, 60)], factors: FACTORS, stated },
      })
    expect(year(climateOf(input()), 2026)).toEqual({ heat: '-24', el: '-9.6', t: '-2.4' })
    expect(year(climateOf(input()), 2025)).toEqual({ heat: '0', el: '0', t: '0' })
    const stated = climateOf(input([{ measureId: 'r', heatKwh: 10_000, electricityKwh: null }]))
    expect(full(stated)).toEqual({ heat: '-10', el: '-9.6', t: '-1.56' })
    expect(climateLineItems(stated, 'full', 2025)[0]!.explanation).toContain('varme 10 MWh angivet på tiltaget')
  })
})

describe('rules', () => {
  it('a sale after a half closure avoids the other half; the property counts at most once', () => {
    const c = climateOf(
      scenario({
        properties: [property({ id: 1 })],
        measures: [
          { kind: 'closure', id: 'c', status: 'decided', propertyId: 1, date: '2025-01-01', operatingCostShare: 0.5 },
          { kind: 'sale', id: 's', status: 'decided', propertyId: 1, takeoverDate: '2026-01-01', priceOre: 0, saleCostsOre: 0 },
          { kind: 'closure', id: 'c2', status: 'decided', propertyId: 1, date: '2027-01-01', operatingCostShare: 1 },
        ],
        assumptions: A,
        climate: { properties: [energy(1, 'district_heating', 100, 0)], factors: FACTORS },
      }),
    )
    expect(c.years.map((y) => y.heatMwh.toString())).toEqual(['50', '100', '100', '100'])
  })

  it('a year uses its own factor, else the latest before, else the earliest after; the scenario’s replaces the municipality’s', () => {
    const lookup = factorLookup([
      { carrier: 'electricity', year: 2024, gPerMwh: 100_000, scenario: false },
      { carrier: 'electricity', year: 2026, gPerMwh: 80_000, scenario: false },
      { carrier: 'electricity', year: 2026, gPerMwh: 70_000, scenario: true },
    ])
    expect([2023, 2024, 2025, 2026, 2030].map((y) => lookup('electricity', y)?.gPerMwh)).toEqual([
      100_000, 100_000, 100_000, 70_000, 70_000,
    ])
    expect(lookup('oil', 2025)).toBeNull()
  })

  it('without a heat source the heat’s MWh count but not its CO2e, and the page is told why', () => {
    const c = climateOf(
      scenario({
        properties: [property({ id: 1, name: 'Hallen' })],
        measures: [{ kind: 'closure', id: 'c', status: 'decided', propertyId: 1, date: '2025-01-01', operatingCostShare: 1 }],
        assumptions: A,
        climate: { properties: [energy(1, null, 100, 10)], factors: FACTORS },
      }),
    )
    expect(full(c)).toEqual({ heat: '100', el: '10', t: '1' })
    expect(c.warnings).toEqual(['Hallen har ingen varmekilde; varmens CO2e er ikke regnet med.'])
  })
})

const climateFor = (input: EngineInput, scale: number, heat: (id: number) => number): EngineInput => ({
  ...input,
  climate: {
    properties: input.properties.map((p) => ({
      propertyId: p.id,
      heatSource: p.id % 2 ? 'district_heating' : 'oil',
      consumptionYear: 2021,
      heatKwh: heat(p.id) * scale,
      electricityKwh: (heat(p.id) + 7) * scale,
    })),
    factors: [factor('district_heating', 61.5, 2022), factor('oil', 267, 2024), factor('electricity', 99.9, 2023)],
  },
})
const consumption = fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 6, maxLength: 6 })
const close = (a: Decimal, b: Decimal, tolerance: string) => a.minus(b).abs().lessThanOrEqualTo(tolerance)

describe('properties', () => {
  it('kroner are unchanged when a climate part is added', () => {
    fc.assert(
      fc.property(inputArb, consumption, (input, kwh) => {
        const withClimate = computeSavings(climateFor(input, 1, (id) => kwh[id - 1]!))
        const without = computeSavings(input)
        expectSameTotals(withClimate, without)
        expect(withClimate.fullYearEffect.toString()).toBe(without.fullYearEffect.toString())
        expect(without.climate).toBeUndefined()
      }),
      { numRuns: 60 },
    )
  })

  it('climate figures scale linearly with consumption, and zero consumption gives zero', () => {
    fc.assert(
      fc.property(inputArb, consumption, fc.integer({ min: 2, max: 1000 }), (input, kwh, k) => {
        const once = computeSavings(climateFor(input, 1, (id) => kwh[id - 1]!)).climate!
        const scaled = computeSavings(climateFor(input, k, (id) => kwh[id - 1]!)).climate!
        // Only the 10⁻¹² kWh quantum of a part-month can differ.
        for (const [i, y] of once.years.entries()) {
          expect(close(scaled.years[i]!.energyMwh, y.energyMwh.times(k), '1e-9')).toBe(true)
          expect(close(scaled.years[i]!.co2eTonnes, y.co2eTonnes.times(k), '1e-9')).toBe(true)
        }
        expect(
          scaled.fullYear.co2eTonnes.equals(once.fullYear.co2eTonnes.times(k)) ||
            close(scaled.fullYear.co2eTonnes, once.fullYear.co2eTonnes.times(k), '1e-9'),
        ).toBe(true)
        const none = computeSavings(climateFor(input, 0, (id) => kwh[id - 1]!)).climate!
        for (const y of none.years) expect([y.energyMwh.isZero(), y.co2eTonnes.isZero()]).toEqual([true, true])
      }),
      { numRuns: 60 },
    )
  })

  it('each year is the exact sum of its line items', () => {
    fc.assert(
      fc.property(inputArb, consumption, (input, kwh) => {
        const c = computeSavings(climateFor(input, 1, (id) => kwh[id - 1]!)).climate!
        for (const y of c.years) {
          const items = climateLineItems(c, y.year, c.years[0]!.year)
          const t = items.reduce((s, i) => s.plus(i.co2eTonnes), new Money(0))
          expect(t.equals(y.co2eTonnes)).toBe(true)
        }
      }),
      { numRuns: 40 },
    )
  })
})
