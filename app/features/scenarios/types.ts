/** What the scenario pages show: plain data shared by the services that gather it and the components that draw it. */
import type { PageInfo } from '~/core/paging'
import type { Scenario } from '#db/schema'
import type { ScenarioFactorRow } from '~/features/climate/types'
import type { FieldChange } from '~/core/fields'
import type { StatusFilter } from '~/core/savings'
import type { measureKindLabels, measureStatusLabels } from './labels'
import type { AssumptionsInput } from './schemas'
import type { ScenarioFigures, ScenarioSummary } from './scenario-view'

/** One measure as the measure list shows it. */
export interface MeasureRowView {
  id: number
  kind: keyof typeof measureKindLabels
  status: keyof typeof measureStatusLabels
  enabled: boolean
  label: string
  source: 'register' | 'manual'
  effectDate: string
  /** What the measure refers to, in words (lease, property, unit and destination). */
  subject: string
  subjectHref: string | null
  /** Price, share or headcount in words. */
  amountText: string
  /** Yearly energy stated on the measure in whole kWh (null: derived from the building). */
  statedHeatKwh: number | null
  statedElectricityKwh: number | null
  /** First day in effect per the engine (lease end + 1 day for terminations). */
  effectiveFrom: string | null
  leaseEndDate: string | null
}

/** The assumptions form's values, each as the text the field shows. */
export type AssumptionsText = Partial<Record<keyof AssumptionsInput, string>>

/** How the plan on the page was decided, and when it was replaced. */
export interface DecisionInfo {
  decidedOn: string
  caseReference: string | null
  promotedBy: string | null
  archivedAt: string | null
}

export interface ScenarioPage {
  scenario: Scenario
  /** The name to show (an archived plan by its period). */
  title: string
  /** Set for the decided plan and archived plans. */
  decision: DecisionInfo | null
  view: StatusFilter
  summary: ScenarioSummary
  /** The shown page of the measures. */
  measures: MeasureRowView[]
  measurePage: PageInfo
  /** Where the shown conflicts (summary.conflicts) are among all of them. */
  conflictPage: PageInfo
  /** Where the shown double-rent periods (summary.doubleRentPeriods) are among all of them. */
  doubleRentPage: PageInfo
  assumptions: AssumptionsText
  others: { id: number; name: string }[]
  /** The scenario's own emission factors beside the municipality's (docs/climate.md). */
  ownFactors: ScenarioFactorRow[]
}

/** One row of the scenario list, without its figures (read at once, no computation). */
export interface ScenarioListHead {
  id: number
  name: string
  isBaseline: boolean
  archivedAt: string | null
  measureCount: number
  updatedAt: string
}

/** A scenario's figures in the list (computed, or from the cache of the current data generation). */
export interface ScenarioListFigures {
  fullYearEffect: string
  gap: string
  conflicts: number
}

/** One row of the scenario list, with its figures. */
export type ScenarioListRow = ScenarioListHead & ScenarioListFigures

/** One scenario in a comparison. */
export interface ComparedScenario {
  id: number
  name: string
  isBaseline: boolean
  summary: ScenarioFigures
}

/** A measure that not every compared scenario has. */
export interface MeasureDifference {
  signature: string
  description: string
  /** Per compared scenario: whether it has (an enabled copy of) this measure. */
  presentIn: boolean[]
}

/** Full-year effect, gap to target and first year reached, as decimal strings (kroner). */
export interface KeyFigures {
  fullYearEffect: string
  gapToTarget: string
  firstYearTargetReached: number | null
}

/** What promoting a scenario would change against the decided plan. */
export interface PromotionReview {
  scenario: { id: number; title: string }
  baseline: { id: number; title: string } | null
  /** Why it cannot be promoted (archived, already the plan), or null. */
  blocked: string | null
  added: string[]
  removed: string[]
  changed: { title: string; changes: FieldChange[] }[]
  before: KeyFigures
  after: KeyFigures
  conflicts: string[]
  proposals: string[]
}

/** One promotion in the decision log. */
export interface DecisionLogRow {
  id: number
  title: string
  name: string
  current: boolean
  caseReference: string
  decisionDate: string
  promotedAt: string
  promotedBy: string
  archivedAt: string | null
}

/** What "Opdater fra registret" would change in a scenario. */
export interface SyncPreview {
  scenario: { id: number; title: string }
  blocked: string | null
  added: string[]
  changed: { title: string; changes: FieldChange[] }[]
  removed: string[]
  /** Register measures the committee switched off, which stay off. */
  keptOff: number
  /** Measures added by hand, which the sync leaves alone. */
  manual: number
}
