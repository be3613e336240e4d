/**
 * Sales and bids, declared once: the sales grid and its SQL filters, the CSV/Excel export, the
 * sale details form and its action, the bid form, and the record history and audit trail (in
 * Danish) read these lists. Designating and recording steps have forms of their own (schemas.ts),
 * whose fields follow the step.
 */
import type { Bid, Sale } from '#db/schema'
import { defineFields, type FieldDef } from '~/core/fields'
import { saleStatusLabels } from '~/core/labels'
import { amountOre, optionalAmountOre, optionalText, requiredDate, requiredText } from '~/core/schema-fields'
import type { SaleRow } from './types'

/** A sale's own columns, in the export's order. Those with a schema make the sale details form. */
export const saleFields = defineFields<Sale>()([
  { key: 'status', label: 'Status', kind: 'enum', labels: saleStatusLabels, width: 16, grid: { width: 150 } },
  { key: 'designatedDate', label: 'Udpeget', kind: 'date', width: 12 },
  { key: 'councilReference', label: 'Byrådets beslutning', kind: 'text', width: 28, grid: false },
  { key: 'offeringDeadline', label: 'Budfrist', kind: 'date', width: 12 },
  {
    key: 'expectedPriceOre',
    label: 'Forventet pris',
    unit: 'kr.',
    kind: 'money',
    schema: optionalAmountOre('Forventet pris (vurdering)'),
    width: 20,
    form: { label: 'Forventet pris (vurdering) (kr.)' },
  },
  { key: 'realisedPriceOre', label: 'Aftalt/realiseret pris', unit: 'kr.', kind: 'money', width: 22, grid: { width: 190 } },
  { key: 'saleCostsOre', label: 'Salgsomkostninger', unit: 'kr.', kind: 'money', schema: amountOre('Salgsomkostninger'), width: 20 },
  { key: 'takeoverDate', label: 'Overtagelsesdag', kind: 'date', width: 14, grid: { width: 150 } },
  { key: 'buyer', label: 'Køber', kind: 'text', width: 28, grid: { width: 220 } },
  { key: 'note', label: 'Note', kind: 'longtext', schema: optionalText('Note'), width: 40, grid: false },
])

/** The sales grid and export: the sale with its property's name and town. */
export const saleRowFields = defineFields<SaleRow>()([
  { key: 'id', label: 'Id', kind: 'integer', width: 8, grid: false },
  { key: 'propertyName', label: 'Ejendom', kind: 'text', width: 34, grid: { pinned: 'left', width: 260 } },
  { key: 'propertyId', label: 'Ejendoms-id', kind: 'integer', width: 12, grid: false },
  { key: 'propertyTown', label: 'By', kind: 'text', width: 14, grid: { width: 130 } },
  ...saleFields,
])

/** A bid: the bid form, and the audit trail's record of it. */
export const bidFields = defineFields<Bid>()([
  { key: 'bidder', label: 'Budgiver', kind: 'text', schema: requiredText('Budgiver', 200) },
  { key: 'amountOre', label: 'Beløb', unit: 'kr.', kind: 'money', schema: amountOre('Beløb') },
  { key: 'receivedDate', label: 'Modtaget', kind: 'date', schema: requiredDate('Modtaget') },
  { key: 'note', label: 'Note', kind: 'text', schema: optionalText('Note'), form: { label: 'Note til buddet' } },
])

/**
 * A registered field's label with its unit, as the designate and step forms show it.
 * @example labelOf(saleFields, 'expectedPriceOre') // 'Forventet pris (kr.)'
 */
export function labelOf<Row>(fields: readonly FieldDef<Row>[], key: keyof Row & string): string {
  const def = fields.find((f) => f.key === key)
  if (!def) throw new Error(`Ukendt felt: ${key}`)
  return def.unit ? `${def.label} (${def.unit})` : def.label
}
