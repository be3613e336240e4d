/** The sales grid as an exported file (CSV and Excel). Sales are recorded in the app, not imported. */
import type { SaleRow } from '~/features/sales/sales.repo.server'
import { saleStatusLabels } from '~/core/labels'
import type { ExportColumn } from '~/core/sheets/export-columns'

export const SALE_SHEET = 'Salg'

export const SALE_EXPORT: ExportColumn<SaleRow>[] = [
  { header: 'Id', kind: 'integer', value: (s) => s.id, width: 8 },
  { header: 'Ejendom', kind: 'text', value: (s) => s.propertyName, width: 34 },
  { header: 'Ejendoms-id', kind: 'integer', value: (s) => s.propertyId, width: 12 },
  { header: 'By', kind: 'text', value: (s) => s.propertyTown, width: 14 },
  { header: 'Status', kind: 'text', value: (s) => saleStatusLabels[s.status], width: 16 },
  { header: 'Udpeget', kind: 'date', value: (s) => s.designatedDate, width: 12 },
  { header: 'Byrådets beslutning', kind: 'text', value: (s) => s.councilReference, width: 28 },
  { header: 'Budfrist', kind: 'date', value: (s) => s.offeringDeadline, width: 12 },
  { header: 'Forventet pris (kr.)', kind: 'money', value: (s) => s.expectedPriceOre, width: 20 },
  { header: 'Aftalt/realiseret pris (kr.)', kind: 'money', value: (s) => s.realisedPriceOre, width: 22 },
  { header: 'Salgsomkostninger (kr.)', kind: 'money', value: (s) => s.saleCostsOre, width: 20 },
  { header: 'Overtagelsesdag', kind: 'date', value: (s) => s.takeoverDate, width: 14 },
  { header: 'Køber', kind: 'text', value: (s) => s.buyer, width: 28 },
  { header: 'Note', kind: 'text', value: (s) => s.note, width: 40 },
]
