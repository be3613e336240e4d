/** Turning a failed use case into a Conform reply that keeps what the user typed. */
import type { Submission } from '@conform-to/react'
import { data } from 'react-router'
import type { ServiceResult } from '~/core/result'

const STATUS = { invalid: 400, not_found: 404, conflict: 409, blocked: 409 } as const

/** A 4xx reply with the form's values, a form message and any field messages. */
export function failedReply<T>(submission: Submission<T>, result: Extract<ServiceResult<unknown>, { ok: false }>) {
  return data(
    { result: submission.reply({ formErrors: [result.message], fieldErrors: result.fieldErrors }) },
    { status: STATUS[result.reason] },
  )
}

/** A 400 reply for input the schema refused. */
export function invalidReply<T>(submission: Submission<T>) {
  return data({ result: submission.reply() }, { status: 400 })
}
