/** What the scenario pages show: plain data shared by the services that gather it and the components that draw it. */
import type { Scenario } from '#db/schema'
import type { StatusFilter } from '~/core/savings'
import type { measureKindLabels, measureStatusLabels } from './labels'
import type { AssumptionsInput } from './schemas'
import type { ScenarioSummary } from './scenario-view'

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
  /** First day in effect per the engine (lease end + 1 day for terminations). */
  effectiveFrom: string | null
  leaseEndDate: string | null
}

/** The choices of the add-measure form. */
export interface MeasureOptions {
  leases: { id: number; label: string }[]
  properties: { id: number; label: string }[]
  units: { id: number; label: string }[]
}

/** The assumptions form's values, each as the text the field shows. */
export type AssumptionsText = Partial<Record<keyof AssumptionsInput, string>>

export interface ScenarioPage {
  scenario: Scenario
  view: StatusFilter
  summary: ScenarioSummary
  measures: MeasureRowView[]
  options: MeasureOptions
  assumptions: AssumptionsText
  others: { id: number; name: string }[]
}

/** One row of the scenario list, with its figures. */
export interface ScenarioListRow {
  id: number
  name: string
  isBaseline: boolean
  archivedAt: string | null
  measureCount: number
  updatedAt: string
  fullYearEffect: string
  gap: string
  conflicts: number
}

/** One scenario in a comparison. */
export interface ComparedScenario {
  id: number
  name: string
  isBaseline: boolean
  summary: ScenarioSummary
}

/** A measure that not every compared scenario has. */
export interface MeasureDifference {
  signature: string
  description: string
  /** Per compared scenario: whether it has (an enabled copy of) this measure. */
  presentIn: boolean[]
}
