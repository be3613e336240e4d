/** Danish labels and number formats for units, relocations and capacity. */
import type { RelocationStatus } from '#db/schema'
import { formatNumberDa } from '~/core/money'

export const relocationStatusLabels: Record<RelocationStatus, string> = {
  idea: 'Idé',
  planned: 'Planlagt',
  decided: 'Besluttet',
  done: 'Gennemført',
}

/** What the capacity page counts, from the firmest status down. */
export const statusLevelLabels: Record<RelocationStatus, string> = {
  done: 'Kun gennemførte flytninger',
  decided: 'Besluttede og gennemførte',
  planned: 'Planlagte, besluttede og gennemførte',
  idea: 'Alle, også idéer',
}

/**
 * FTE with only the decimals it needs.
 * @example formatFte(19.5) // '19,5'
 * @example formatFte(1234) // '1.234'
 */
export function formatFte(value: number): string {
  const text = formatNumberDa(value, 3)
  return text.includes(',') ? text.replace(/,?0+$/, '') : text
}

/** FTE as the form shows it: '19,5' (no thousands separator, so it parses back). */
export const fteText = (value: number | null | undefined) => (value == null ? '' : String(value).replace('.', ','))

/** Window lengths the capacity page offers, in months. */
export const WINDOW_SIZES = [12, 24, 36] as const
