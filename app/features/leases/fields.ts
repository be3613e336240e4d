/**
 * The lease's fields, declared once: the form's schema and labels, the lease grid and its SQL
 * filters, the CSV/Excel export, the import, the record history and the audit trail all read
 * this list. The end date is derived (erhvervslejeloven § 64) and so has no schema.
 */
import { z } from 'zod'
import { defineFields, formLabelOf } from '~/core/fields'
import { codes, leaseDirectionLabels, leaseStatusLabels, leaseTermsLabels } from '~/core/labels'
import { amountOre, choice, dateField, flag, optionalText, requiredText, wholeNumber } from '~/core/schema-fields'
import type { LeaseRow } from './types'

export const MAX_NOTICE_MONTHS = 120

export const leaseFields = defineFields<LeaseRow>()([
  {
    key: 'propertyName',
    label: 'Ejendom',
    kind: 'text',
    width: 34,
    grid: { pinned: 'left', width: 230 },
    form: false,
    history: false,
  },
  {
    key: 'propertyId',
    label: 'Ejendoms-id',
    aliases: ['Ejendom id'],
    kind: 'integer',
    schema: z.coerce.number({ error: 'Vælg en ejendom' }).int().min(1, 'Vælg en ejendom'),
    width: 12,
    grid: false,
    form: { label: 'Ejendom', wide: true },
  },
  {
    key: 'direction',
    label: 'Retning',
    kind: 'enum',
    labels: leaseDirectionLabels,
    schema: choice('Retning', codes(leaseDirectionLabels)),
    codeAliases: { lejer: 'tenant', udlejer: 'landlord', 'kommunen er lejer': 'tenant', 'kommunen er udlejer': 'landlord' },
    requiredInFile: true,
    width: 18,
    grid: { width: 160 },
  },
  {
    key: 'counterparty',
    label: 'Modpart',
    aliases: ['Udlejer/lejer'],
    kind: 'text',
    schema: requiredText('Modpart', 160),
    requiredInFile: true,
    width: 32,
    sortColumn: 'sort_key',
    grid: { width: 200 },
    form: { label: 'Modpart (udlejer eller lejer)' },
  },
  {
    key: 'annualRentOre',
    label: 'Årlig husleje',
    unit: 'kr.',
    aliases: ['Årlig husleje', 'Husleje pr. år'],
    kind: 'money',
    schema: amountOre('Årlig husleje'),
    defaultText: '0',
    width: 20,
  },
  {
    key: 'annualServiceOre',
    label: 'Årlige serviceudgifter',
    unit: 'kr.',
    aliases: ['Årlige serviceudgifter', 'Service pr. år'],
    kind: 'money',
    schema: amountOre('Årlige serviceudgifter'),
    defaultText: '0',
    width: 20,
    grid: { headerName: 'Årlig service' },
  },
  {
    key: 'operatingCostPaidByMunicipality',
    label: 'Kommunen betaler driften',
    aliases: ['Driftsudgift betales af kommunen'],
    kind: 'flag',
    schema: flag,
    width: 14,
    grid: false,
    form: { label: 'Kommunen betaler lokalernes drift' },
  },
  { key: 'startDate', label: 'Startdato', kind: 'date', schema: dateField('Startdato'), width: 12, grid: { headerName: 'Start' } },
  {
    key: 'noticeMonths',
    label: 'Opsigelsesvarsel',
    unit: 'mdr.',
    aliases: ['Opsigelsesvarsel', 'Varsel (mdr.)'],
    kind: 'integer',
    schema: wholeNumber('Opsigelsesvarsel', { min: 0, max: MAX_NOTICE_MONTHS }),
    requiredInFile: true,
    width: 14,
    grid: { headerName: 'Varsel (mdr.)', width: 120 },
    form: { label: 'Opsigelsesvarsel (måneder)' },
  },
  {
    key: 'terms',
    label: 'Opsigelsestermin',
    header: 'Termin',
    aliases: ['Opsigelsestermin'],
    kind: 'enum',
    labels: leaseTermsLabels,
    schema: choice('Opsigelsestermin', codes(leaseTermsLabels)),
    codeAliases: { måned: 'month', måneder: 'month', kvartal: 'quarter', kvartalsvis: 'quarter' },
    defaultText: 'month',
    width: 22,
    grid: { headerName: 'Termin', width: 170 },
  },
  {
    key: 'nonTerminableUntil',
    label: 'Uopsigelig til',
    kind: 'date',
    schema: dateField('Uopsigelig til'),
    width: 12,
    grid: { hide: true },
  },
  {
    key: 'noticeDate',
    label: 'Opsigelsesdato',
    kind: 'date',
    schema: dateField('Opsigelsesdato'),
    width: 12,
    grid: { headerName: 'Opsagt' },
  },
  { key: 'endDate', label: 'Ophørsdato', kind: 'date', width: 12, grid: { headerName: 'Ophør' } },
  {
    key: 'status',
    label: 'Status',
    kind: 'enum',
    labels: leaseStatusLabels,
    schema: choice('Status', codes(leaseStatusLabels)),
    width: 12,
    grid: { width: 120 },
  },
  { key: 'note', label: 'Note', aliases: ['Bemærkning'], kind: 'longtext', schema: optionalText('Note'), width: 40, grid: false },
])

type LeaseFieldKey = (typeof leaseFields)[number]['key']

/**
 * The label a lease form shows for a field, with its unit. @example leaseFormLabel('annualRentOre') // 'Årlig husleje (kr.)'
 */
export function leaseFormLabel(key: LeaseFieldKey): string {
  return formLabelOf(leaseFields.find((f) => f.key === key)!)
}
