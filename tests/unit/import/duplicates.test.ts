/** Recognising rows already in the register: match keys, field-by-field changes in Danish, the choice of action. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FieldDef } from '~/core/fields'
import type { DuplicatePolicy } from '~/core/sheets/report'
import {
  actionFor,
  fieldChanges,
  leaseMatchKey,
  mergedInput,
  propertyMatchKey,
  RecordMatcher,
  registerStamp,
  rowChoiceMap,
  type StoredRecord,
} from '~/features/import-export/duplicates'
import { propertyFields } from '~/features/properties/fields'

const FIELDS = propertyFields as readonly FieldDef<never>[]
const NBSP = '\u00a0'
const stored: StoredRecord = {
  id: 7,
  version: 3,
  name: 'Rårup Skole',
  address: 'Skolevej 1',
  postcode: '7130',
  town: 'Rårup',
  annualOperatingCostOre: 123_456_789,
  latitude: 55.771_08,
  status: 'in_use',
  note: 'Tag skiftet 2019',
}

describe('match keys', () => {
  it('ignore case, Danish letters folded alike, punctuation and spacing', () => {
    expect(propertyMatchKey({ address: ' Vestergade 7 - 9. ', postcode: '8722 ' })).toBe('vestergade 7-9|8722')
    expect(propertyMatchKey({ address: 'ÅVEJ  2,', postcode: '7160' })).toBe(propertyMatchKey({ address: 'åvej 2', postcode: '7160' }))
    expect(propertyMatchKey({ address: 'Åvej 2', postcode: '7160' })).not.toBe(propertyMatchKey({ address: 'Åvej 2', postcode: '7161' }))
    expect(leaseMatchKey(7, 'Åvej Ejendomme  ApS', null)).toBe('7|åvej ejendomme aps|')
    expect(leaseMatchKey(7, 'X', '2020-01-01')).not.toBe(leaseMatchKey(8, 'X', '2020-01-01'))
  })

  it('are the same for any spelling of spaces and case', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-zÆØÅæøå0-9]{1,12}( [A-Za-zÆØÅæøå0-9]{1,12}){0,3}$/), (address) => {
        const messy = `  ${address.toUpperCase().split(' ').join('   ')} `
        expect(propertyMatchKey({ address: messy, postcode: '7130' })).toBe(propertyMatchKey({ address, postcode: '7130' }))
      }),
    )
  })
})

describe('field changes', () => {
  it('lists only the file columns that differ, in registry order, with Danish labels and formatted values', () => {
    const input = { ...stored, town: 'Raarup', annualOperatingCostOre: 123_456_790, note: '', latitude: 55.7711 }
    expect(fieldChanges(FIELDS, new Set(['town', 'annualOperatingCostOre', 'latitude']), stored, input)).toEqual([
      { label: 'By', before: 'Rårup', after: 'Raarup' },
      { label: 'Driftsudgift pr. år', before: `1.234.567,89${NBSP}kr.`, after: `1.234.567,90${NBSP}kr.` },
    ])
    // The note differs, but the file has no note column.
    expect(fieldChanges(FIELDS, new Set(['note']), stored, input)).toEqual([{ label: 'Note', before: 'Tag skiftet 2019', after: '–' }])
  })

  it('keeps stored values for the columns a file leaves out when it updates', () => {
    const merged = mergedInput(FIELDS, new Set(['town']), stored, { name: 'Rårup Skole', town: 'Raarup', note: '' })
    expect(merged).toMatchObject({ town: 'Raarup', note: 'Tag skiftet 2019', annualOperatingCostOre: 123_456_789 })
  })
})

describe('the action for a matched row', () => {
  const choose = (policy: DuplicatePolicy, changed: boolean, byId = false, row?: 'update' | 'create' | 'skip') => {
    const choices = { policy, rows: row ? [{ sheet: 'Ejendomme', row: 2, action: row }] : [] }
    return actionFor(choices, rowChoiceMap(choices), 'Ejendomme', 2, { changed, byId })
  }

  it('skips an unchanged row and updates a changed one by default; the row choice wins over the file choice', () => {
    expect([choose('auto', false), choose('auto', true)]).toEqual(['skip', 'update'])
    expect([choose('create', false), choose('skip', true), choose('update', false)]).toEqual(['create', 'skip', 'skip'])
    expect(choose('skip', true, false, 'create')).toBe('create')
    // A row with an Id is that record: never created anew.
    expect([choose('create', true, true), choose('auto', true, true, 'create')]).toEqual(['update', 'update'])
  })
})

describe('the matcher', () => {
  it('gives each record to one row, the least different first, and an Id claim blocks a key claim', () => {
    const a = { id: 1, version: 1, address: 'Torvet 1', postcode: '7130', name: 'Rådhuset' }
    const b = { id: 2, version: 1, address: 'Torvet 1', postcode: '7130', name: 'Kantinen' }
    const m = new RecordMatcher([b, a], (r) => propertyMatchKey({ address: r.address, postcode: r.postcode }))
    const key = propertyMatchKey({ address: 'Torvet 1', postcode: '7130' })
    expect(m.claimKey(key, (r) => (r.name === 'Kantinen' ? 0 : 1))?.id).toBe(2)
    expect(m.claimKey(key, () => 0)?.id).toBe(1)
    expect(m.claimKey(key, () => 0)).toBeUndefined()
    const n = new RecordMatcher([a, b], () => key)
    expect(n.claimId(1)?.id).toBe(1)
    expect(n.claimKey(key, () => 0)?.id).toBe(2)
  })

  it('stamps the register so any insert, update or delete changes the stamp', () => {
    const rows = [
      { id: 1, version: 1 },
      { id: 2, version: 4 },
    ]
    const stamp = registerStamp({ properties: rows, leases: [] })
    expect(stamp).toBe('p2:2:5|l0:0:0')
    expect(registerStamp({ properties: [rows[0]!, { id: 2, version: 5 }], leases: [] })).not.toBe(stamp)
    expect(registerStamp({ properties: [rows[0]!], leases: [] })).not.toBe(stamp)
  })
})
