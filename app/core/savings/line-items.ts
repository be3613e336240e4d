import { DANISH_MONTHS_SHORT, formatDanishDate, yearOf } from '~/core/dates'
import { formatNumberDa, formatOre, Money } from '~/core/money'
import { divRound, INDEX_SCALE, indexFactorScaled, SHARE_SCALE, UNITS_PER_ORE, unitsToKroner, unitsToOre, yearFraction } from './accrual'
import { contributionUnits, fullYearUnits, isRecurringCategory } from './aggregate'
import { formatShare } from './contributions'
import { fte } from './occupancy'
import type { Category, Contribution, FullYearLineItem, LineItem, RecurringCategory, SavingsResult } from './types'

function unitsText(units: bigint): string {
  const text = formatOre(unitsToOre(units))
  return units % UNITS_PER_ORE === 0n ? text : `ca. ${text}`
}

/** Danish: what the contribution's amount is. */
function basisText(c: Contribution): string {
  const amount = formatOre(c.amountOre)
  const [first = c.amountOre, second = 0] = c.partsOre ?? []
  switch (c.category) {
    case 'savedRentAndService':
      if (second === 0) return `Husleje ${amount} om året for ${c.leaseName}`
      return `Husleje ${formatOre(first)} + service ${formatOre(second)} = ${amount} om året for ${c.leaseName}`
    case 'savedOperating': {
      const paid = c.measureKind === 'lease_termination' ? ', betalt af kommunen' : ''
      const what = `${amount} om året for ${c.propertyName}${paid}`
      if (c.requestedShareMicro >= SHARE_SCALE) return `Driftsudgift ${what}`
      return `${formatShare(c.requestedShareMicro)} af driftsudgiften ${what}`
    }
    case 'savedMaintenance':
      return `Planlagt vedligehold ${amount} om året for ${c.propertyName}`
    case 'lostRentalIncome':
      return `Lejeindtægt ${amount} om året fra ${c.leaseName}`
    case 'addedOperating':
      return `Merudgift til drift ${amount} om året i ${c.propertyName}`
    case 'capitalIncome':
      return `Salgspris ${formatOre(first)} − salgsomkostninger ${formatOre(second)}`
    case 'movingCost':
      if (!c.perPerson) return `Aftalt flytteudgift ${amount}`
      return `${fte(c.quantityMilli)} årsværk × ${amount}`
    case 'refurbishment':
      return `Istandsættelse i ${c.propertyName}`
    case 'avoidedBacklog':
      return `Vedligeholdelsesefterslæb i ${c.propertyName}, undgået ved salget (engangsbeløb, ikke driftsbesparelse)`
  }
}

function capNote(c: Contribution): string {
  if (c.shareMicro >= c.requestedShareMicro) return ''
  return `; heraf ${formatShare(c.shareMicro)}, da resten allerede spares af et tidligere tiltag`
}

function monthsText(firstMonth: number, year: number): string {
  const first = DANISH_MONTHS_SHORT[firstMonth - 1]
  return firstMonth === 12 ? `${first} ${year}` : `${first}–dec. ${year}`
}

/** Danish: the months of the year in effect and what each part adds, from the annual units. */
function periodText(c: Contribution, year: number, annual: bigint): string {
  const f = yearFraction(c.from, year)
  const perMonthExact = annual % (12n * UNITS_PER_ORE) === 0n
  const monthly = perMonthExact ? formatOre(annual / 12n / UNITS_PER_ORE) : `1/12 × ${unitsText(annual)}`
  const months = (n: number) => (perMonthExact ? `${n} × ${monthly}` : `${n}/12 × ${unitsText(annual)}`)
  if (f.num === f.den) return `jan.–dec. ${year}: ${months(12)}`
  const parts: string[] = []
  if (f.partial) {
    const { month, days, daysInMonth } = f.partial
    const units = divRound(annual * BigInt(days), BigInt(12 * daysInMonth))
    parts.push(`${DANISH_MONTHS_SHORT[month - 1]} ${year}: ${days}/${daysInMonth} × ${monthly} = ${unitsText(units)}`)
  }
  if (f.firstFullMonth !== null) {
    const units = divRound(annual * BigInt(f.fullMonths), 12n)
    const total = f.partial ? ` = ${unitsText(units)}` : ''
    parts.push(`${monthsText(f.firstFullMonth, year)}: ${months(f.fullMonths)}${total}`)
  }
  return parts.join('; ')
}

