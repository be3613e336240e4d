/** A worker thread collects its garbage once it falls quiet, and not while work is under way. */
import { describe, expect, it } from 'vitest'
import { collectWhenIdle } from '~/server/collect-when-idle.server'

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('collectWhenIdle', () => {
  it('collects once, after the quiet time, when the last piece of work is done', async () => {
    let collections = 0
    const idle = collectWhenIdle(20, () => void collections++)
    idle.busy()
    idle.busy()
    idle.done()
    await wait(60)
    expect(collections).toBe(0)
    idle.done()
    await wait(60)
    expect(collections).toBe(1)
  })

  it('waits again when new work starts within the quiet time', async () => {
    let collections = 0
    const idle = collectWhenIdle(80, () => void collections++)
    idle.busy()
    idle.done()
    await wait(30)
    idle.busy()
    await wait(100)
    expect(collections).toBe(0)
    idle.done()
    await wait(150)
    expect(collections).toBe(1)
  })

  it("runs V8's full collection: what nothing holds any more is gone", async () => {
    const ref = new WeakRef({ rows: Array.from({ length: 1000 }, (_, i) => ({ i })) })
    const idle = collectWhenIdle(10)
    idle.busy()
    idle.done()
    await wait(80)
    expect(ref.deref()).toBeUndefined()
  })
})
