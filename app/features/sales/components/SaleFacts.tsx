/** The sale's key facts: dates, prices, buyer, and the net proceeds (price less sale costs). */
import type { SaleRow } from '~/features/sales/types'
import { formatDanishDate } from '~/core/dates'
import { formatOre } from '~/core/money'
import { saleStatusLabels } from '~/core/labels'

export function SaleFacts({ sale }: { sale: SaleRow }) {
  const date = (iso: string | null) => (iso ? formatDanishDate(iso) : '–')
  const money = (ore: number | null) => (ore == null ? '–' : formatOre(ore))
  const priceLabel = sale.status === 'sold' ? 'Realiseret pris' : 'Aftalt pris'
  return (
    <dl className="facts" data-testid="sale-facts">
      <dt>Status</dt>
      <dd>
        <strong>{saleStatusLabels[sale.status]}</strong>
      </dd>
      <dt>Udpeget</dt>
      <dd>
        {date(sale.designatedDate)}
        {sale.councilReference ? ` · ${sale.councilReference}` : ''}
      </dd>
      <dt>Budfrist</dt>
      <dd>{date(sale.offeringDeadline)}</dd>
      <dt>Forventet pris</dt>
      <dd>{money(sale.expectedPriceOre)}</dd>
      <dt>{priceLabel}</dt>
      <dd>{money(sale.realisedPriceOre)}</dd>
      <dt>Salgsomkostninger</dt>
      <dd>{money(sale.saleCostsOre)}</dd>
      <dt>Køber</dt>
      <dd>{sale.buyer || '–'}</dd>
      <dt>Overtagelsesdag</dt>
      <dd>{date(sale.takeoverDate)}</dd>
    </dl>
  )
}
