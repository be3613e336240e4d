/** Links to the same page with one query parameter changed keep every other parameter. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { withParam } from '~/ui/search-params'

describe('withParam', () => {
  it('sets, replaces and removes one parameter', () => {
    const params = new URLSearchParams('q=rådhus&side=2&medtag=planned')
    expect(withParam(params, 'side', 3)).toBe('?q=r%C3%A5dhus&side=3&medtag=planned')
    expect(withParam(params, 'side', null)).toBe('?q=r%C3%A5dhus&medtag=planned')
    expect(withParam(params, 'ejendom', '50058')).toBe('?q=r%C3%A5dhus&side=2&medtag=planned&ejendom=50058')
    expect(withParam(new URLSearchParams(), 'energi', null)).toBe('?')
    expect(params.toString()).toBe('q=r%C3%A5dhus&side=2&medtag=planned')
  })

  it('changes the one parameter only (property)', () => {
    const entry = fc.tuple(fc.constantFrom('q', 'side', 'energi', 'ejendom', 'fra'), fc.string())
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), fc.constantFrom('side', 'energi'), fc.option(fc.string()), (entries, name, value) => {
        const params = new URLSearchParams(entries)
        const next = new URLSearchParams(withParam(params, name, value).slice(1))
        expect(next.getAll(name)).toEqual(value === null ? [] : [value])
        const others = (p: URLSearchParams) => [...p].filter(([k]) => k !== name)
        expect(others(next)).toEqual(others(params))
      }),
    )
  })
})
