/**
 * The authorisation matrix below the browser: every declared route, read and written, by every
 * role and by nobody, under several spellings of its address. Derived from the route
 * declarations, so a new route cannot be forgotten.
 */
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import type { Role } from '#db/schema'
import { patternOf, requiredFor, type RouteDeclaration } from '~/core/access'
import { can, ROLES } from '~/core/roles'
import { ALL_ROUTES } from '~/features/all-routes'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { send, sessionFor, userFor } from './request'

/** A concrete address for a route: `:id` becomes 1, the splat a path that exists nowhere. */
const addressOf = (r: RouteDeclaration) =>
  patternOf(r)
    .replace(/:[a-zA-Z]+/g, '1')
    .replace('*', 'findes-ikke')

/** Other spellings of the same address: the first letter percent-encoded, upper-case escapes, the data suffix. */
function spellings(address: string): string[] {
  if (address === '/') return ['/']
  const [first, ...rest] = address.slice(1)
  const encoded = `/%${first!.charCodeAt(0).toString(16)}${rest.join('')}`
  const upper = `/%${first!.charCodeAt(0).toString(16).toUpperCase()}${rest.join('')}`
  const data = /\.(csv|xlsx)$/.test(address) ? [] : [`${address}.data`]
  return [address, encoded, upper, ...data]
}

const allowed = (role: Role | null, need: ReturnType<typeof requiredFor>) =>
  need === 'public' || (role !== null && need !== 'none' && can(role, need))

const dialect = DIALECTS[0]!

describe(`authorisation matrix through the middleware (${dialect})`, () => {
  let h: DatabaseHandle
  const users = new Map<Role, number>()
  // Fresh sessions for every route: the matrix also posts to /logout.
  const cookies = new Map<Role, string>()
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    for (const role of ROLES) users.set(role, await userFor(h.db, role))
  })
  beforeEach(async () => {
    for (const role of ROLES) cookies.set(role, await sessionFor(h.db, users.get(role)!))
  })
  afterAll(async () => h.close())

  it('declares a write permission exactly for the routes that have an action', async () => {
    const wrong: string[] = []
    for (const r of ALL_ROUTES) {
      const module = (await import(/* @vite-ignore */ path.resolve('app', r.file))) as Record<string, unknown>
      if ((typeof module.action === 'function') !== (r.write !== 'none')) wrong.push(`${r.id}: write ${r.write}`)
    }
    expect(wrong).toEqual([])
  })

  for (const route of ALL_ROUTES) {
    it(`${patternOf(route)}: read and write only as declared, whatever the spelling`, async () => {
      for (const url of spellings(addressOf(route))) {
        for (const role of [null, ...ROLES] as (Role | null)[]) {
          const cookie = role ? cookies.get(role)! : null
          const read = await send('GET', url, { cookie })
          const who = `${role ?? 'ingen'} GET ${url}`
          if (allowed(role, requiredFor(route, 'GET'))) expect([401, 403], who).not.toContain(read.status)
          else if (role) expect(read.status, who).toBe(403)
          else expect([302, 401], who).toContain(read.status)

          const write = await send('POST', url, { cookie, form: { intent: 'ukendt' } })
          const need = requiredFor(route, 'POST')
          const wwho = `${role ?? 'ingen'} POST ${url}`
          if (allowed(role, need)) expect([401, 403, 405], wwho).not.toContain(write.status)
          else if (!role && need !== 'public') expect(write.status, wwho).toBe(401)
          else if (need === 'none') expect(write.status, wwho).toBe(405)
          else expect(write.status, wwho).toBe(403)
        }
      }
    })
  }

  it('refuses the audit export to udvalg however the address is spelled (regression)', async () => {
    for (const url of ['/revision/eksport.csv', '/%72evision/eksport.csv', '/%72%65vision/eksport.csv', '/revision%2Feksport.csv']) {
      const res = await send('GET', url, { cookie: cookies.get('udvalg')! })
      expect([403, 404], url).toContain(res.status)
      expect(String(res.body)).not.toContain('Tidspunkt')
    }
    for (const url of ['/%62rugere.data', '/%72evision', '/%69mport']) {
      expect((await send('GET', url, { cookie: cookies.get('udvalg')! })).status, url).toBe(403)
    }
  })
})
