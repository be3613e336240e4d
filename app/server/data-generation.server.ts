/**
 * The database's data generation (db/migrations/0012_data_generation.ts): triggers move it on at
 * every write to the register, the scenarios and the settings, whichever app server or script
 * wrote. A value computed from those tables and kept under the generation it was read at is
 * correct as long as the generation has not moved, on every server at once; nothing is kept by
 * time, and nothing one process knows can go stale unseen.
 */
import type { Db } from './db.server'

/**
 * Which writes a kept value depends on (db/migrations/0020_figures_generation.ts): `all` moves at
 * every write; `register` at every write but those to a scenario's own rows, so editing a
 * scenario leaves the register's views (counts, map, deadlines, capacity, key figures) valid.
 */
export type GenerationScope = 'all' | 'register'
const SCOPE_ROW: Record<GenerationScope, number> = { all: 1, register: 2 }

/**
 * The data generation now. @example await readDataGeneration(db) // 1842
 */
export async function readDataGeneration(db: Db, scope: GenerationScope = 'all'): Promise<number> {
  const row = await db.selectFrom('dataGeneration').select('n').where('id', '=', SCOPE_ROW[scope]).executeTakeFirst()
  return Number(row?.n ?? 0)
}

/**
 * The version of each scenario's figures: the register generation and the scenario's own
 * generation (its measures, emission factors and assumptions). Equal versions mean equal figures;
 * promoting, renaming or describing a scenario, or editing another, keeps it. A scenario that does
 * not exist is missing from the map.
 * @example (await readFiguresVersions(db, [1])).get(1) // '1842:1839'
 */
export async function readFiguresVersions(db: Db, scenarioIds: readonly number[]): Promise<Map<number, string>> {
  if (!scenarioIds.length) return new Map()
  const [register, rows] = await Promise.all([
    readDataGeneration(db, 'register'),
    db
      .selectFrom('scenarioGeneration')
      .select(['scenarioId', 'n'])
      .where('scenarioId', 'in', [...scenarioIds])
      .execute(),
  ])
  return new Map(rows.map((r) => [r.scenarioId, `${register}:${Number(r.n)}`]))
}

/**
 * Answers kept per database handle and key, each under the version of what it was computed from:
 * asked again with the same version, the same answer (also while it is still being computed);
 * with another version, computed afresh in its place. At most `keep` per handle, the least
 * recently used dropped first; a failed computation is not kept. `dropOtherVersions`: a new
 * version makes every answer of another version stale (one version for all keys), so they go at
 * once instead of when they are the oldest.
 * @example const answers = keptAnswers<Plan>(4, false); await answers(db, 'plan:7', '1842:1839', () => loadPlan(db, 7))
 */
export function keptAnswers<V>(keep: number, dropOtherVersions: boolean) {
  const byDatabase = new WeakMap<Db, Map<string, { version: string; answer: Promise<V> }>>()
  return (db: Db, key: string, version: string, compute: () => Promise<V>): Promise<V> => {
    let kept = byDatabase.get(db)
    if (!kept) byDatabase.set(db, (kept = new Map()))
    let entry = kept.get(key)
    if (entry?.version !== version) {
      if (dropOtherVersions) for (const [old, e] of kept) if (e.version !== version) kept.delete(old)
      const fresh = { version, answer: compute() }
      fresh.answer.catch(() => {
        if (kept.get(key) === fresh) kept.delete(key)
      })
      entry = fresh
    }
    // Most recently used last, so the oldest is dropped first.
    kept.delete(key)
    kept.set(key, entry)
    while (kept.size > keep) kept.delete(kept.keys().next().value!)
    return entry.answer
  }
}

/**
 * `compute` remembered per database handle, argument key and data generation: a second call with
 * the same key in the same generation shares the first one's answer (also while it is still being
 * computed); a write anywhere makes the next call compute afresh. At most `keep` answers are kept
 * per handle, the least recently used dropped first; a failed computation is not kept. The answer
 * is shared: treat it as read-only. `scope`: which writes make it stale (all, or the register's),
 * or a function reading the version of what `compute` reads (equal versions, equal answers).
 * @example const cachedPlan = perGeneration((db, level: string) => loadPlan(db, level), (level) => level, 2)
 */
export function perGeneration<A extends unknown[], V>(
  compute: (db: Db, ...args: A) => Promise<V>,
  keyOf: (...args: A) => string,
  keep: number,
  scope: GenerationScope | ((db: Db) => Promise<string>) = 'all',
): (db: Db, ...args: A) => Promise<V> {
  const answers = keptAnswers<V>(keep, true)
  return async (db, ...args) => {
    const version = typeof scope === 'function' ? await scope(db) : String(await readDataGeneration(db, scope))
    return answers(db, keyOf(...args), version, () => compute(db, ...args))
  }
}
