import {
  addDays,
  addMonthsClamped,
  firstOfMonthOnOrAfter,
  formatDanishDate,
  isIsoDate,
  isoDate,
  isoParts,
  lastDayOfMonth,
  type IsoDate,
} from './dates'

/**
 * Termination terms of a business lease (erhvervslejeloven § 64): notice to the 1st of a month,
 * or to a quarter day (1 January, 1 April, 1 July, 1 October).
 */
export type LeaseTerms = 'month' | 'quarter'

export interface LeaseEndArgs {
  noticeDate: IsoDate
  noticeMonths: number
  terms: LeaseTerms
  nonTerminableUntil?: IsoDate | null
}

function assertArgs(date: IsoDate, noticeMonths: number): void {
  if (!isIsoDate(date)) throw new RangeError(`Ugyldig dato: ${date}`)
  if (!Number.isInteger(noticeMonths) || noticeMonths < 0) {
    throw new RangeError(`Varsel skal være et helt antal måneder ≥ 0: ${noticeMonths}`)
  }
}

/** The first term day (1st of a month, or quarter day) on or after the date. */
function termDayOnOrAfter(date: IsoDate, terms: LeaseTerms): IsoDate {
  const first = firstOfMonthOnOrAfter(date)
  if (terms === 'month') return first
  const { year, month } = isoParts(first)
  const quarterMonth = Math.ceil((month - 1) / 3) * 3 + 1
  return quarterMonth > 12 ? isoDate(year + 1, 1, 1) : isoDate(year, quarterMonth, 1)
}

/** The last day a lease on these terms can end on, on or before the date. */
function termEndOnOrBefore(date: IsoDate, terms: LeaseTerms): IsoDate {
  const firstEndOnOrAfter = addDays(termDayOnOrAfter(addDays(date, 1), terms), -1)
  return firstEndOnOrAfter === date ? date : lastTermEndBefore(date, terms)
}

function lastTermEndBefore(date: IsoDate, terms: LeaseTerms): IsoDate {
  const { year, month } = isoParts(date)
  if (terms === 'month') return addDays(isoDate(year, month, 1), -1)
  const quarterStart = Math.floor((month - 1) / 3) * 3 + 1
  return addDays(isoDate(year, quarterStart, 1), -1)
}

/** Term end ignoring the non-terminable date. */
function naturalEnd(noticeDate: IsoDate, noticeMonths: number, terms: LeaseTerms): IsoDate {
  return addDays(termDayOnOrAfter(addMonthsClamped(noticeDate, noticeMonths), terms), -1)
}

/**
 * The day a lease ends when notice is given on noticeDate (erhvervslejeloven § 64): notice date
 * plus the notice period in calendar months, then the day before the next term day on or after
 * it; never before the non-terminable date.
 *
 * @example leaseEndDate({ noticeDate: '2024-02-10', noticeMonths: 3, terms: 'month' }) // '2024-05-31'
 */
export function leaseEndDate(args: LeaseEndArgs): IsoDate {
  assertArgs(args.noticeDate, args.noticeMonths)
  const end = naturalEnd(args.noticeDate, args.noticeMonths, args.terms)
  const floor = args.nonTerminableUntil
  return floor && end < floor ? floor : end
}

export interface LatestNoticeArgs {
  wishedEndDate: IsoDate
  noticeMonths: number
  terms: LeaseTerms
  nonTerminableUntil?: IsoDate | null
}

export interface LatestNotice {
  /** Latest notice date that ends the lease on or before the wished date; null when impossible. */
  latestNoticeDate: IsoDate | null
  /** The end date that notice gives (the earliest possible end when the wish is impossible). */
  achievableEndDate: IsoDate
  /** Latest notice date that still reaches achievableEndDate (also when the wish is impossible). */
  noticeDateForAchievableEnd: IsoDate
  /** Danish explanation, present whenever the achievable end differs from the wish. */
  reason?: string
}

function termsText(terms: LeaseTerms): string {
  return terms === 'month' ? 'den 1. i en måned' : 'kvartalsskifte (1. jan., 1. apr., 1. jul., 1. okt.)'
}

