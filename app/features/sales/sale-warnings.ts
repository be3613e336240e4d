/**
 * Dates on a sale that are allowed but look like typing errors: a bid received in the future, or
 * a step dated before the bids it follows. They are saved only when the user confirms.
 */
import { formatDanishDate } from '~/core/dates'
import { fail, type ServiceResult } from '~/core/result'
import type { StepRequest } from '~/core/sale-path'
import { CONFIRM_DATE_LABEL } from './schemas'

/**
 * Why a bid's date needs confirmation, or null.
 * @example futureBidWarning('2031-01-05', '2030-12-01') // 'Buddet er dateret 05.01.2031, som ligger efter i dag (01.12.2030).'
 */
export function futureBidWarning(receivedDate: string, today: string): string | null {
  if (receivedDate <= today) return null
  return `Buddet er dateret ${formatDanishDate(receivedDate)}, som ligger efter i dag (${formatDanishDate(today)}).`
}

/**
 * Why a step's date needs confirmation, or null: a bid it records lies in the future, or the step
 * lies before the latest bid already received.
 * @example stepDateWarning({ status: 'sold', date: '2024-01-10', … }, '2024-02-01', '2024-06-01') // 'Trinnet er dateret 10.01.2024, før det seneste bud (01.02.2024).'
 */
export function stepDateWarning(step: StepRequest, latestBid: string | null, today: string): string | null {
  if (step.status === 'bid_received' && step.bid?.bidder) {
    const future = futureBidWarning(step.date, today)
    if (future) return future
  }
  if (latestBid && step.date < latestBid) {
    return `Trinnet er dateret ${formatDanishDate(step.date)}, før det seneste bud (${formatDanishDate(latestBid)}).`
  }
  return null
}

/**
 * The refusal that asks for the confirmation box; the message beside the box names it.
 * @example needsConfirmation('Buddet er dateret …')
 */
export function needsConfirmation(warning: string): ServiceResult<never> {
  return fail('invalid', `${warning} Sæt kryds i "${CONFIRM_DATE_LABEL}", hvis datoen er rigtig.`, { acceptWarnings: [warning] })
}
