/**
 * The lease table as files carry it: the export's columns and how an import reads them back. A lease
 * names its property by Ejendoms-id or, when that is blank, by the property's exact name. The end
 * date is exported for reading but recomputed on import (erhvervslejeloven § 64).
 */
import type { LeaseRow } from '~/features/leases/leases.repo.server'
import { leaseDirectionLabels, leaseStatusLabels, leaseTermsLabels } from '~/core/labels'
import type { ExportColumn } from '~/core/sheets/export-columns'
import type { ImportField } from '~/core/sheets/import-spec'

export const LEASE_SHEET = 'Lejemål'

export const LEASE_EXPORT: ExportColumn<LeaseRow>[] = [
  { header: 'Id', kind: 'integer', value: (l) => l.id, width: 8 },
  { header: 'Ejendom', kind: 'text', value: (l) => l.propertyName, width: 34 },
  { header: 'Ejendoms-id', kind: 'integer', value: (l) => l.propertyId, width: 12 },
  { header: 'Retning', kind: 'text', value: (l) => leaseDirectionLabels[l.direction], width: 18 },
  { header: 'Modpart', kind: 'text', value: (l) => l.counterparty, width: 32 },
  { header: 'Årlig husleje (kr.)', kind: 'money', value: (l) => l.annualRentOre, width: 20 },
  { header: 'Årlige serviceudgifter (kr.)', kind: 'money', value: (l) => l.annualServiceOre, width: 20 },
  { header: 'Kommunen betaler driften', kind: 'text', value: (l) => (l.operatingCostPaidByMunicipality ? 'Ja' : 'Nej'), width: 14 },
  { header: 'Startdato', kind: 'date', value: (l) => l.startDate, width: 12 },
  { header: 'Opsigelsesvarsel (mdr.)', kind: 'integer', value: (l) => l.noticeMonths, width: 14 },
  { header: 'Termin', kind: 'text', value: (l) => leaseTermsLabels[l.terms], width: 22 },
  { header: 'Uopsigelig til', kind: 'date', value: (l) => l.nonTerminableUntil, width: 12 },
  { header: 'Opsigelsesdato', kind: 'date', value: (l) => l.noticeDate, width: 12 },
  { header: 'Ophørsdato', kind: 'date', value: (l) => l.endDate, width: 12 },
  { header: 'Status', kind: 'text', value: (l) => leaseStatusLabels[l.status], width: 12 },
  { header: 'Note', kind: 'text', value: (l) => l.note, width: 40 },
]

export const LEASE_ID_FIELD: ImportField = { header: 'Id', aliases: ['Lejemåls-id'], field: '', kind: 'integer' }
export const LEASE_PROPERTY_ID_FIELD: ImportField = { header: 'Ejendoms-id', aliases: ['Ejendom id'], field: '', kind: 'integer' }
export const LEASE_PROPERTY_NAME_FIELD: ImportField = { header: 'Ejendom', aliases: ['Ejendommens navn'], field: '', kind: 'text' }

export const LEASE_IMPORT: ImportField[] = [
  LEASE_ID_FIELD,
  LEASE_PROPERTY_NAME_FIELD,
  LEASE_PROPERTY_ID_FIELD,
  {
    header: 'Retning',
    field: 'direction',
    kind: 'code',
    labels: leaseDirectionLabels,
    codeAliases: { lejer: 'tenant', udlejer: 'landlord', 'kommunen er lejer': 'tenant', 'kommunen er udlejer': 'landlord' },
    required: true,
  },
  { header: 'Modpart', aliases: ['Udlejer/lejer'], field: 'counterparty', kind: 'text', required: true },
  { header: 'Årlig husleje (kr.)', aliases: ['Årlig husleje', 'Husleje pr. år'], field: 'annualRentOre', kind: 'money', defaultText: '0' },
  {
    header: 'Årlige serviceudgifter (kr.)',
    aliases: ['Årlige serviceudgifter', 'Service pr. år'],
    field: 'annualServiceOre',
    kind: 'money',
    defaultText: '0',
  },
  {
    header: 'Kommunen betaler driften',
    aliases: ['Driftsudgift betales af kommunen'],
    field: 'operatingCostPaidByMunicipality',
    kind: 'flag',
  },
  { header: 'Startdato', field: 'startDate', kind: 'date' },
  {
    header: 'Opsigelsesvarsel (mdr.)',
    aliases: ['Opsigelsesvarsel', 'Varsel (mdr.)'],
    field: 'noticeMonths',
    kind: 'integer',
    required: true,
  },
  {
    header: 'Termin',
    aliases: ['Opsigelsestermin'],
    field: 'terms',
    kind: 'code',
    labels: leaseTermsLabels,
    codeAliases: { måned: 'month', måneder: 'month', kvartal: 'quarter', kvartalsvis: 'quarter' },
    defaultText: 'month',
  },
  { header: 'Uopsigelig til', field: 'nonTerminableUntil', kind: 'date' },
  { header: 'Opsigelsesdato', field: 'noticeDate', kind: 'date' },
  { header: 'Ophørsdato', field: 'endDate', kind: 'date', ignored: true },
  // Blank status: Opsagt when a notice date is given, else Aktiv (set by the lease import).
  { header: 'Status', field: 'status', kind: 'code', labels: leaseStatusLabels },
  { header: 'Note', aliases: ['Bemærkning'], field: 'note', kind: 'text' },
]
