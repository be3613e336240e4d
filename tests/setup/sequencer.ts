/**
 * Browser test files share one server and its demo data, so they run in a fixed order: the
 * journeys first, in name order, then the files that change data in bulk (the authorisation
 * matrix, the security and reliability checks) and the accessibility sweep. Other projects keep
 * Vitest's own order (slowest first).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node'

const LAST = ['accessibility', 'authorization', 'reliability', 'security']

const rank = (file: string) => {
  const name = file.split('/').pop() ?? file
  const i = LAST.findIndex((l) => name.startsWith(l))
  return i < 0 ? -1 : i
}

export default class BrowserLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const e2e = files.filter((f) => f.project.name === 'e2e')
    const rest = await super.sort(files.filter((f) => f.project.name !== 'e2e'))
    e2e.sort((a, b) => rank(a.moduleId) - rank(b.moduleId) || a.moduleId.localeCompare(b.moduleId))
    return [...rest, ...e2e]
  }
}
