import type { MilpModel, Problem } from './model'
import type { MoveOption } from './moves'
import { milliOf } from './portfolio'

/**
 * A unit's parts in whole thousandths of an FTE (the engine's unit): each share rounded up, so
 * a partly closed building surely loses at least what the model moved; when the unit leaves a
 * building for good the parts that were rounded up most give back the excess, so it leaves with
 * exactly its headcount. No part exceeds the model's share by a thousandth or more.
 */
function splitMilli(unitMilli: number, shares: readonly number[], vacates: boolean): number[] {
  const raw = shares.map((s) => s * unitMilli)
  const parts = raw.map((r) => Math.min(unitMilli, Math.ceil(r - 1e-6)))
  let excess =
    parts.reduce((a, b) => a + b, 0) -
    (vacates
      ? unitMilli
      : Math.min(
          unitMilli,
          parts.reduce((a, b) => a + b, 0),
        ))
  const order = parts.map((p, i) => [p - raw[i]!, i] as const).sort((a, b) => b[0] - a[0])
  for (const [, i] of order) {
    if (excess <= 0) break
    const take = Math.min(excess, parts[i]!)
    parts[i]! -= take
    excess -= take
  }
  return parts
}

/**
 * Thousandths of an FTE each move option carries in a solution (absent: none).
 *
 * @example movedMilli(problem, model, values).get(0) // 20_000
 */
export function movedMilli(problem: Problem, model: MilpModel, values: Float64Array): Map<number, number> {
  const groups = new Map<string, { move: MoveOption; share: number }[]>()
  for (const move of problem.moves) {
    const share = values[model.moveOffset + move.index]!
    if (share < 1e-7) continue
    const key = `${move.candidate}:${move.unitId}`
    const entry = { move, share: problem.settings.splitUnits ? Math.min(1, share) : Math.round(share) }
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }
  const result = new Map<number, number>()
  for (const group of groups.values()) {
    const first = group[0]!.move
    const parts = splitMilli(
      milliOf(first.headcount),
      group.map((g) => g.share),
      problem.candidates[first.candidate]!.vacates,
    )
    group.forEach((g, i) => parts[i]! > 0 && result.set(g.move.index, parts[i]!))
  }
  return result
}

/**
 * Capacity rows the rounded moves overfill, and by how many desks. Split moves are continuous in
 * the model; whole thousandths of an FTE can put a tight building a fraction of a desk over.
 */
export function roundingOverflow(problem: Problem, model: MilpModel, values: Float64Array): { row: number; excess: number }[] {
  if (!problem.settings.splitUnits) return []
  const milli = movedMilli(problem, model, values)
  const overflow: { row: number; excess: number }[] = []
  for (const { row } of model.capacityRows) {
    let activity = 0
    for (let k = model.starts[row]!; k < model.starts[row + 1]!; k++) {
      const col = model.indices[k]!
      const move = col >= model.moveOffset ? problem.moves[col - model.moveOffset] : undefined
      const value = move ? (milli.get(move.index) ?? 0) / milliOf(move.headcount) : Math.round(values[col]!)
      activity += model.values[k]! * value
    }
    const excess = activity - model.rowUpper[row]!
    if (excess > 1e-9) overflow.push({ row, excess })
  }
  return overflow
}
