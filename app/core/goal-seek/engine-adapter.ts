/**
 * The goal-seek solver's one door to the savings engine and the shared money, date and lease
 * rules. Every import of them lives here, so moving the engine (to app/core/savings) means
 * rewriting these paths and nothing else.
 */
export {
  computeSavings,
  monthlyOccupancy,
  type Assumptions,
  type Conflict,
  type EngineInput,
  type LeaseInput,
  type Measure,
  type PropertyInput,
  type RelocationMeasure,
  type SavingsResult,
  type UnitInput,
} from '~/core/savings'
export {
  addDays,
  addMonthsClamped,
  firstOfMonthOnOrAfter,
  formatDanishDate,
  formatDanishMonth,
  isIsoDate,
  isoDate,
  type IsoDate,
} from '~/core/dates'
export { latestNoticeDate, leaseEndDate } from '~/core/lease-terms'
export { formatKroner, formatNumberDa, Money, sum } from '~/core/money'
