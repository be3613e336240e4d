/** Stored values as the text a form field shows, in the Danish notation the parser accepts back. */
import { formatDanishDate } from '~/core/dates'
import { formatNumberDa, oreToKroner } from '~/core/money'

/** @example amountText(123456789) // '1.234.567,89' */
export const amountText = (ore: number | null | undefined) => (ore == null ? '' : formatNumberDa(oreToKroner(ore), 2))
export const dateText = (iso: string | null | undefined) => (iso ? formatDanishDate(iso) : '')
export const numberText = (n: number | null | undefined, decimals = 0) => (n == null ? '' : formatNumberDa(n, decimals))
/** Coordinates keep their precision: plain digits with a decimal comma. */
export const coordinateText = (n: number | null | undefined) => (n == null ? '' : String(n).replace('.', ','))
