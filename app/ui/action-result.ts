/**
 * The one shape every action answers with, and how components read it. An action that refuses
 * keeps what the user typed (Conform's `reply`) and says why in Danish (`message`); `intent`
 * tells which of the page's forms the answer belongs to.
 */
import type { SubmissionResult } from '@conform-to/react'

export interface ActionOutcome {
  intent: string
  ok: boolean
  /** Conform's reply for the form that was sent: field and form messages, the values kept. */
  reply: SubmissionResult<string[]> | null
  /** One Danish sentence for the user, or null. */
  message: string | null
}

function isOutcome(value: unknown): value is ActionOutcome {
  return typeof value === 'object' && value !== null && 'intent' in value && 'ok' in value
}

/**
 * The answer to one of the page's forms, or null when the last answer belonged to another.
 * @example const save = outcomeFor(actionData, 'save'); <PropertyForm lastResult={save?.reply} />
 */
export function outcomeFor(actionData: unknown, intent: string): ActionOutcome | null {
  return isOutcome(actionData) && actionData.intent === intent ? actionData : null
}

/** The refusal message of one form's last answer, for an alert beside that form. */
export function refusalFor(actionData: unknown, intent: string): string | null {
  const outcome = outcomeFor(actionData, intent)
  return outcome && !outcome.ok ? outcome.message : null
}
