/** The map's clustering rules: the grid per zoom, the cap on cells, merging grouped rows, and reading the map's address. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  absorbNeighbours,
  cellCount,
  cellSize,
  dominantKey,
  drawsPoints,
  MAX_FEATURES,
  mergeCells,
  POINT_THRESHOLD,
  sumBreakdown,
  type BBox,
  type CellRow,
} from '~/features/map/clustering'
import { KEY_ORDER, keyLook, KWH_BANDS } from '~/features/map/components/map-style'
import { mapQueryParams, parseMapQuery } from '~/features/map/schemas'

const DENMARK: BBox = { west: 8, south: 54.5, east: 13, north: 57.8 }

const row = (over: Partial<CellRow>): CellRow => ({
  cx: 0,
  cy: 0,
  key: 'in_use',
  n: 1,
  sumLat: 56,
  sumLon: 9.5,
  minLat: 56,
  maxLat: 56,
  minLon: 9.5,
  maxLon: 9.5,
  firstId: 1,
  ...over,
})

describe('the grid', () => {
  it('halves the cell at each zoom level, a quarter tile wide, shorter in latitude by cos(latitude)', () => {
    const z7 = cellSize(7, DENMARK)
    expect(z7.lon).toBe(0.703125)
    expect(cellSize(8, DENMARK).lon).toBe(0.3515625)
    // Centre latitude 56.15 rounds to 56.
    expect(z7.lat).toBeCloseTo(0.703125 * Math.cos((56 * Math.PI) / 180), 12)
    // Fractional zooms use the level below, so the grid changes only at whole levels.
    expect(cellSize(7.75, DENMARK)).toEqual(z7)
  })

  it('counts the cells a box touches', () => {
    expect(cellCount({ west: 0, south: 0, east: 1, north: 1 }, { lon: 0.5, lat: 0.5 })).toBe(9)
    expect(cellCount({ west: 0.1, south: 0.1, east: 0.2, north: 0.2 }, { lon: 0.5, lat: 0.5 })).toBe(1)
  })

  it('coarsens the grid until any box holds at most MAX_FEATURES cells', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 179, noNaN: true }),
        fc.double({ min: 0.0001, max: 360, noNaN: true }),
        fc.double({ min: -90, max: 89, noNaN: true }),
        fc.double({ min: 0.0001, max: 180, noNaN: true }),
        fc.integer({ min: 0, max: 22 }),
        (west, width, south, height, zoom) => {
          const box = { west, south, east: Math.min(180, west + width), north: Math.min(90, south + height) }
          fc.pre(box.east > box.west && box.north > box.south)
          expect(cellCount(box, cellSize(zoom, box))).toBeLessThanOrEqual(MAX_FEATURES)
        },
      ),
    )
  })

  it('keeps the grid when the box pans at the same zoom (clusters stay put)', () => {
    const moved = { west: DENMARK.west + 0.37, south: DENMARK.south + 0.2, east: DENMARK.east + 0.37, north: DENMARK.north + 0.2 }
    expect(cellSize(9, moved)).toEqual(cellSize(9, DENMARK))
  })

  it('draws points when zoomed in or when the box holds few properties', () => {
    expect(drawsPoints(16, 100_000)).toBe(true)
    expect(drawsPoints(7, POINT_THRESHOLD)).toBe(true)
    expect(drawsPoints(7, POINT_THRESHOLD + 1)).toBe(false)
  })
})

describe('merging grouped rows into clusters', () => {
  it('turns a cell of one property into that property and a fuller cell into a cluster at the mean position', () => {
    const rows = [
      row({ cx: 1, cy: 1, firstId: 7 }),
      row({
        cx: 2,
        cy: 1,
        key: 'in_use',
        n: 2,
        sumLat: 112.2,
        sumLon: 20,
        minLat: 56,
        maxLat: 56.2,
        minLon: 9.9,
        maxLon: 10.1,
        firstId: 3,
      }),
      row({ cx: 2, cy: 1, key: 'sold', n: 1, sumLat: 55.9, sumLon: 10, minLat: 55.9, maxLat: 55.9, minLon: 10, maxLon: 10, firstId: 2 }),
    ]
    const [single, cluster] = mergeCells(rows)
    expect(single).toEqual({ kind: 'single', id: 7 })
    expect(cluster).toEqual({
      kind: 'cluster',
      latitude: (112.2 + 55.9) / 3,
      longitude: 10,
      count: 3,
      breakdown: { in_use: 2, sold: 1 },
      bounds: [
        [55.9, 9.9],
        [56.2, 10.1],
      ],
    })
  })

  it('keeps every property: the counts of the merged cells add up to the rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ cx: fc.integer({ min: 0, max: 5 }), cy: fc.integer({ min: 0, max: 5 }), n: fc.integer({ min: 1, max: 50 }) })),
        (rows) => {
          const merged = mergeCells(rows.map((r, i) => row({ ...r, key: String(i % 3), firstId: i + 1 })))
          const total = merged.reduce((s, c) => s + (c.kind === 'cluster' ? c.count : 1), 0)
          expect(total).toBe(rows.reduce((s, r) => s + r.n, 0))
          expect(sumBreakdown(rows.map((r, i) => ({ key: String(i % 3), n: r.n })))).toEqual(
            rows.reduce<Record<string, number>>((acc, r, i) => ({ ...acc, [String(i % 3)]: (acc[String(i % 3)] ?? 0) + r.n }), {}),
          )
        },
      ),
    )
  })

  it('merges clusters whose centres lie within half a cell, keeping every property and the bounds', () => {
    const at = (latitude: number, longitude: number, count: number, key: string) => ({
      kind: 'cluster' as const,
      latitude,
      longitude,
      count,
      breakdown: { [key]: count },
      bounds: [
        [latitude, longitude],
        [latitude, longitude],
      ] as [[number, number], [number, number]],
    })
    const size = { lon: 1, lat: 0.5 }
    const merged = absorbNeighbours([at(56, 10, 1, 'sold'), at(56.1, 10.2, 3, 'in_use'), at(57, 10, 5, 'in_use')], size)
    expect(merged).toHaveLength(2)
    const [far, near] = merged
    expect(far!.count).toBe(5)
    expect(near).toEqual({
      kind: 'cluster',
      count: 4,
      latitude: (56 + 56.1 * 3) / 4,
      longitude: (10 + 10.2 * 3) / 4,
      breakdown: { in_use: 3, sold: 1 },
      bounds: [
        [56, 10],
        [56.1, 10.2],
      ],
    })
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 55, max: 57, noNaN: true }),
            fc.double({ min: 8, max: 12, noNaN: true }),
            fc.integer({ min: 2, max: 99 }),
          ),
        ),
        (list) => {
          const out = absorbNeighbours(
            list.map(([la, lo, n]) => at(la, lo, n, 'x')),
            size,
          )
          expect(out.reduce((s, c) => s + c.count, 0)).toBe(list.reduce((s, [, , n]) => s + n, 0))
        },
      ),
    )
  })

  it('colours a cluster by its commonest key, ties by legend order', () => {
    expect(dominantKey({ sold: 2, in_use: 2, vacant: 1 }, KEY_ORDER.status)).toBe('in_use')
    expect(dominantKey({ G: 5, none: 9 }, KEY_ORDER.energyLabel)).toBe('none')
    expect(keyLook('G', 'energyLabel')).toEqual({ color: '#ed1c24', text: 'energimærke G' })
    expect(keyLook('1', 'kwh')).toEqual({ color: KWH_BANDS[1]!.color, text: '75–125 kWh pr. m²' })
    expect(keyLook('none', 'kwh').text).toBe('intet registreret forbrug')
    expect(keyLook('sold', 'status').text).toBe('solgt')
  })
})

describe("the map's address", () => {
  it('reads box, zoom, filters and colouring; a missing filter means all', () => {
    const parsed = parseMapQuery(new URLSearchParams('bbox=9,55,10,56&zoom=9.5&status=sold,on_offer&farve=kwh&side=3'))
    expect(parsed).toEqual({
      ok: true,
      query: {
        bbox: { west: 9, south: 55, east: 10, north: 56 },
        zoom: 9.5,
        statuses: ['sold', 'on_offer'],
        uses: null,
        colourBy: 'kwh',
        page: '3',
      },
    })
    expect(parseMapQuery(new URLSearchParams('status=')).ok && parseMapQuery(new URLSearchParams('status='))).toMatchObject({
      query: { statuses: [] },
    })
  })

  it('refuses a box turned round, outside the earth or not four numbers, and unknown values, in Danish', () => {
    for (const bad of [
      'bbox=10,55,9,56',
      'bbox=9,55,10',
      'bbox=9,55,10,56,1',
      'bbox=-190,0,10,10',
      'bbox=a,b,c,d',
      'status=solgt',
      'zoom=30',
      'farve=rød',
    ]) {
      const parsed = parseMapQuery(new URLSearchParams(bad))
      expect(parsed.ok, bad).toBe(false)
      if (!parsed.ok) expect(parsed.message).toMatch(/[æøå]|Ukendt|Zoom|Farv/)
    }
  })

  it('answers any address with a query or a Danish refusal, never an exception', () => {
    const names = fc.constantFrom('bbox', 'zoom', 'status', 'anvendelse', 'farve', 'side', 'x')
    fc.assert(
      fc.property(fc.array(fc.tuple(names, fc.string({ maxLength: 40 })), { maxLength: 6 }), (pairs) => {
        const parsed = parseMapQuery(new URLSearchParams(pairs))
        if (parsed.ok && parsed.query.bbox) expect(parsed.query.bbox.west).toBeLessThan(parsed.query.bbox.east)
        if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(0)
      }),
    )
    expect(parseMapQuery(new URLSearchParams('bbox=1e400,0,10,10')).ok).toBe(false)
  })

  it('writes the same query back as parameters', () => {
    const q = {
      bbox: { west: 9, south: 55, east: 10, north: 56 },
      statuses: ['sold' as const],
      uses: null,
      colourBy: 'energyLabel' as const,
    }
    const params = mapQueryParams(q)
    expect(params.toString()).toBe('bbox=9.00000%2C55.00000%2C10.00000%2C56.00000&status=sold&farve=energyLabel')
    expect(parseMapQuery(params)).toMatchObject({ ok: true, query: q })
  })
})
