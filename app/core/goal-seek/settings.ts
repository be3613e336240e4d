import type { AllowedMeasures, GoalSeekInput, GoalSeekObjective, GoalSeekOptions } from './types'
import { isIsoDate } from './engine-adapter'

/** The options with every default filled in and checked. */
export interface Settings {
  objective: GoalSeekObjective
  targetYear: number
  earliestNoticeDate: string
  allow: AllowedMeasures
  maxOneOffCostOre: number | null
  keepPropertyIds: ReadonlySet<number>
  requiredActions: readonly string[]
  timeLimitSeconds: number
  alternatives: number
  splitUnits: boolean
  maxDestinationsPerUnit: number
  saleLeadMonths: number
  closureLeadMonths: number
  partialClosureShares: readonly number[]
  timing: 'earliest' | 'flexible'
}

const ALL_ALLOWED: AllowedMeasures = {
  sales: true,
  leaseTerminations: true,
  closures: true,
  partialClosures: true,
  moves: true,
}

function wholeAtLeast(value: number, min: number, what: string): number {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${what} skal være et helt tal ≥ ${min}: ${value}`)
  return value
}

/**
 * Fills in defaults and refuses options that cannot mean anything (a target year outside the
 * horizon, a malformed date), with a Danish message.
 *
 * @example resolveSettings(input, { objective: 'least_one_off_cost', targetYear: 2027, earliestNoticeDate: '2025-03-01' }).alternatives // 3
 */
export function resolveSettings(input: GoalSeekInput, options: GoalSeekOptions): Settings {
  const { firstYear, lastYear } = input.assumptions
  if (!Number.isInteger(options.targetYear) || options.targetYear < firstYear || options.targetYear > lastYear) {
    throw new RangeError(`Målåret ${options.targetYear} ligger uden for scenariets år ${firstYear}-${lastYear}.`)
  }
  if (!isIsoDate(options.earliestNoticeDate)) {
    throw new RangeError(`Ugyldig tidligste opsigelsesdato: ${options.earliestNoticeDate}`)
  }
  const shares = options.partialClosureShares ?? [0.5]
  if (shares.some((s) => !(s > 0 && s < 1))) throw new RangeError('Andele for delvis lukning skal ligge mellem 0 og 1.')
  const timeLimit = options.timeLimitSeconds ?? 60
  if (!(timeLimit > 0)) throw new RangeError(`Tidsgrænsen skal være positiv: ${timeLimit}`)
  return {
    objective: options.objective,
    targetYear: options.targetYear,
    earliestNoticeDate: options.earliestNoticeDate,
    allow: { ...ALL_ALLOWED, ...options.allow },
    maxOneOffCostOre: options.maxOneOffCostOre ?? null,
    keepPropertyIds: new Set(options.keepPropertyIds ?? []),
    requiredActions: options.requiredActions ?? [],
    timeLimitSeconds: timeLimit,
    alternatives: Math.min(3, wholeAtLeast(options.alternatives ?? 3, 1, 'Antal alternativer')),
    splitUnits: options.splitUnits ?? true,
    maxDestinationsPerUnit: wholeAtLeast(options.maxDestinationsPerUnit ?? 4, 1, 'Antal modtagende bygninger'),
    saleLeadMonths: wholeAtLeast(options.saleLeadMonths ?? 6, 0, 'Måneder til overtagelse'),
    closureLeadMonths: wholeAtLeast(options.closureLeadMonths ?? 1, 0, 'Måneder til lukning'),
    partialClosureShares: shares,
    timing: options.timing ?? 'earliest',
  }
}