function indexNote(c: Contribution, indexScaled: bigint): string {
  if (!c.indexed || indexScaled === INDEX_SCALE) return ''
  const factor = new Money(indexScaled.toString()).div(INDEX_SCALE.toString())
  return ` (inkl. lejeregulering, indeks ${formatNumberDa(factor, Math.min(6, factor.decimalPlaces()))})`
}

function indexFrom(result: SavingsResult): (year: number) => bigint {
  return (year) => {
    const factor = result.indexFactors[year]
    return factor === undefined ? INDEX_SCALE : indexFactorScaled(factor)
  }
}

function explain(c: Contribution, year: number, indexScaled: bigint): string {
  const basis = basisText(c) + capNote(c)
  if (!c.recurring) return `${basis} (${formatDanishDate(c.from)})`
  const annual = BigInt(c.amountOre) * BigInt(c.shareMicro) * (c.indexed ? indexScaled : INDEX_SCALE)
  return `${basis}. ${periodText(c, year, annual)}${indexNote(c, indexScaled)}`
}

function baseFields(c: Contribution) {
  const fields: Pick<LineItem, 'measureId' | 'measureKind' | 'label' | 'propertyId' | 'leaseId' | 'unitId'> = {
    measureId: c.measureId,
    measureKind: c.measureKind,
    label: c.label,
    propertyId: c.propertyId,
  }
  if (c.leaseId !== undefined) fields.leaseId = c.leaseId
  if (c.unitId !== undefined) fields.unitId = c.unitId
  return fields
}

export interface LineItemQuery {
  year?: number
  category?: Category
  measureId?: string
  propertyId?: number
}

/**
 * The line items behind the figures (one per measure per year per category), built on demand:
 * a 20,000-measure scenario has hundreds of thousands. Each cell equals the sum of its items.
 *
 * @example lineItemsFor(result, { year: 2024, category: 'savedOperating' })
 *   // [{ amount: 295000, explanation: 'Driftsudgift … mar. 2024: 16/31 × 31.000,00 kr. = …' }]
 */
export function lineItemsFor(result: SavingsResult, query: LineItemQuery = {}): LineItem[] {
  const index = indexFrom(result)
  const items: LineItem[] = []
  for (const c of result.contributions) {
    if (query.category !== undefined && c.category !== query.category) continue
    if (query.measureId !== undefined && c.measureId !== query.measureId) continue
    if (query.propertyId !== undefined && c.propertyId !== query.propertyId) continue
    const first = Math.max(result.firstYear, query.year ?? yearOf(c.from))
    const last = Math.min(result.lastYear, query.year ?? result.lastYear)
    for (let year = first; year <= last; year++) {
      const units = contributionUnits(c, year, index)
      if (units === 0n) continue
      const periodFrom = c.recurring ? (c.from > `${year}-01-01` ? c.from : `${year}-01-01`) : c.from
      const periodTo = c.recurring ? `${year}-12-31` : c.from
      const explanation = explain(c, year, index(year))
      items.push({
        ...baseFields(c),
        category: c.category,
        year,
        periodFrom,
        periodTo,
        amount: unitsToKroner(units),
        explanation,
      })
    }
  }
  return items
}

/**
 * The measures behind the full-year effect: each recurring amount once fully in effect.
 *
 * @example fullYearLineItems(result, { category: 'savedRentAndService' })[0]?.amount.toString() // '480000'
 */
export function fullYearLineItems(
  result: SavingsResult,
  query: { category?: RecurringCategory; measureId?: string } = {},
): FullYearLineItem[] {
  const items: FullYearLineItem[] = []
  for (const c of result.contributions) {
    const category = c.category
    if (!c.recurring || !isRecurringCategory(category)) continue
    if (query.category !== undefined && category !== query.category) continue
    if (query.measureId !== undefined && c.measureId !== query.measureId) continue
    const explanation = `${basisText(c)}${capNote(c)}; helårseffekt fra ${formatDanishDate(c.from)}`
    items.push({ ...baseFields(c), category, from: c.from, amount: unitsToKroner(fullYearUnits(c)), explanation })
  }
  return items
}
