/**
 * Key figures per building (nøgletal): energy and CO2e per m², m² and workplaces per employee and
 * operating cost per m², each beside the portfolio median and the norms the municipality sets.
 * Exact decimals throughout; a figure without its inputs (no area, no employees, no metered year)
 * is null, never zero. Worked examples: docs/key-figures.md.
 */
import type Decimal from 'decimal.js'
import { Money } from './money'

/** The norms the municipality compares its buildings with; defaults from the sources. */
export interface KeyFigureNorms {
  /** m² per employee in today's offices (state offices: about 30). */
  m2PerEmployee: number
  /** m² per employee in a new shared office (below 20). */
  newOfficeM2PerEmployee: number
  /** Workplaces per employee with desk sharing (0,7–0,8). */
  workplacesPerEmployee: number
}

export const DEFAULT_NORMS: KeyFigureNorms = { m2PerEmployee: 30, newOfficeM2PerEmployee: 20, workplacesPerEmployee: 0.75 }

/** How far over a norm or the median a building may be before it is flagged: 25 %. */
export const FLAG_THRESHOLD = new Money('0.25')

/** What one building's key figures are computed from. */
export interface KeyFigureInput {
  grossAreaM2: number
  workplaces: number
  annualOperatingCostOre: number
  /** The latest metered year's heat and electricity in kWh; null when not metered. */
  heatKwh: number | null
  electricityKwh: number | null
  /** That year's emissions in grams CO2e; null when unknown. */
  co2eGrams: number | null
  /** Headcount (FTE) of the units placed in the building. */
  employees: number
}

export interface KeyFigures {
  kwhPerM2: Decimal | null
  co2eKgPerM2: Decimal | null
  m2PerEmployee: Decimal | null
  workplacesPerEmployee: Decimal | null
  /** Kroner per m² per year. */
  operatingCostPerM2: Decimal | null
}

export type KeyFigureName = keyof KeyFigures

export const KEY_FIGURE_NAMES: readonly KeyFigureName[] = [
  'kwhPerM2',
  'co2eKgPerM2',
  'm2PerEmployee',
  'workplacesPerEmployee',
  'operatingCostPerM2',
]

const ratio = (top: Decimal | number | null, bottom: number): Decimal | null =>
  top === null || bottom <= 0 ? null : new Money(top).div(bottom)

/**
 * A building's key figures. @example keyFiguresOf({ grossAreaM2: 1000, heatKwh: 100000, electricityKwh: 20000, … }).kwhPerM2 // 120
 */
export function keyFiguresOf(b: KeyFigureInput): KeyFigures {
  const metered = b.heatKwh === null && b.electricityKwh === null ? null : (b.heatKwh ?? 0) + (b.electricityKwh ?? 0)
  return {
    kwhPerM2: ratio(metered, b.grossAreaM2),
    co2eKgPerM2: b.co2eGrams === null ? null : ratio(new Money(b.co2eGrams).div(1000), b.grossAreaM2),
    m2PerEmployee: ratio(b.grossAreaM2 > 0 ? b.grossAreaM2 : null, b.employees),
    workplacesPerEmployee: ratio(b.workplaces, b.employees),
    operatingCostPerM2: ratio(new Money(b.annualOperatingCostOre).div(100), b.grossAreaM2),
  }
}

/**
 * Grams CO2e of a year's heat and electricity: kWh × (g per MWh) ÷ 1.000. A factor that is
 * missing makes the whole figure unknown rather than too low.
 * @example co2eGramsOf(120000, 50000, 80000, 100000) // 14000000 (6.000 kg from heat + 8.000 kg from electricity)
 */
export function co2eGramsOf(
  heatKwh: number | null,
  heatFactorGPerMwh: number | null,
  electricityKwh: number | null,
  electricityFactorGPerMwh: number | null,
): number | null {
  if (heatKwh === null && electricityKwh === null) return null
  if ((heatKwh && heatFactorGPerMwh === null) || (electricityKwh && electricityFactorGPerMwh === null)) return null
  const heat = new Money(heatKwh ?? 0).times(heatFactorGPerMwh ?? 0)
  const el = new Money(electricityKwh ?? 0).times(electricityFactorGPerMwh ?? 0)
  return heat.plus(el).div(1000).toNumber()
}

/**
 * The median of the known values; null when there are none. Even counts take the mean of the two middle values.
 * @example median([new Money(1), new Money(3), new Money(10), new Money(4)])?.toString() // '3.5'
 */
export function median(values: readonly (Decimal | null)[]): Decimal | null {
  const known = values.filter((v): v is Decimal => v !== null).sort((a, b) => a.comparedTo(b))
  if (known.length === 0) return null
  const mid = Math.floor(known.length / 2)
  return known.length % 2 === 1 ? known[mid]! : known[mid - 1]!.plus(known[mid]!).div(2)
}

/** The portfolio median of each key figure. @example medians(buildings.map(keyFiguresOf)).kwhPerM2 */
export function medians(figures: readonly KeyFigures[]): KeyFigures {
  return Object.fromEntries(KEY_FIGURE_NAMES.map((name) => [name, median(figures.map((f) => f[name]))])) as unknown as KeyFigures
}

/**
 * How much a value lies over (+) or under (−) a reference, as a fraction; null without both.
 * @example deviation(new Money(40), new Money(30))?.toString() // '0.3333…'
 */
export function deviation(value: Decimal | null, reference: Decimal | number | null): Decimal | null {
  if (value === null || reference === null || new Money(reference).isZero()) return null
  return value.minus(reference).div(reference)
}

/** True when a value lies more than 25 % over its reference. */
export function farOver(value: Decimal | null, reference: Decimal | number | null): boolean {
  const d = deviation(value, reference)
  return d !== null && d.gt(FLAG_THRESHOLD)
}

/**
 * Why a building stands out, in Danish: over the space or desk-sharing norm, or well over the
 * portfolio median for energy, CO2e or operating cost. Text, so it is read and not only seen.
 * @example flagsOf(figures, medians, DEFAULT_NORMS) // ['m² pr. medarbejder over normen (30)']
 */
export function flagsOf(f: KeyFigures, median: KeyFigures, norms: KeyFigureNorms): string[] {
  const flags: string[] = []
  if (farOver(f.m2PerEmployee, norms.m2PerEmployee)) flags.push(`m² pr. medarbejder over normen (${danish(norms.m2PerEmployee)})`)
  if (farOver(f.workplacesPerEmployee, norms.workplacesPerEmployee))
    flags.push(`arbejdspladser pr. medarbejder over normen (${danish(norms.workplacesPerEmployee)})`)
  if (farOver(f.kwhPerM2, median.kwhPerM2)) flags.push('energiforbrug pr. m² over medianen')
  if (farOver(f.co2eKgPerM2, median.co2eKgPerM2)) flags.push('CO2e pr. m² over medianen')
  if (farOver(f.operatingCostPerM2, median.operatingCostPerM2)) flags.push('drift pr. m² over medianen')
  return flags
}

const danish = (n: number) => String(n).replace('.', ',')
