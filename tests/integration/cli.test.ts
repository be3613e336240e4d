/**
 * The command line as a person or a scheduled job runs it: a child process against a SQLite file
 * and against PostgreSQL, checked by exit code, output and what ends up in the database.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type DatabaseHandle } from '#db/connection'
import { formatKroner } from '~/core/money'
import { CATEGORY_LABELS, lineItemsFor } from '~/core/savings'
import { countPortfolioRows } from '~/features/import-export/interchange.repo.server'
import { getScenarioByName } from '~/features/scenarios/scenarios.repo.server'
import { seedDemo } from '~/features/demo/demo.server'
import { computeScenario } from '~/features/scenarios/savings.server'
import { BASELINE_NAME } from '~/features/scenarios/scenarios.server'
import { createTestDatabaseUrl, DIALECTS } from '../setup/test-db'
import { cli, cliFromSource } from './cli-run'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-cli-'))
const file = (name: string) => path.join(dir, name)
const readDoc = (name: string) => JSON.parse(fs.readFileSync(file(name), 'utf8'))
const withoutTime = (doc: Record<string, unknown>) => ({ ...doc, exportedAt: null })

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('cli usage', () => {
  let db: { url: string; drop: () => Promise<void> }
  beforeAll(async () => {
    db = await createTestDatabaseUrl('sqlite')
  })
  afterAll(async () => db.drop())

  it('exits 2 on wrong usage and 0 on --help, with the usage text', async () => {
    const [none, help, unknown, noFile, noScenario, badOption, badStatus] = await Promise.all([
      cli(db.url),
      // Once as `npm run cli` starts it (tsx, from source); the rest run the same code built once.
      cliFromSource(db.url, '--help'),
      cli(db.url, 'fjern-alt'),
      cli(db.url, 'import'),
      cli(db.url, 'savings'),
      cli(db.url, 'export', 'x.json', '--force'),
      cli(db.url, 'savings', '--scenario', BASELINE_NAME, '--status', 'nogle'),
    ])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('import <fil.json> [--replace]')
    for (const r of [none, unknown, noFile, noScenario, badOption, badStatus]) expect(r.code).toBe(2)
    expect(unknown.stderr).toContain('Ukendt kommando: fjern-alt')
    expect(noScenario.stderr).toContain('Angiv scenariet')
  })
})

describe.each(DIALECTS)('cli on %s', (dialect) => {
  let source: { url: string; drop: () => Promise<void> }
  let target: { url: string; drop: () => Promise<void> }
  let empty: { url: string; drop: () => Promise<void> }
  let h: DatabaseHandle
  beforeAll(async () => {
    ;[source, target, empty] = await Promise.all([
      createTestDatabaseUrl(dialect),
      createTestDatabaseUrl(dialect),
      createTestDatabaseUrl(dialect),
    ])
    h = openDatabase(source.url)
    await seedDemo(h.db)
  })
  afterAll(async () => {
    await h.close()
    await Promise.all([source.drop(), target.drop(), empty.drop()])
  })

  it('exports the demo, imports it into an empty database, and exports the same file again', async () => {
    const out = await cli(source.url, 'export', file(`${dialect}-1.json`))
    expect(out, out.stderr).toMatchObject({ code: 0 })
    const imported = await cli(target.url, 'import', file(`${dialect}-1.json`))
    expect(imported, imported.stderr).toMatchObject({ code: 0 })
    const first = readDoc(`${dialect}-1.json`)
    const measures = first.scenarios.reduce((n: number, s: { measures: unknown[] }) => n + s.measures.length, 0)
    expect(imported.stdout).toContain(
      `Indlæst: ${first.properties.length} ejendomme, ${first.leases.length} lejemål, ${first.units.length} enheder, ` +
        `${first.sales.length} salg, ${first.relocations.length} flytninger, ${first.scenarios.length} scenarier med ${measures} tiltag.`,
    )
    expect((await cli(target.url, 'export', file(`${dialect}-2.json`))).code).toBe(0)
    const second = readDoc(`${dialect}-2.json`)
    expect(first.format).toBe('kloge-kvadratmeter/portfolio')
    expect(first.properties[0].annualOperatingCostOre).toBe(485_000_000)
    // The demo has every kind of record, so the round trip covers them all.
    expect(first.relocations.length).toBeGreaterThan(0)
    expect(first.rotations.length).toBeGreaterThan(0)
    expect(first.units.some((u: { locations: unknown[] }) => u.locations.length > 0)).toBe(true)
    expect(first.sales.some((s: { steps: unknown[]; bids: unknown[] }) => s.steps.length > 0 && s.bids.length > 0)).toBe(true)
    expect(first.scenarios.map((s: { measures: { kind: string }[] }) => s.measures.map((m) => m.kind)).flat()).toEqual(
      expect.arrayContaining(['lease_termination', 'sale', 'closure', 'relocation']),
    )
    expect(withoutTime(second)).toEqual(withoutTime(first))
  })

  it('refuses a database that already has a portfolio unless --replace, and replaces in one go', async () => {
    const refused = await cli(target.url, 'import', file(`${dialect}-1.json`))
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('Brug --replace')
    // A named person (HR only) is not in the file; replacing deletes it with its unit, and says so.
    const t = openDatabase(target.url)
    try {
      const unit = await t.db.selectFrom('unit').select('id').orderBy('id').executeTakeFirstOrThrow()
      const now = new Date().toISOString()
      await t.db
        .insertInto('person')
        .values({ unitId: unit.id, name: 'Anne Testesen', title: '', note: '', createdAt: now, updatedAt: now })
        .execute()
    } finally {
      await t.close()
    }
    const replaced = await cli(target.url, 'import', file(`${dialect}-1.json`), '--replace')
    expect(replaced, replaced.stderr).toMatchObject({ code: 0 })
    expect(replaced.stdout).toMatch(/^Slettet: .*1 navngivne medarbejdere\.$/m)
    expect(replaced.stdout).toContain('Porteføljen er erstattet')
    expect((await cli(target.url, 'export', file(`${dialect}-3.json`))).code).toBe(0)
    expect(withoutTime(readDoc(`${dialect}-3.json`))).toEqual(withoutTime(readDoc(`${dialect}-1.json`)))
  })

  it('lists every error of a bad file by path and writes nothing, not even with --replace', async () => {
    const doc = readDoc(`${dialect}-1.json`)
    doc.properties[0].postcode = '87'
    doc.leases[3].propertyKey = 'property-99'
    const termination = doc.scenarios[0].measures.findIndex((m: { kind: string }) => m.kind === 'lease_termination')
    doc.scenarios[0].measures[termination].leaseKey = 'lease-99'
    fs.writeFileSync(file(`${dialect}-bad.json`), JSON.stringify(doc))
    fs.writeFileSync(file(`${dialect}-broken.json`), '{ "format": ')

    const [bad, badReplace, broken, missing] = await Promise.all([
      cli(empty.url, 'import', file(`${dialect}-bad.json`)),
      cli(target.url, 'import', file(`${dialect}-bad.json`), '--replace'),
      cli(empty.url, 'import', file(`${dialect}-broken.json`)),
      cli(empty.url, 'import', file('findes-ikke.json')),
    ])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('Filen har 3 fejl; intet er indlæst.')
    expect(bad.stderr).toContain('properties[0].postcode: skal være fire cifre')
    expect(bad.stderr).toContain("leases[3].propertyKey: ukendt ejendom 'property-99'")
    expect(bad.stderr).toContain(`scenarios[0].measures[${termination}].leaseKey: ukendt lejemål 'lease-99'`)
    expect(badReplace.code).toBe(1)
    expect(broken).toMatchObject({ code: 1, stderr: expect.stringContaining('ikke gyldig JSON') })
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('kan ikke læses') })

    const e = openDatabase(empty.url)
    try {
      expect(Object.values(await countPortfolioRows(e.db)).every((n) => n === 0)).toBe(true)
    } finally {
      await e.close()
    }
    expect((await cli(target.url, 'export', file(`${dialect}-4.json`))).code).toBe(0)
    expect(withoutTime(readDoc(`${dialect}-4.json`))).toEqual(withoutTime(readDoc(`${dialect}-1.json`)))
  })

  it('prints the savings of "Vedtaget plan" by year with its full-year effect, and all of it as JSON', async () => {
    const baseline = await getScenarioByName(h.db, BASELINE_NAME)
    const expected = (await computeScenario(h.db, baseline!.id))!.result
    const [text, json, imported] = await Promise.all([
      cli(source.url, 'savings', '--scenario', BASELINE_NAME),
      cli(source.url, 'savings', '--scenario', BASELINE_NAME, '--json'),
      cli(target.url, 'savings', '--scenario', BASELINE_NAME, '--json'),
    ])
    expect(text, text.stderr).toMatchObject({ code: 0 })
    expect(text.stdout).toContain(`Helårseffekt (nettodriftsbesparelse): ${formatKroner(expected.fullYearEffect)}`)
    expect(text.stdout).toContain(`Mangler til målet: ${formatKroner(expected.gapToTarget)}`)
    expect(text.stdout).toContain(`Konflikter: ${expected.conflicts.length}`)
    for (const y of expected.years) expect(text.stdout).toContain(String(y.year))
    for (const label of Object.values(CATEGORY_LABELS)) expect(text.stdout).toContain(label)

    expect(json.code).toBe(0)
    const parsed = JSON.parse(json.stdout)
    expect(parsed.fullYearEffect).toBe(expected.fullYearEffect.toFixed())
    expect(parsed.years).toHaveLength(expected.years.length)
    expect(parsed.lineItems).toHaveLength(lineItemsFor(expected).length)
    expect(parsed.conflicts).toEqual(expected.conflicts)
    expect(parsed.doubleRentPeriods.map((d: { amount: string }) => d.amount)).toEqual(
      expected.doubleRentPeriods.map((d) => d.amount.toFixed()),
    )
    // The imported copy computes the same figures (ids differ, amounts do not).
    const copy = JSON.parse(imported.stdout)
    expect([copy.fullYearEffect, copy.years, copy.totals]).toEqual([parsed.fullYearEffect, parsed.years, parsed.totals])
  })

  it('names the scenarios there are when asked for one that does not exist', async () => {
    const r = await cli(source.url, 'savings', '--scenario', 'Findes ikke')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('Intet scenarie hedder "Findes ikke"')
    expect(r.stderr).toContain(BASELINE_NAME)
    expect(r.stderr).toContain('Yderligere tiltag (forslag)')
  })
})
