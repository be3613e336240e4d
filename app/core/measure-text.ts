/** Scenario measures in words. */
import { formatOre } from '~/core/money'

/** A measure's amount in words for the list. */
export function describeAmount(m: {
  kind: string
  priceOre: number | null
  saleCostsOre: number | null
  operatingCostShare: number | null
  headcount: number | null
  refurbishmentOre: number | null
  addedAnnualOperatingOre: number | null
}): string {
  switch (m.kind) {
    case 'sale':
      return `${formatOre(m.priceOre ?? 0)}${m.saleCostsOre ? ` (omk. ${formatOre(m.saleCostsOre)})` : ''}`
    case 'closure':
      return `${String(Math.round((m.operatingCostShare ?? 1) * 1000) / 10).replace('.', ',')} % af driften`
    case 'relocation':
      return `${String(m.headcount ?? 0).replace('.', ',')} årsværk${m.refurbishmentOre ? `, istandsættelse ${formatOre(m.refurbishmentOre)}` : ''}${m.addedAnnualOperatingOre ? `, merdrift ${formatOre(m.addedAnnualOperatingOre)}/år` : ''}`
    default:
      return ''
  }
}
