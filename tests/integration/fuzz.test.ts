/**
 * Generated input against every form action, the grid endpoints and the import's parsing (over
 * 10,000 inputs a run, on SQLite, where the grid once answered 500): never a 5xx or an uncaught
 * error, and a refused action writes nothing (SQLite's total_changes() on the app's connection).
 */
import fs from 'node:fs'
import fc from 'fast-check'
import { sql } from 'kysely'
import { RouterContextProvider } from 'react-router'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import type { RouteDeclaration } from '~/core/access'
import { ALL_ROUTES } from '~/features/all-routes'
import { seedDemo } from '~/features/demo/demo.server'
import { checkSpreadsheet } from '~/features/import-export/import-check.server'
import { readSpreadsheet } from '~/features/import-export/read-file.server'
import { seedDemoUsers } from '~/features/users-audit/users.server'
import { runAsActor } from '~/server/auth/actor.server'
import { userContext } from '~/server/auth/middleware.server'
import { leaseForm, propertyForm } from '../factories/register'
import { rawXlsx } from '../factories/xlsx'
import { openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { call } from './route-call'

type Module = { action?: unknown; loader?: unknown }
const modules = import.meta.glob<Module>('../../app/features/*/routes/*.{ts,tsx}')
const moduleOf = (route: RouteDeclaration) => modules[`../../app/${route.file}`]!()
const source = (route: RouteDeclaration) => fs.readFileSync(new URL(`../../app/${route.file}`, import.meta.url), 'utf8')

/** Quoted words in a route module: its intents and the codes it compares with, as generator material. */
function wordsOf(text: string): string[] {
  return [...new Set([...text.matchAll(/'([a-z][a-zA-Z_-]{1,24})'/g)].map((m) => m[1]!))]
}

/** Field names the app's schemas and registries declare. */
function fieldNames(): string[] {
  const names = new Set(['intent', 'id', 'version', 'mode', 'email', 'password', 'til'])
  const dir = new URL('../../app/features/', import.meta.url)
  for (const file of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (!/(schemas?|fields)[^/]*\.ts$/.test(file)) continue
    const text = fs.readFileSync(new URL(file, dir), 'utf8')
    for (const m of text.matchAll(/(?:^\s+|key: ')([a-z][a-zA-Z0-9]{1,40})(?::|')/gm)) names.add(m[1]!)
  }
  return [...names]
}

const nasty = fc.constantFrom(
  '',
  ' ',
  '0',
  '1',
  '-1',
  '2',
  '999999999999',
  '1e309',
  'NaN',
  '1.234.567,89',
  '0,001',
  '12,345',
  '31.12.9999',
  '9999-99-99',
  '29.02.2023',
  '2024-05-31',
  'on',
  'true',
  '=HYPERLINK("x")',
  '@SUM(1)',
  'a\u0000b',
  '\u202eæøå',
  '<script>alert(1)</script>',
  "'; drop table property; --",
  'x'.repeat(300),
  '__proto__',
  'constructor',
)
const value = fc.oneof(nasty, fc.string({ maxLength: 20 }), fc.integer({ min: -5, max: 50 }).map(String))

/** Sums SQLite's changes on the app's one connection: unchanged means nothing was written. */
async function changes(db: DatabaseHandle['db']): Promise<number> {
  return Number((await sql<{ n: number }>`select total_changes() as n`.execute(db)).rows[0]!.n)
}

/** Actions that hash or verify a password (scrypt, deliberately slow): fewer runs. */
const SLOW = new Map([
  ['login', 25],
  ['brugere', 25],
  ['adgangskode', 10],
])
/** Log-in, log-out and password change record refused attempts (rate limits, audit): not "nothing written". */
const RECORDS_ATTEMPTS = new Set(['login', 'logout', 'adgangskode'])
/** Inputs generated in this file; at least 10,000 a run. */
let inputs = 0

/** Valid forms to start from, so mutations reach the services (and their writes), not only the schemas. */
const VALID = [propertyForm(), leaseForm(1, { version: '1' }), propertyForm({ version: '1', intent: 'delete' })].map((fd) =>
  Object.fromEntries([...fd.entries()].map(([k, v]) => [k, String(v)])),
)

let h: DatabaseHandle
let context: RouterContextProvider
let actor: { userId: number; email: string; role: 'admin' }

beforeAll(async () => {
  h = await openTestDatabase('sqlite')
  useAsAppDatabase(h)
  await seedDemo(h.db)
  await seedDemoUsers(h.db)
  const admin = await h.db.selectFrom('appUser').selectAll().where('role', '=', 'admin').executeTakeFirstOrThrow()
  context = new RouterContextProvider()
  context.set(userContext, {
    id: admin.id,
    email: admin.email,
    name: admin.name,
    role: 'admin',
    mustChangePassword: false,
    sessionId: 'fuzz',
  })
  actor = { userId: admin.id, email: admin.email, role: 'admin' }
}, 60_000)
afterAll(async () => h.close())

describe('fuzzing on sqlite', () => {
  it('answers every form action below 500, and writes nothing when it refuses', async () => {
    const routes = ALL_ROUTES.filter((r) => r.write !== 'none')
    const fields = fieldNames()
    let runs = 0
    for (const route of routes) {
      const mod = await moduleOf(route)
      if (typeof mod.action !== 'function') continue
      const words = wordsOf(source(route))
      const params = [...(route.path ?? '').matchAll(/:(\w+)/g)].map((m) => m[1]!)
      const random = fc.dictionary(fc.constantFrom(...fields), fc.oneof(value, fc.constantFrom(...words)), { maxKeys: 12 })
      const mutated = fc
        .tuple(fc.constantFrom(...VALID), fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: 3 }))
        .map(([valid, changes]) => ({ ...valid, ...changes }))
      const input = fc.record({
        fields: fc.oneof(random, mutated),
        intent: fc.option(fc.constantFrom(...words, 'x'), { nil: undefined }),
        params: fc.tuple(
          ...params.map(() => fc.oneof(fc.constantFrom('1', '2', '3', '0', '-1', '99999', 'abc'), fc.string({ maxLength: 5 }))),
        ),
      })
      await fc.assert(
        fc.asyncProperty(input, async ({ fields: f, intent, params: values }) => {
          runs += 1
          inputs += 1
          const body = new FormData()
          for (const [k, v] of Object.entries(f)) body.set(k, v)
          if (intent) body.set('intent', intent)
          const request = new Request(`http://localhost/${route.path ?? ''}`, { method: 'POST', body })
          const before = await changes(h.db)
          const res = await runAsActor(actor, () =>
            call(mod.action, { request, params: Object.fromEntries(params.map((p, i) => [p, values[i]!])), context } as never),
          )
          expect(res.status, `${route.path} ${JSON.stringify(f)}`).toBeLessThan(500)
          if (res.status >= 400 && !RECORDS_ATTEMPTS.has(route.path ?? ''))
            expect(await changes(h.db), `${route.path} wrote on ${res.status}`).toBe(before)
        }),
        { numRuns: SLOW.get(route.path ?? '') ?? 200, seed: 20_250_301 },
      )
    }
    expect(runs).toBeGreaterThanOrEqual(3400)
  }, 120_000)

  it('answers the grid endpoints 200 or 400, never 500, and finishes every export it starts', async () => {
    const grids = ALL_ROUTES.filter((r) =>
      /^(api\/v1\/(properties|leases|sales)|(ejendomme|lejemaal|salg)\/eksport\.(csv|xlsx))$/.test(r.path ?? ''),
    )
    expect(grids).toHaveLength(9)
    const colId = fc.oneof(
      fc.constantFrom(
        'name',
        'status',
        'grossAreaM2',
        'annualOperatingCostOre',
        'endDate',
        'propertyName',
        'expectedPriceOre',
        'takeoverDate',
      ),
      fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'),
      fc.string({ maxLength: 8 }),
    )
    const condition = fc.record(
      {
        filterType: fc.constantFrom('text', 'number', 'date', 'set', 'regex'),
        type: fc.constantFrom('contains', 'equals', 'lessThan', 'inRange', 'blank', 'startsWith', 'x'),
        filter: fc.oneof(fc.string({ maxLength: 10 }), fc.double(), fc.integer(), fc.constant(null)),
        filterTo: fc.oneof(fc.double(), fc.integer()),
        dateFrom: fc.oneof(fc.constantFrom('2024-05-31 00:00:00', '9999-99-99', '2024-02-30', ''), fc.string({ maxLength: 12 })),
        dateTo: fc.constantFrom('2025-01-01', 'x'),
        values: fc.array(fc.oneof(fc.constantFrom('in_use', 'sold', 'designated'), fc.string({ maxLength: 5 })), { maxLength: 3 }),
      },
      { requiredKeys: ['filterType'] },
    )
    const json = (arb: fc.Arbitrary<unknown>) =>
      fc.oneof(
        arb.map((v) => JSON.stringify(v)),
        fc.string({ maxLength: 15 }),
      )
    const query = fc.record(
      {
        offset: fc.oneof(fc.integer({ min: -3, max: 40 }).map(String), fc.string({ maxLength: 4 })),
        limit: fc.oneof(fc.integer({ min: -1, max: 1500 }).map(String), fc.string({ maxLength: 4 })),
        sort: json(fc.array(fc.record({ colId, sort: fc.constantFrom('asc', 'desc', 'ASC', '') }), { maxLength: 3 })),
        filter: json(fc.dictionary(colId, condition, { maxKeys: 3 })),
        search: fc.oneof(fc.string({ maxLength: 10 }), nasty),
      },
      { requiredKeys: [] },
    )
    let runs = 0
    for (const route of grids) {
      const { loader } = await moduleOf(route)
      const excel = route.path!.endsWith('.xlsx')
      await fc.assert(
        fc.asyncProperty(query, async (q) => {
          runs += 1
          inputs += 1
          const url = `http://localhost/${route.path}?${new URLSearchParams(q as Record<string, string>)}`
          const res = await call(loader, { request: new Request(url) })
          expect([200, 400], `${route.path} ${url}`).toContain(res.status)
          if (res.status === 400) expect(res.body.error).toMatch(/^Ugyldig forespørgsel til tabellen: /)
        }),
        { numRuns: excel ? 100 : 600, seed: 20_250_302 },
      )
    }
    expect(runs).toBeGreaterThanOrEqual(3900)
  }, 120_000)

  it('reads and checks any file without throwing, and every problem is a Danish message at a cell', async () => {
    const headers = [
      'Id',
      'Navn',
      'Adresse',
      'Postnr.',
      'By',
      'Ejerforhold',
      'Anvendelse',
      'Driftsudgift pr. år (kr.)',
      'Breddegrad',
      'Længdegrad',
      'Øst (UTM32)',
    ]
    const leaseHeaders = ['Ejendom', 'Retning', 'Modpart', 'Årlig husleje (kr.)', 'Opsigelsesvarsel (mdr.)', 'Opsigelsesdato', 'Status']
    const cell = fc.oneof(
      value,
      fc.constantFrom('Ejet', 'Lejet', 'Skole', 'Administration', 'Kommunen lejer', 'Opsagt', 'Rådhuset', '55,77', '543852'),
    )
    const table = fc.tuple(
      fc.subarray([...headers, ...leaseHeaders], { minLength: 1 }),
      fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 8 }),
    )
    const lookups = { properties: [{ id: 1, name: 'Rådhuset' }], leaseIds: [1, 2] }
    const checkOne = async (name: string, bytes: Uint8Array) => {
      inputs += 1
      const plan = await checkSpreadsheet(name, bytes, lookups)
      expect(plan.issueCount).toBeGreaterThanOrEqual(plan.issues.length)
      for (const issue of plan.issues) expect(typeof issue.message === 'string' && issue.message.length > 0).toBe(true)
      for (const p of plan.properties) expect(Number.isSafeInteger(p.input.annualOperatingCostOre)).toBe(true)
    }
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(';', ',', '\t'), async ([header, rows], sep) => {
        const text = [header, ...rows]
          .map((r) => r.map((c) => (/[";,\t\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep))
          .join('\r\n')
        await checkOne('fuzz.csv', new TextEncoder().encode(text))
      }),
      { numRuns: 1800, seed: 20_250_303 },
    )
    await fc.assert(
      fc.asyncProperty(table, async ([header, rows]) => checkOne('fuzz.xlsx', rawXlsx([{ name: 'Ejendomme', rows: [header, ...rows] }]))),
      { numRuns: 200, seed: 20_250_304 },
    )
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('x.csv', 'x.xlsx', 'x.xls', 'x'), async (bytes, name) => {
        inputs += 1
        const zipped = bytes.length > 4 && bytes[0]! % 2 === 0 ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes
        const read = await readSpreadsheet(name, zipped)
        if (!read.ok) expect(read.message).toMatch(/[a-zæøå]/)
      }),
      { numRuns: 800, seed: 20_250_305 },
    )
    expect(inputs).toBeGreaterThanOrEqual(10_000)
  }, 120_000)
})
