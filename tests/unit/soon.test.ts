/** soonOrStreamed: ready data comes whole, slow data comes as the promise to stream, early failures throw. */
import { describe, expect, it } from 'vitest'
import { soonOrStreamed } from '~/server/soon.server'

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(resolve, ms, value))

describe('soonOrStreamed', () => {
  it('gives the value itself when it is ready within the wait', async () => {
    expect(await soonOrStreamed(after(5, { n: 1 }), 200)).toEqual({ data: { n: 1 } })
  })

  it('gives the promise when it is not, which then resolves to the value', async () => {
    const { data } = await soonOrStreamed(after(100, 'sent later'), 10)
    expect(data).toBeInstanceOf(Promise)
    expect(await data).toBe('sent later')
  })

  it('throws a failure that comes within the wait, as a loader would', async () => {
    await expect(soonOrStreamed(Promise.reject(new Error('brudt')), 50)).rejects.toThrow('brudt')
  })

  it('leaves a later failure to the page (no unhandled rejection)', async () => {
    const failing = after(30, null).then(() => {
      throw new Error('senere')
    })
    const { data } = await soonOrStreamed(failing, 5)
    await expect(data).rejects.toThrow('senere')
  })
})
