/**
 * What a grid may ask for: every bad parameter is refused with 400 and a Danish reason, column
 * ids are looked up without the prototype, and no filter is ever dropped.
 */
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { checkGridRequest, parseGridRequest, type GridColumns } from '~/server/grid-query.server'

const columns: GridColumns = new Map([
  ['name', { ref: sql.ref('property.name'), kind: 'text' as const }],
  ['grossAreaM2', { ref: sql.ref('property.gross_area_m2'), kind: 'number' as const }],
  ['status', { ref: sql.ref('property.status'), kind: 'enum' as const }],
  ['endDate', { ref: sql.ref('lease.end_date'), kind: 'date' as const }],
])

const params = (p: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(p).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))

/** The 400 a request is refused with, or null when it is accepted. */
async function refusal(p: Record<string, unknown>): Promise<string | null> {
  try {
    checkGridRequest(parseGridRequest(params(p)), columns)
    return null
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(Response)
    const res = thrown as Response
    expect(res.status).toBe(400)
    return ((await res.json()) as { error: string }).error
  }
}

describe('grid requests', () => {
  it('accepts what the grid sends', async () => {
    expect(
      await refusal({
        offset: '100',
        limit: '100',
        sort: [{ colId: 'name', sort: 'desc' }],
        filter: {
          name: { filterType: 'text', type: 'contains', filter: 'skole' },
          grossAreaM2: { filterType: 'number', type: 'inRange', filter: 10, filterTo: 500 },
          status: { filterType: 'set', values: ['in_use'] },
          endDate: { filterType: 'date', type: 'lessThan', dateFrom: '2024-05-31 00:00:00' },
        },
        search: 'hedensted',
      }),
    ).toBeNull()
  })

  it.each([
    [{ offset: '-1' }, 'offset: skal være et helt tal på mindst 0'],
    [{ limit: '5000' }, 'limit: skal være et helt tal fra 1 til 1000'],
    [{ limit: '0' }, 'limit: skal være et helt tal fra 1 til 1000'],
    [{ sort: [{ colId: 'name', sort: 'ASC' }] }, "sort.0.sort: skal være 'asc' eller 'desc'"],
    [{ sort: '{not json' }, 'sort er ikke gyldig JSON'],
    [{ filter: { endDate: { filterType: 'date', type: 'equals', dateFrom: '9999-99-99' } } }, "'9999-99-99' er ikke en gyldig dato"],
    [{ filter: { endDate: { filterType: 'date', type: 'equals', dateFrom: '9999-12-31' } } }, 'er ikke en gyldig dato'],
    [{ filter: { status: { filterType: 'set', values: [] } } }, 'et listefilter skal have mindst én værdi'],
    [
      { filter: { grossAreaM2: { filterType: 'text', type: 'contains', filter: 'x' } } },
      "kolonnen 'grossAreaM2' kan ikke filtreres som tekst",
    ],
    [{ filter: { name: { filterType: 'number', type: 'equals', filter: 1 } } }, "kolonnen 'name' kan ikke filtreres som tal"],
    [{ filter: { grossAreaM2: { filterType: 'number', type: 'inRange', filter: 1 } } }, 'filterTo mangler'],
    [{ filter: { name: { filterType: 'text', type: 'contains' } } }, 'filter mangler'],
    [{ filter: { name: { filterType: 'regex', type: 'contains', filter: 'x' } } }, 'filterType skal være'],
    [{ filter: [] }, 'filter: skal være et objekt'],
  ])('refuses %j: %s', async (p, reason) => {
    expect(await refusal(p)).toContain(reason)
  })

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'refuses the built-in name %s as a column',
    async (colId) => {
      const text = { filterType: 'text', type: 'contains', filter: 'x' }
      expect(await refusal({ sort: [{ colId, sort: 'asc' }] })).toContain(`ukendt kolonne '${colId}'`)
      // JSON.parse keeps "__proto__" as an own key; it must be refused, not silently dropped.
      expect(await refusal({ filter: `{"${colId}": ${JSON.stringify(text)}}` })).toContain(`ukendt kolonne '${colId}'`)
    },
  )

  it('keeps every filter of the request', () => {
    const req = parseGridRequest(
      params({ filter: { name: { filterType: 'text', type: 'contains', filter: 'a' }, status: { filterType: 'set', values: ['sold'] } } }),
    )
    expect(Object.keys(req.filter)).toEqual(['name', 'status'])
    expect(req.filter.name).toMatchObject({ type: 'contains', filter: 'a' })
  })
})
