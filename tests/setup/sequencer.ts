/**
 * Every test file has its own database (and each browser-test file its own server), so files run
 * side by side in any order. The longest files start first, so that the last minutes are not one
 * long file running alone: the accessibility sweep's two halves (every page for every role), the
 * authorization matrix over HTTP, the CLI tests (a process per command). The rest keep Vitest's
 * order (slowest first once timings are cached).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node'

const FIRST = ['e2e/accessibility', 'e2e/authorization', 'integration/cli.test', 'integration/crash-import']

const rank = (file: string) => {
  const i = FIRST.findIndex((name) => file.includes(`/tests/${name}`))
  return i < 0 ? FIRST.length : i
}

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    // Array.prototype.sort is stable: files outside the list keep Vitest's order.
    return sorted.sort((a, b) => rank(a.moduleId) - rank(b.moduleId))
  }
}
