/** Danish counts with the right form of the noun: "1 konflikt", "2 konflikter". */
import { formatNumberDa } from './money'

/**
 * A count and its noun in the singular for exactly one, else the plural.
 * @example countOf(1, ['konflikt', 'konflikter']) // '1 konflikt'
 * @example countOf(1200, ['ejendom', 'ejendomme']) // '1.200 ejendomme'
 */
export function countOf(n: number, [one, many]: readonly [string, string]): string {
  return `${formatNumberDa(n)} ${n === 1 ? one : many}`
}
