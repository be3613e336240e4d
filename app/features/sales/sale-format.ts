/** The sales grid as an exported file (CSV and Excel), from the field registry. Sales are recorded in the app, not imported. */
import { exportColumnsOf } from '~/core/fields'
import type { ExportColumn } from '~/core/sheets/export-columns'
import { saleRowFields } from './fields'
import type { SaleRow } from './types'

export const SALE_SHEET = 'Salg'

export const SALE_EXPORT: ExportColumn<SaleRow>[] = exportColumnsOf<SaleRow>(saleRowFields)
