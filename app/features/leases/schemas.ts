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
  if (value.startDate && value.noticeDate && value.noticeDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['noticeDate'], message: 'Opsigelsesdatoen ligger før lejemålets start' })
  }
}

/**
 * A notice date means notice is given: an "Aktiv" lease with one is saved as "Opsagt" rather
 * than refused (the form and the answer say so).
 */
function withNoticeStatus<T extends LeaseShape>(value: T): T {
  return value.noticeDate && value.status === 'active' ? { ...value, status: 'terminated' } : value
}

/**
 * Whether saving sets the status to "Opsagt" because of the notice date: the posted status was
 * "Aktiv" and the parsed one is not. @example terminatedByNotice(formData, submission.value)
 */
export function terminatedByNotice(formData: FormData, value: { status: string }): boolean {
  return formData.get('status') === 'active' && value.status === 'terminated'
}

export const leaseSchema = base.transform(withNoticeStatus).superRefine(crossFieldRules)
export const leaseUpdateSchema = base.extend({ version: versionField }).transform(withNoticeStatus).superRefine(crossFieldRules)

export type LeaseInput = z.infer<typeof leaseSchema>
