/** The recorded steps of a sale, oldest first, with what each step recorded. */
import type { SaleStep } from '#db/schema'
import { formatDanishDate } from '~/core/dates'
import { formatOre } from '~/core/money'
import { SALE_STEP_LABELS } from '~/core/sale-path'

function details(s: SaleStep): string {
  const parts: string[] = []
  if (s.councilReference) parts.push(s.councilReference)
  if (s.offeringDeadline) parts.push(`budfrist ${formatDanishDate(s.offeringDeadline)}`)
  if (s.status === 'bid_received') {
    if (s.buyer && s.priceOre != null) parts.push(`bud fra ${s.buyer}: ${formatOre(s.priceOre)}`)
    return parts.join(' · ')
  }
  if (s.buyer) parts.push(`køber ${s.buyer}`)
  if (s.priceOre != null) parts.push(`${s.status === 'sold' ? 'pris' : 'aftalt pris'} ${formatOre(s.priceOre)}`)
  if (s.takeoverDate) parts.push(`overtagelse ${formatDanishDate(s.takeoverDate)}`)
  return parts.join(' · ')
}

export function SaleHistory({ steps }: { steps: SaleStep[] }) {
  if (steps.length === 0) return <p className="muted">Ingen trin registreret.</p>
  return (
    <table className="plain" data-testid="sale-history">
      <thead>
        <tr>
          <th>Dato</th>
          <th>Trin</th>
          <th>Oplysninger</th>
          <th>Note</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((s) => (
          <tr key={s.id}>
            <td className="nowrap">{formatDanishDate(s.date)}</td>
            <td className="nowrap">
              {SALE_STEP_LABELS[s.status]}
              {s.fromStatus && isBack(s.fromStatus, s.status) ? ' (tilbage)' : ''}
            </td>
            <td>{details(s)}</td>
            <td>{s.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const ORDER = ['designated', 'offered', 'bid_received', 'conditionally_sold', 'sold']

function isBack(from: string, to: string): boolean {
  return to !== 'withdrawn' && from !== 'withdrawn' && ORDER.indexOf(to) < ORDER.indexOf(from)
}
