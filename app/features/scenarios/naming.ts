/** How a scenario is named wherever it is shown: an archived plan by the period it was the decided plan. */
import { danishDateOf, formatDanishDate } from '~/core/dates'

export interface NamedScenario {
  name: string
  isBaseline: number | boolean
  archivedAt: string | null
  decisionDate: string | null
  createdAt: string
}

/**
 * The day a plan became the decided plan: the council's decision date, or (for the first plan,
 * built from the register) the day it was made, in Denmark.
 * @example decidedOn({ decisionDate: '2025-03-12', createdAt: '2024-01-02T…' }) // '2025-03-12'
 */
export function decidedOn(s: Pick<NamedScenario, 'decisionDate' | 'createdAt'>): string {
  return s.decisionDate ?? danishDateOf(s.createdAt)
}

/**
 * The name to show. Every archived plan was once "Vedtaget plan", so it is told apart by its period.
 * @example scenarioTitle({ name: 'Vedtaget plan', archivedAt: '2025-09-04T10:00:00Z', decisionDate: '2025-03-12', … })
 * // 'Vedtaget plan, 12.03.2025-04.09.2025'
 */
export function scenarioTitle(s: NamedScenario): string {
  if (!s.archivedAt || s.isBaseline === 1 || s.isBaseline === true) return s.name
  return `Vedtaget plan, ${formatDanishDate(decidedOn(s))}-${formatDanishDate(danishDateOf(s.archivedAt))}`
}
