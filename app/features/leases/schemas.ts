/** The lease form: one schema for the form (Conform) and the action. */
import { z } from 'zod'
import { codes, leaseDirectionLabels, leaseStatusLabels, leaseTermsLabels } from '~/core/labels'
import { amountOre, choice, dateField, flag, optionalText, requiredText, versionField, wholeNumber } from '~/core/schema-fields'

export const MAX_NOTICE_MONTHS = 120

const base = z.object({
  propertyId: z.coerce.number({ error: 'Vælg en ejendom' }).int().min(1, 'Vælg en ejendom'),
  direction: choice('Retning', codes(leaseDirectionLabels)),
  counterparty: requiredText('Modpart', 160),
  annualRentOre: amountOre('Årlig husleje'),
  annualServiceOre: amountOre('Årlige serviceudgifter'),
  operatingCostPaidByMunicipality: flag,
  startDate: dateField('Startdato'),
  noticeMonths: wholeNumber('Opsigelsesvarsel', { min: 0, max: MAX_NOTICE_MONTHS }),
  terms: choice('Opsigelsestermin', codes(leaseTermsLabels)),
  nonTerminableUntil: dateField('Uopsigelig til'),
  noticeDate: dateField('Opsigelsesdato'),
  status: choice('Status', codes(leaseStatusLabels)),
  note: optionalText('Note'),
})

type LeaseShape = z.infer<typeof base>

function crossFieldRules(value: LeaseShape, ctx: z.RefinementCtx) {
  if (value.status !== 'active' && !value.noticeDate) {
    ctx.addIssue({ code: 'custom', path: ['noticeDate'], message: 'Angiv opsigelsesdatoen for et opsagt lejemål' })
  }
  if (value.status === 'active' && value.noticeDate) {
    ctx.addIssue({ code: 'custom', path: ['status'], message: 'Et lejemål med opsigelsesdato kan ikke være aktivt; vælg Opsagt' })
  }
  if (value.startDate && value.noticeDate && value.noticeDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['noticeDate'], message: 'Opsigelsesdatoen ligger før lejemålets start' })
  }
}

export const leaseSchema = base.superRefine(crossFieldRules)
export const leaseUpdateSchema = base.extend({ version: versionField }).superRefine(crossFieldRules)

export type LeaseInput = z.infer<typeof leaseSchema>
