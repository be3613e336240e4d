/**
 * The property table as files carry it: the export's columns (CSV and Excel) and how an import reads
 * them back. Headers are Danish and identical both ways, so an exported file can be edited and
 * imported again (rows with an Id update that property; rows without create one).
 */
import type { Property } from '#db/schema'
import { exportColumnsOf, importFieldsOf } from '~/core/fields'
import type { ExportColumn } from '~/core/sheets/export-columns'
import type { ImportField } from '~/core/sheets/import-spec'
import { CONSUMPTION_EXPORT, CONSUMPTION_IMPORT, type WithConsumption } from './consumption-format'
import { propertyFields } from './fields'

export const PROPERTY_SHEET = 'Ejendomme'

export const PROPERTY_EXPORT: ExportColumn<Property>[] = [
  { header: 'Id', kind: 'integer', value: (p) => p.id, width: 8 },
  ...exportColumnsOf(propertyFields),
]

export const PROPERTY_ID_FIELD: ImportField = { header: 'Id', aliases: ['Ejendoms-id', 'Ejendom id'], field: '', kind: 'integer' }
export const UTM_EAST_FIELD: ImportField = {
  header: 'Øst (UTM32)',
  aliases: ['UTM32 øst', 'Easting', 'UTM øst', 'E (UTM32)', 'X (UTM32)'],
  field: '',
  kind: 'decimal',
}
export const UTM_NORTH_FIELD: ImportField = {
  header: 'Nord (UTM32)',
  aliases: ['UTM32 nord', 'Northing', 'UTM nord', 'N (UTM32)', 'Y (UTM32)'],
  field: '',
  kind: 'decimal',
}

/** Columns an import reads: the export's, UTM coordinates as an alternative to latitude/longitude, and the latest consumption year. */
export const PROPERTY_IMPORT: ImportField[] = [
  PROPERTY_ID_FIELD,
  ...importFieldsOf(propertyFields),
  UTM_EAST_FIELD,
  UTM_NORTH_FIELD,
  ...CONSUMPTION_IMPORT,
]

/** The property exports' columns: the property's, then its latest consumption year. */
export const PROPERTY_FILE_EXPORT: ExportColumn<Property & WithConsumption>[] = [...PROPERTY_EXPORT, ...CONSUMPTION_EXPORT]
