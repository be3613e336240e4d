/**
 * The import check reads the register on SQLite and PostgreSQL as an index and, a piece at a time,
 * the stored records a file's rows may match: a re-import of a register larger than several pieces
 * is planned exactly as against the whole register handed over, and a record changed while the
 * check reads gives a stamp no import is written under.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { registerStamp } from '~/features/import-export/duplicates'
import { checkSpreadsheet } from '~/features/import-export/import-check.server'
import { registerIndexLookups, registerLookups } from '~/features/import-export/import-lookups.server'
import { RECORDS_PER_QUERY } from '~/features/import-export/import.repo.server'
import { checkImport, importFile } from '~/features/import-export/import.server'
import { runImportCheck } from '~/features/import-export/import-worker.server'
import { MATCH_PIECE } from '~/features/import-export/match-rows'
import { headerRow, xlsxBuffer } from '~/server/xlsx.server'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'

const PROPERTIES = 2600
const LEASES = 1200
const enc = (text: string) => new TextEncoder().encode(`\uFEFF${text.replace(/\n/g, '\r\n')}`)
const P_HEADER = 'Navn;Adresse;Postnr.;By;Ejerforhold;Anvendelse;Forbrugsår;Varme (MWh)'
const L_HEADER = 'Ejendom;Retning;Modpart;Årlig husleje (kr.);Startdato;Opsigelsesvarsel (mdr.)'

/** Two properties at each address; every tenth with a consumption year. */
function registerCsv(): Uint8Array {
  const lines = [P_HEADER]
  for (let i = 1; i <= PROPERTIES; i++)
    lines.push(`Stykke ${i};Stykvej ${Math.ceil(i / 2)};8722;Hedensted;Ejet;Skole;${i % 10 === 0 ? '2024;120' : ';'}`)
  return enc(lines.join('\n'))
}

function leasesCsv(): Uint8Array {
  const lines = [L_HEADER]
  for (let i = 1; i <= LEASES; i++) lines.push(`Stykke ${i * 2};Kommunen lejer;Udlejer ${i} ApS;${i * 1000};01.01.2020;6`)
  return enc(lines.join('\n'))
}

/**
 * The register again as a workbook, in reverse so matches fall in every piece: every third row by
 * its Id, the rest by address (properties) or by property, counterparty and start date (leases);
 * every fourth property moves town, every tenth reports another heat figure, every fifth lease
 * another rent.
 */
async function reimport(h: DatabaseHandle): Promise<Uint8Array> {
  const properties = await h.db.selectFrom('property').select(['id', 'name', 'address']).orderBy('id', 'desc').execute()
  const leases = await h.db.selectFrom('lease').select(['id', 'counterparty', 'propertyId']).orderBy('id', 'desc').execute()
  const names = new Map(properties.map((p) => [p.id, p.name]))
  const n = (name: string) => Number(name.replace(/\D/g, ''))
  return new Uint8Array(
    await xlsxBuffer([
      {
        sheet: 'Ejendomme',
        data: [
          headerRow(['Id', 'Navn', 'Adresse', 'Postnr.', 'By', 'Ejerforhold', 'Anvendelse', 'Forbrugsår', 'Varme (MWh)']),
          ...properties.map((p, i) => [
            i % 3 === 0 ? p.id : null,
            p.name,
            p.address,
            '8722',
            n(p.name) % 4 === 0 ? 'Juelsminde' : 'Hedensted',
            'Ejet',
            'Skole',
            n(p.name) % 10 === 0 ? 2024 : null,
            n(p.name) % 10 === 0 ? (n(p.name) % 20 === 0 ? 130 : 120) : null,
          ]),
        ],
      },
      {
        sheet: 'Lejemål',
        data: [
          headerRow(['Id', 'Ejendom', 'Retning', 'Modpart', 'Årlig husleje (kr.)', 'Startdato', 'Opsigelsesvarsel (mdr.)']),
          ...leases.map((l, i) => {
            const k = n(l.counterparty)
            return [
              i % 3 === 0 ? l.id : null,
              names.get(l.propertyId)!,
              'Kommunen lejer',
              l.counterparty,
              k * 1000 + (k % 5 === 0 ? 1 : 0),
              '01.01.2020',
              6,
            ]
          }),
        ],
      },
    ]),
  )
}

