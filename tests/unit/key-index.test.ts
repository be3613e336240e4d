/** A list indexed by an integer key gives each key's items in list order, as a filter would. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { itemsOf, keyIndex } from '~/core/key-index'

describe('keyIndex', () => {
  it('finds the items of the keys asked for, in list order', () => {
    const periods = [
      { propertyId: 7, n: 'a' },
      { propertyId: 4, n: 'b' },
      { propertyId: 7, n: 'c' },
      { propertyId: 9, n: 'd' },
      { propertyId: 4, n: 'e' },
    ]
    const at = keyIndex(periods, (p) => p.propertyId)
    expect([...at.keys]).toEqual([4, 7, 9])
    expect([...at.starts]).toEqual([0, 2, 4, 5])
    expect(itemsOf(periods, at, [7, 4]).map((p) => p.n)).toEqual(['a', 'b', 'c', 'e'])
    expect(itemsOf(periods, at, [9, 9])).toEqual([periods[3]])
    expect(itemsOf(periods, at, [5, 100, 0])).toEqual([])
    expect(
      itemsOf(
        [],
        keyIndex([], () => 1),
        [1],
      ),
    ).toEqual([])
  })

  it('is the same as filtering the list (property)', () => {
    const key = fc.integer({ min: -3, max: 40 })
    fc.assert(
      fc.property(fc.array(fc.record({ k: key, v: fc.nat() }), { maxLength: 200 }), fc.array(key, { maxLength: 10 }), (items, asked) => {
        const at = keyIndex(items, (x) => x.k)
        const wanted = new Set(asked)
        expect(itemsOf(items, at, asked)).toEqual(items.filter((x) => wanted.has(x.k)))
        expect([...at.keys]).toEqual([...new Set(items.map((x) => x.k))].sort((a, b) => a - b))
        expect(at.positions.length).toBe(items.length)
      }),
    )
  })
})
