/** The "Find vej til målet" form and the save-an-alternative form, shared by the page and its action. */
import { z } from 'zod'
import type { SearchProgress } from '~/core/goal-seek'
import { choice, flag, optionalAmountOre, optionalText, wholeNumber } from '~/core/schema-fields'

export const objectiveLabels = {
  least_one_off_cost: 'Mindst engangsudgift',
  earliest_year: 'Tidligst muligt',
  fewest_people_moved: 'Færrest der flytter',
} as const

export const timeLimitLabels = { '10': '10 sekunder', '30': '30 sekunder', '60': '1 minut' } as const

const ACTION_KEY = /^(sale|termination|closure):\d+$/

const idList = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.coerce.number().int().min(1, 'Vælg en ejendom fra listen')),
)

const actionList = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().regex(ACTION_KEY, 'Vælg et tiltag fra listen')),
)

export const goalSeekSchema = z
  .object({
    targetYear: wholeNumber('Målår', { min: 1900, max: 2200 }),
    objective: choice('Hvad skal vægtes', ['least_one_off_cost', 'earliest_year', 'fewest_people_moved']),
    allowSales: flag,
    allowTerminations: flag,
    allowClosures: flag,
    allowPartialClosures: flag,
    allowMoves: flag,
    maxOneOffCostOre: optionalAmountOre('Højst engangsudgift'),
    /** Keep every building whose users are not desk staff (schools, day care, care, …). */
    keepByUse: flag,
    keepPropertyIds: idList,
    requiredActions: actionList,
    timeLimitSeconds: choice('Tidsgrænse', ['10', '30', '60']),
  })
  .superRefine((v, ctx) => {
    if (!v.allowSales && !v.allowTerminations && !v.allowClosures && !v.allowPartialClosures)
      ctx.addIssue({ code: 'custom', path: ['allowSales'], message: 'Vælg mindst én slags tiltag' })
  })
export type GoalSeekFormInput = z.infer<typeof goalSeekSchema>

export const saveAlternativeSchema = z.object({
  jobId: z.string().uuid('Søgningen findes ikke.'),
  rank: z.coerce.number().int().min(1).max(3),
  name: optionalText('Navn', 200),
})
export type SaveAlternativeInput = z.infer<typeof saveAlternativeSchema>

/** What the page polls: the job's state, and the result once done. Plain data for the browser. */
export interface GoalSeekStatus {
  jobId: string
  status: 'running' | 'done' | 'failed'
  elapsedSeconds: number
  timeLimitSeconds: number
  error: string | null
  /** While running: the solver's latest progress report (from another server's search, at most a second old). */
  progress: SearchProgress | null
}

/** The page before a search: the scenario, its horizon and the form's defaults (the pickers search on the server). */
export interface GoalSeekPageData {
  scenario: { id: number; name: string; firstYear: number; lastYear: number; targetAnnualOre: number }
  measureCount: number
  defaults: { targetYear: number }
  /** The day notice and sales are counted from: the demo's reference date while the demo is shown. */
  countsFrom: { date: string; demo: boolean }
}
