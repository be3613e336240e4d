/** The climate line items behind each figure, with the calculation written out in Danish. */
import { DANISH_MONTHS_SHORT, formatDanishDate, yearOf } from '~/core/dates'
import { climateYearUnits, co2eUnits, type FactorLookup } from './climate'
import type { ClimateContribution, ClimateLineItem, ClimateResult } from './climate-types'
import { CARRIER_LABELS, co2eTonnes, energyMwh, kgText, quantityText } from './climate-units'

/** The factors the result used, as a lookup (exact per carrier and budget year). */
function usedLookup(result: ClimateResult): FactorLookup {
  const map = new Map(result.factorsUsed.map((f) => [`${f.carrier}:${f.year}`, { ...f }]))
  return (carrier, year) => map.get(`${carrier}:${year}`) ?? null
}

/** Danish: which part of the year is in effect, as the exact fraction used. */
function fractionText(from: string, year: number): string {
  if (from <= `${year}-01-01`) return `jan.–dec. ${year}, hele året`
  const month = Number(from.slice(5, 7))
  const day = Number(from.slice(8, 10))
  const months = (first: number) => (first === 12 ? `dec. ${year}` : `${DANISH_MONTHS_SHORT[first - 1]}–dec. ${year}`)
  if (day === 1) return `${months(month)}, ${13 - month}/12 af året`
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const days = dim - day + 1
  const whole = 12 - month
  const rest = whole > 0 ? ` + ${months(month + 1)} ${whole}/12` : ''
  return `${DANISH_MONTHS_SHORT[month - 1]} ${year} ${days}/${dim} af en måned${rest} = ${whole * dim + days}/${12 * dim} af året`
}

const mwh = (units: bigint) => `${quantityText(energyMwh(units))} MWh`
const tonnes = (units: bigint) => `${quantityText(co2eTonnes(units))} t`

/** Danish: energy × factor = tonnes, per meter, and the sum. */
function co2eText(c: ClimateContribution, lookup: FactorLookup, heat: bigint, electricity: bigint, year: number): string {
  const parts: string[] = []
  const own = (scenario: boolean) => (scenario ? ', scenariets faktor' : '')
  if (heat !== 0n) {
    const f = c.heatCarrier === null ? null : lookup(c.heatCarrier, year)
    const carrier = c.heatCarrier === null ? 'ukendt varmekilde' : CARRIER_LABELS[c.heatCarrier]
    parts.push(
      f
        ? `varme ${mwh(heat)} × ${kgText(f.gPerMwh)} kg/MWh (${carrier}${own(f.scenario)}) = ${tonnes(heat * BigInt(f.gPerMwh))}`
        : `varme ${mwh(heat)} (${carrier}, ingen faktor) = 0 t`,
    )
  }
  if (electricity !== 0n) {
    const f = lookup('electricity', year)
    parts.push(
      f
        ? `el ${mwh(electricity)} × ${kgText(f.gPerMwh)} kg/MWh${f.scenario ? ' (scenariets faktor)' : ''} = ${tonnes(electricity * BigInt(f.gPerMwh))}`
        : `el ${mwh(electricity)} (ingen faktor) = 0 t`,
    )
  }
  const total = co2eUnits(lookup, c.heatCarrier, heat, electricity, year)
  const verb = c.sign === 1 ? 'undgået' : 'tilført'
  return `${parts.join('; ')}; i alt ${tonnes(total)} CO2e ${verb}`
}

function item(c: ClimateContribution, lookup: FactorLookup, year: number, heat: bigint, electricity: bigint) {
  const sign = BigInt(c.sign)
  return {
    heatMwh: energyMwh(sign * heat),
    electricityMwh: energyMwh(sign * electricity),
    co2eTonnes: co2eTonnes(sign * co2eUnits(lookup, c.heatCarrier, heat, electricity, year)),
  }
}

const base = (c: ClimateContribution) => ({ measureId: c.measureId, measureKind: c.measureKind, label: c.label, propertyId: c.propertyId })

/**
 * The measures behind one year's climate figures (or the full-year effect, with the first
 * year's factors). Each year's figures are the exact sums of these items.
 *
 * @example climateLineItems(result.climate!, 2025)[0]?.explanation // '50 % af forbruget i … jul.–dec. 2025, 6/12 af året: …'
 */
export function climateLineItems(result: ClimateResult, year: number | 'full', firstYear: number): ClimateLineItem[] {
  const lookup = usedLookup(result)
  const items: ClimateLineItem[] = []
  for (const c of result.contributions) {
    if (year === 'full') {
      const text = `${c.basis}. Helårseffekt fra ${formatDanishDate(c.from)}: ${co2eText(c, lookup, c.heatUnits, c.electricityUnits, firstYear)}`
      items.push({
        ...base(c),
        year,
        periodFrom: c.from,
        periodTo: null,
        ...item(c, lookup, firstYear, c.heatUnits, c.electricityUnits),
        explanation: text,
      })
      continue
    }
    if (yearOf(c.from) > year) continue
    const { heat, electricity } = climateYearUnits(c, year)
    if (heat === 0n && electricity === 0n) continue
    const explanation = `${c.basis}. ${fractionText(c.from, year)}: ${co2eText(c, lookup, heat, electricity, year)}`
    const periodFrom = c.from > `${year}-01-01` ? c.from : `${year}-01-01`
    items.push({ ...base(c), year, periodFrom, periodTo: `${year}-12-31`, ...item(c, lookup, year, heat, electricity), explanation })
  }
  return items
}
