/**
 * The mutation contract for route actions: read the intent with a zod enum, call one service,
 * answer with one `ActionOutcome` (or redirect). Components read it with `outcomeFor`.
 */
import type { Submission } from '@conform-to/react'
import { data } from 'react-router'
import { z } from 'zod'
import type { ServiceResult } from '~/core/result'
import type { ActionOutcome } from '~/ui/action-result'

const STATUS = { invalid: 400, not_found: 404, conflict: 409, blocked: 409 } as const

/** How a refusal is answered: fields never sent back (passwords), and a status other than the reason's. */
export interface ReplyOptions {
  hideFields?: string[]
  status?: number
}

/**
 * The form's `intent`, one of the route's intents; anything else is a 400.
 * @example const intent = readIntent(formData, ['save', 'delete'])
 */
export function readIntent<const T extends readonly [string, ...string[]]>(formData: FormData, intents: T): T[number] {
  const parsed = z.enum(intents).safeParse(formData.get('intent') ?? intents[0])
  if (!parsed.success) throw data('Ukendt handling.', { status: 400 })
  return parsed.data
}

/** A successful answer that stays on the page (no redirect). @example return done('save', 'Gemt.') */
export function done(intent: string, message: string | null = null): ActionOutcome {
  return { intent, ok: true, reply: null, message }
}

/** The schema refused the input: 400 with the field messages and the values kept. */
export function invalid<T>(intent: string, submission: Submission<T>, options: ReplyOptions = {}) {
  const reply = submission.reply({ hideFields: options.hideFields })
  return data<ActionOutcome>({ intent, ok: false, reply, message: null }, { status: options.status ?? 400 })
}

/**
 * The service refused: its Danish message beside the form, the values kept when there is a form.
 * @example if (!result.ok) return refused('save', result, submission)
 */
export function refused<T>(
  intent: string,
  result: Extract<ServiceResult<unknown>, { ok: false }>,
  submission?: Submission<T>,
  options: ReplyOptions = {},
) {
  const reply = submission
    ? submission.reply({ formErrors: [result.message], fieldErrors: result.fieldErrors, hideFields: options.hideFields })
    : null
  return data<ActionOutcome>({ intent, ok: false, reply, message: result.message }, { status: options.status ?? STATUS[result.reason] })
}