describe.each(DIALECTS)('checking against the register a piece at a time on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    expect((await importFile(h.db, 'ejendomme.csv', registerCsv())).written).toEqual({ properties: PROPERTIES, leases: 0 })
    expect((await importFile(h.db, 'lejemaal.csv', leasesCsv())).written).toEqual({ properties: 0, leases: LEASES })
  }, 120_000)
  afterAll(async () => h.close())

  it('plans a re-import of a register of several pieces exactly as against the whole register', async () => {
    expect(PROPERTIES).toBeGreaterThan(2 * Math.max(MATCH_PIECE, RECORDS_PER_QUERY))
    expect(LEASES).toBeGreaterThan(Math.max(MATCH_PIECE, RECORDS_PER_QUERY))
    const file = await reimport(h)
    const inPieces = await runImportCheck('register.xlsx', file, { databaseUrl: h.url }, () => {})
    const whole = await runImportCheck('register.xlsx', file, { lookups: await registerLookups(h.db) }, () => {})
    expect(inPieces).toEqual(whole)
    expect(inPieces.issues).toEqual([])
    // Every fourth moves town; the heat figures that differ (every twentieth) are among them.
    const changedProperties = PROPERTIES / 4
    const changedLeases = LEASES / 5
    expect(inPieces.duplicates).toMatchObject({
      matched: PROPERTIES + LEASES,
      unchanged: PROPERTIES + LEASES - changedProperties - changedLeases,
    })
    expect(inPieces.sheets.map((s) => [s.updates, s.unchanged])).toEqual([
      [changedProperties, PROPERTIES - changedProperties],
      [changedLeases, LEASES - changedLeases],
    ])
    // Every row found its own record, by Id or by key (two properties share each address).
    const byName = new Map((await h.db.selectFrom('property').select(['id', 'name']).execute()).map((p) => [p.name, p.id]))
    for (const p of inPieces.properties) expect(p.matched).toBe(byName.get(p.input.name))
    expect(inPieces.leases.every((l) => l.matched !== null)).toBe(true)
    expect(inPieces.stamp).toBe(registerStamp((await registerLookups(h.db)).register))
  }, 120_000)

  it('stamps a register changed while the check read it so that nothing is written under the stamp', async () => {
    const file = await reimport(h)
    const lookups = await registerIndexLookups(h.db)
    const before = registerStamp(lookups.register)
    expect(before).toBe((await checkImport(h.db, 'register.xlsx', file)).duplicates!.registerStamp)
    // A save between the index and the stored records the file matches.
    const target = await h.db.selectFrom('property').select(['id', 'version']).where('name', '=', 'Stykke 1').executeTakeFirstOrThrow()
    await h.db
      .updateTable('property')
      .set({ note: 'Ændret under kontrollen', version: target.version + 1 })
      .where('id', '=', target.id)
      .execute()
    const plan = await checkSpreadsheet('register.xlsx', file, lookups)
    expect(plan.issueCount).toBe(0)
    expect(lookups.register.moved).toBe(true)
    const moved = registerStamp(lookups.register)
    expect(moved).not.toBe(before)
    expect(moved).not.toBe((await checkImport(h.db, 'register.xlsx', file)).duplicates!.registerStamp)
    const refused = await importFile(h.db, 'register.xlsx', file, undefined, undefined, { stamp: moved })
    expect(refused.written).toBeNull()
    expect(refused.issues[0]!.message).toMatch(/Registret er ændret/)
  }, 120_000)
})
