/**
 * Energy in the register's own files and grid on SQLite and PostgreSQL: the latest consumption
 * year in the CSV and Excel exports, read back by the import (unchanged writes nothing, a changed
 * year is overwritten and audited, a new year added, a bad value refused with nothing written),
 * and the grid filter's "Intet mærke" (no label) alone and beside labels.
 */
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { importFile } from '~/features/import-export/import.server'
import * as template from '~/features/import-export/routes/import.skabelon'
import { listConsumption, saveConsumption } from '~/features/properties/consumption.server'
import { createProperty, getProperty } from '~/features/properties/properties.server'
import { PROPERTY_FILE_EXPORT } from '~/features/properties/property-format'
import * as propertiesCsv from '~/features/properties/routes/ejendomme.eksport'
import * as propertiesXlsx from '~/features/properties/routes/ejendomme.eksport-excel'
import { propertyInput } from '../factories/register'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { cookieFor, send } from './request'
import { call, get } from './route-call'

describe.each(DIALECTS)('energy in the register on %s', (dialect) => {
  let h: DatabaseHandle
  let udvalg: string
  let houseId = 0
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    udvalg = await cookieFor(h.db, 'udvalg')
    await createProperty(h.db, propertyInput({ name: 'Mærke C', energyLabel: 'C' }))
    await createProperty(h.db, propertyInput({ name: 'Mærke G', energyLabel: 'G' }))
    await createProperty(h.db, propertyInput({ name: 'Uden mærke' }))
    const made = await createProperty(h.db, propertyInput({ name: 'Forbrugshuset', address: 'Forbrugsvej 1', energyLabel: 'B' }))
    houseId = made.ok ? made.value.id : 0
    await saveConsumption(h.db, houseId, { year: 2023, heatKwh: 100_000, electricityKwh: null, waterLiters: null })
    await saveConsumption(h.db, houseId, { year: 2024, heatKwh: 412_345, electricityKwh: 40_500, waterLiters: null })
  })
  afterAll(async () => h.close())

  const filtered = async (values: string[]) => {
    const filter = JSON.stringify({ energyLabel: { filterType: 'set', values } })
    const sort = JSON.stringify([{ colId: 'name', sort: 'asc' }])
    const res = await send('GET', `/api/v1/properties?${new URLSearchParams({ filter, sort })}`, { cookie: udvalg })
    expect(res.status).toBe(200)
    return (res.body as { rows: { name: string }[] }).rows.map((r) => r.name)
  }

  it('filters the grid by "Intet mærke" alone and together with labels', async () => {
    expect(await filtered([''])).toEqual(['Uden mærke'])
    expect(await filtered(['', 'G'])).toEqual(['Mærke G', 'Uden mærke'])
    expect(await filtered(['C'])).toEqual(['Mærke C'])
  })

  const only = encodeURIComponent(JSON.stringify({ name: { filterType: 'text', type: 'contains', filter: 'forbrugshuset' } }))
  const column = (header: string) => PROPERTY_FILE_EXPORT.findIndex((c) => c.header === header)

  it('exports the latest consumption year in MWh and m³ beside the property, and imports it back unchanged', async () => {
    const xlsx = await call(propertiesXlsx.loader, { request: get(`/ejendomme/eksport.xlsx?filter=${only}`) })
    const rows = await readSheet(Buffer.from(xlsx.body as Uint8Array))
    expect(rows[0]).toEqual(PROPERTY_FILE_EXPORT.map((c) => c.header))
    expect(rows[1]!.slice(column('Forbrugsår'))).toEqual([2024, 412.345, 40.5, null])
    const report = await importFile(h.db, 'ejendomme.xlsx', xlsx.body as Uint8Array)
    expect(report).toMatchObject({ issueCount: 0, written: null, duplicates: { matched: 1, unchanged: 1 } })

    const csv = await call(propertiesCsv.loader, { request: get(`/ejendomme/eksport.csv?filter=${only}`) })
    const text = String(csv.body)
    expect(text).toContain('Forbrugsår;Varme (MWh);El (MWh);Vand (m³)')
    expect(text.trim().split('\r\n')[1]!.split(';').slice(column('Forbrugsår'))).toEqual(['2024', '412,345', '40,5', ''])
  })

  const csvWith = async (cells: Record<string, string>) => {
    const csv = await call(propertiesCsv.loader, { request: get(`/ejendomme/eksport.csv?filter=${only}`) })
    const [header, row] = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    const values = row!.split(';')
    for (const [name, value] of Object.entries(cells)) values[column(name)] = value
    return new TextEncoder().encode(`\uFEFF${header}\r\n${values.join(';')}\r\n`)
  }

  it('overwrites a changed year without rewriting the property, adds a new year, and refuses bad values writing nothing', async () => {
    const version = (await getProperty(h.db, houseId))!.version
    const changed = await importFile(h.db, 'ejendomme.csv', await csvWith({ 'Varme (MWh)': '500,5' }))
    expect(changed.issueCount).toBe(0)
    expect(changed.duplicates!.rows[0]!.changes).toEqual([{ label: 'Forbrug 2024: varme (MWh)', before: '412,345', after: '500,5' }])
    expect((await listConsumption(h.db, houseId))[0]).toMatchObject({
      year: 2024,
      heatKwh: 500_500,
      electricityKwh: 40_500,
      waterLiters: null,
    })
    expect((await getProperty(h.db, houseId))!.version).toBe(version)

    const added = await importFile(
      h.db,
      'ejendomme.csv',
      await csvWith({ Forbrugsår: '2025', 'Varme (MWh)': '1,001', 'El (MWh)': '', 'Vand (m³)': '2' }),
    )
    expect(added.issueCount).toBe(0)
    expect((await listConsumption(h.db, houseId)).map((c) => [c.year, c.heatKwh, c.electricityKwh, c.waterLiters])).toEqual([
      [2025, 1001, null, 2000],
      [2024, 500_500, 40_500, null],
      [2023, 100_000, null, null],
    ])

    const bad = await importFile(h.db, 'ejendomme.csv', await csvWith({ Forbrugsår: '', 'Varme (MWh)': '1,2345', Navn: 'Omdøbt' }))
    expect(bad.written).toBeNull()
    expect(bad.issues.map((i) => [i.column, i.message])).toEqual([
      ['Forbrugsår', 'Angiv forbrugsåret, fx 2024'],
      ['Varme (MWh)', 'Varme kan højst have tre decimaler (hele kWh)'],
    ])
    expect((await getProperty(h.db, houseId))!.name).toBe('Forbrugshuset')
    expect(await listConsumption(h.db, houseId)).toHaveLength(3)
  })

  it('names the consumption columns in the import template and its guide', async () => {
    const xlsx = await call(template.loader, { request: get('/import/skabelon.xlsx') })
    const sheets = await (await import('read-excel-file/node')).default(Buffer.from(xlsx.body as Uint8Array))
    expect(sheets[0]!.data[0]).toEqual(expect.arrayContaining(['Forbrugsår', 'Varme (MWh)', 'El (MWh)', 'Vand (m³)']))
    expect(JSON.stringify(sheets[2]!.data)).toContain('tomme forbrugskolonner ændrer intet')
  })
})
