import { describe, expect, it } from 'vitest'
import { countOf } from '~/core/plural'

describe('countOf', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(countOf(0, ['konflikt', 'konflikter'])).toBe('0 konflikter')
    expect(countOf(1, ['konflikt', 'konflikter'])).toBe('1 konflikt')
    expect(countOf(2, ['konflikt', 'konflikter'])).toBe('2 konflikter')
    expect(countOf(1200, ['ejendom', 'ejendomme'])).toBe('1.200 ejendomme')
  })
})
