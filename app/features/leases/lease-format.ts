/**
 * The lease table as files carry it: the export's columns and how an import reads them back, from
 * the lease field registry. A lease names its property by Ejendoms-id or, when that is blank, by
 * the property's exact name; both are read by hand. The end date is exported for reading but
 * recomputed on import (erhvervslejeloven § 64).
 */
import { exportColumnsOf, importFieldsOf } from '~/core/fields'
import type { ExportColumn } from '~/core/sheets/export-columns'
import type { ImportField } from '~/core/sheets/import-spec'
import { leaseFields } from './fields'
import type { LeaseRow } from './types'

export const LEASE_SHEET = 'Lejemål'

export const LEASE_EXPORT: ExportColumn<LeaseRow>[] = [
  { header: 'Id', kind: 'integer', value: (l) => l.id, width: 8 },
  ...exportColumnsOf(leaseFields),
]

export const LEASE_ID_FIELD: ImportField = { header: 'Id', aliases: ['Lejemåls-id'], field: '', kind: 'integer' }
export const LEASE_PROPERTY_ID_FIELD: ImportField = { header: 'Ejendoms-id', aliases: ['Ejendom id'], field: '', kind: 'integer' }
export const LEASE_PROPERTY_NAME_FIELD: ImportField = { header: 'Ejendom', aliases: ['Ejendommens navn'], field: '', kind: 'text' }
const LEASE_END_DATE_FIELD: ImportField = { header: 'Ophørsdato', field: 'endDate', kind: 'date', ignored: true }

// Blank status: Opsagt when a notice date is given, else Aktiv (set by the lease import).
export const LEASE_IMPORT: ImportField[] = [
  LEASE_ID_FIELD,
  LEASE_PROPERTY_NAME_FIELD,
  LEASE_PROPERTY_ID_FIELD,
  ...importFieldsOf(leaseFields.filter((f) => f.key !== 'propertyId')).flatMap((f) =>
    f.field === 'noticeDate' ? [f, LEASE_END_DATE_FIELD] : [f],
  ),
]
