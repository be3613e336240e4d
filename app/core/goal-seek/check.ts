import type Decimal from 'decimal.js'
import { formatKroner, Money, sum, type Conflict, type SavingsResult } from './engine-adapter'
import type { Problem } from './model'
import type { AlternativeCheck, AlternativeFigures, PropertyCapacity } from './types'
import { modelFullYear, newConflicts, type ChosenSet } from './verify'

/** Two amounts agree when they are the same to the krone: less than half an øre apart. */
const HALF_ORE = new Money('0.005')

function agree(a: Decimal, b: Decimal): boolean {
  return a.minus(b).abs().lessThan(HALF_ORE)
}

/** Danish lines naming what in the engine's figures the model does not count the same way. */
function causes(result: SavingsResult): string[] {
  const lines: string[] = []
  for (const c of result.contributions) {
    if (c.recurring && c.requestedShareMicro !== c.shareMicro) {
      lines.push(`${c.label}: motoren sparer kun den del af omkostningen, som ikke allerede er sparet (højst 100 %).`)
    }
    if (c.category === 'addedOperating') {
      lines.push(`${c.label}: merudgift til drift på ${formatKroner(new Money(c.amountOre).div(100))} om året.`)
    }
  }
  return lines
}

function fullYearLines(model: Decimal, engine: Decimal, result: SavingsResult): string[] {
  if (agree(model, engine)) return [`Modellens og motorens helårseffekt er ens: ${formatKroner(engine)}`]
  const found = causes(result)
  return [
    `Motoren giver en helårseffekt på ${formatKroner(engine)}, modellen ${formatKroner(model)}: forskel ${formatKroner(engine.minus(model))}`,
    ...(found.length > 0 ? found : ['Forskellen skyldes afrunding.']),
  ]
}

function targetYearLines(problem: Problem, set: ChosenSet, result: SavingsResult): string[] {
  const offset = problem.settings.targetYear - result.firstYear
  const start = problem.start.years[offset]?.netOperatingSaving ?? new Money(0)
  const model = sum([start, ...set.candidates.map((c) => c.yearSaving[offset] ?? new Money(0))])
  const engine = result.years[offset]?.netOperatingSaving ?? new Money(0)
  if (agree(model, engine)) return []
  return [
    `I ${problem.settings.targetYear} giver motoren ${formatKroner(engine)}, modellen ${formatKroner(model)}: ` +
      'motoren regner dage i den måned, et tiltag begynder, som en brøkdel af måneden.',
  ]
}

function oneOffLines(modelEstimate: number, figures: AlternativeFigures): string[] {
  const engine = new Money(figures.oneOffCost)
  const model = new Money(modelEstimate)
  if (agree(model, engine)) return []
  return [
    `Engangsudgifter: motoren ${formatKroner(engine)}, modellen ca. ${formatKroner(model)}; ` +
      'flyttede årsværk rundes til 3 decimaler og istandsættelse til hele øre, før motoren regner.',
  ]
}

function overruns(capacity: readonly PropertyCapacity[]): AlternativeCheck['capacityOverruns'] {
  return capacity.flatMap((p) => p.months.filter((m) => m.over).map((m) => ({ propertyId: p.propertyId, month: m.month })))
}

/**
 * Compares the model with the engine for one alternative: the full-year effect to the krone
 * (with the reasons when they differ), the target year, the one-off costs, and the engine's
 * conflicts and capacity per month.
 *
 * @example checkAlternative(problem, set, result, figures, baseline, 12500).agrees // true
 */
export function checkAlternative(
  problem: Problem,
  set: ChosenSet,
  result: SavingsResult,
  figures: AlternativeFigures,
  baseline: readonly Conflict[],
  modelOneOff: number,
): AlternativeCheck {
  const model = modelFullYear(problem, set)
  const engine = result.fullYearEffect
  const conflicts = newConflicts(result, baseline)
  const capacityOverruns = overruns(figures.capacity)
  const offset = problem.settings.targetYear - result.firstYear
  return {
    modelFullYearEffect: model.toString(),
    engineFullYearEffect: engine.toString(),
    difference: engine.minus(model).toString(),
    agrees: agree(model, engine),
    explanation: [...fullYearLines(model, engine, result), ...targetYearLines(problem, set, result), ...oneOffLines(modelOneOff, figures)],
    conflicts,
    capacityOverruns,
    targetReached: (result.years[offset]?.netOperatingSaving ?? new Money(0)).greaterThanOrEqualTo(result.target),
    passes: conflicts.length === 0 && capacityOverruns.length === 0,
  }
}
