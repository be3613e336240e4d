/** Chart axes on round steps: 1, 2 or 5 times a power of ten, so gridlines read 1, 2, 3 mio. kr., never 1,4 / 2,8. */

/**
 * Gridline values from at most `min` (≤ 0) to at least `max`, at most `count` + 2 steps, on the smallest round step.
 * @example niceTicks(0, 5_500_000) // [0, 1000000, 2000000, 3000000, 4000000, 5000000, 6000000]
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max - min > 0)) return [0, 1]
  const most = count + 2
  let power = 10 ** Math.floor(Math.log10((max - min) / most))
  for (;;) {
    for (const m of [1, 2, 2.5, 5]) {
      const step = m * power
      const first = Math.floor(min / step)
      const last = Math.ceil(max / step)
      if (last - first <= most) return Array.from({ length: last - first + 1 }, (_, i) => (first + i) * step)
    }
    power *= 10
  }
}

/**
 * "1 konflikt", "3 konflikter", "Ingen konflikter".
 * @example conflictCount(1) // '1 konflikt'
 */
export function conflictCount(n: number): string {
  if (n === 0) return 'Ingen konflikter'
  return n === 1 ? '1 konflikt' : `${n} konflikter`
}

/**
 * With rent indexation on, which prices each figure is in (docs/calculation.md, "Rent indexation").
 * @example priceBasis(2, 2023) // 'Husleje indekseres 2 % om året: budgetårene er i hvert års priser, helårseffekten og målet i 2023-priser.'
 */
export function priceBasis(rentIndexationPct: number | null, firstYear: number): string | null {
  if (!rentIndexationPct) return null
  const pct = String(rentIndexationPct).replace('.', ',')
  return `Husleje indekseres ${pct} % om året: budgetårene er i hvert års priser, helårseffekten og målet i ${firstYear}-priser.`
}