/**
 * "Beslut senest": the latest notice date whose lease end is on or before the wished end date.
 * Only term ends (day before a term day) or the non-terminable date itself are reachable.
 *
 * @example latestNoticeDate({ wishedEndDate: '2024-05-31', noticeMonths: 3, terms: 'month' })
 *   // { latestNoticeDate: '2024-03-01', achievableEndDate: '2024-05-31', ... }
 */
export function latestNoticeDate(args: LatestNoticeArgs): LatestNotice {
  assertArgs(args.wishedEndDate, args.noticeMonths)
  const { wishedEndDate: wished, noticeMonths, terms } = args
  const floor = args.nonTerminableUntil ?? null
  // Notice given on a term day minus N months reaches the term end just before that term day;
  // one day later moves the end to the following term end.
  const noticeFor = (termEnd: IsoDate) => addMonthsClamped(addDays(termEnd, 1), -noticeMonths)
  if (floor && floor > wished) {
    return {
      latestNoticeDate: null,
      achievableEndDate: floor,
      noticeDateForAchievableEnd: noticeFor(termEndOnOrBefore(floor, terms)),
      reason: `Lejemålet er uopsigeligt til ${formatDanishDate(floor)} og kan tidligst ophøre ${formatDanishDate(floor)}.`,
    }
  }
  const termEnd = termEndOnOrBefore(wished, terms)
  const notice = noticeFor(termEnd)
  const achievable = floor && floor > termEnd ? floor : termEnd
  const result: LatestNotice = {
    latestNoticeDate: notice,
    achievableEndDate: achievable,
    noticeDateForAchievableEnd: notice,
  }
  if (achievable === wished) return result
  result.reason =
    achievable === floor
      ? `Lejemålet er uopsigeligt til ${formatDanishDate(floor)} og ophører derfor ${formatDanishDate(floor)}.`
      : `${formatDanishDate(wished)} er ikke en ophørsdag ved opsigelse til ${termsText(terms)}; ` +
        `lejemålet kan senest ophøre ${formatDanishDate(termEnd)} inden da.`
  return result
}

/**
 * How the end date was found, in Danish, for the committee.
 *
 * @example describeLeaseEnd({ noticeDate: '2024-02-10', noticeMonths: 3, terms: 'month' })
 *   // 'Opsagt 10.02.2024 med 3 måneders varsel til den 1. i en måned: 10.05.2024 → ophør 31.05.2024'
 */
export function describeLeaseEnd(args: LeaseEndArgs): string {
  assertArgs(args.noticeDate, args.noticeMonths)
  const target = addMonthsClamped(args.noticeDate, args.noticeMonths)
  const end = naturalEnd(args.noticeDate, args.noticeMonths, args.terms)
  const months = args.noticeMonths === 1 ? '1 måneds varsel' : `${args.noticeMonths} måneders varsel`
  const text =
    `Opsagt ${formatDanishDate(args.noticeDate)} med ${months} til ${termsText(args.terms)}: ` +
    `${formatDanishDate(target)} → ophør ${formatDanishDate(end)}`
  const floor = args.nonTerminableUntil
  if (!floor || end >= floor) return text
  return `${text}; uopsigeligt til ${formatDanishDate(floor)} → ophør ${formatDanishDate(floor)}`
}

/**
 * The period rent is still paid after staff have moved out (from the move-out day through the
 * lease's end date), or null when they stay until the end.
 *
 * @example doubleRentPeriod({ moveOutDate: '2024-03-01', leaseEndDate: '2024-05-31' })
 *   // { from: '2024-03-01', to: '2024-05-31' }
 */
export function doubleRentPeriod(args: { moveOutDate: IsoDate; leaseEndDate: IsoDate }): { from: IsoDate; to: IsoDate } | null {
  return args.moveOutDate <= args.leaseEndDate ? { from: args.moveOutDate, to: args.leaseEndDate } : null
}

/**
 * True when a lease on these terms can end on the date (a month end, or a quarter end).
 *
 * @example isTermEnd('2024-05-31', 'quarter') // false
 */
export function isTermEnd(date: IsoDate, terms: LeaseTerms): boolean {
  if (terms === 'month') return lastDayOfMonth(date) === date
  return termEndOnOrBefore(date, terms) === date
}
