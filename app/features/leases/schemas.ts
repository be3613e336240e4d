/** The lease form: one schema for the form (Conform) and the action, derived from the field registry. */
import type { z } from 'zod'
import { schemaOf } from '~/core/fields'
import { versionField } from '~/core/schema-fields'
import { leaseFields } from './fields'

export { MAX_NOTICE_MONTHS } from './fields'

const base = schemaOf(leaseFields)

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
