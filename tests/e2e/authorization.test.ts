/**
 * The authorisation matrix: every route that changes data, tried by every role and by nobody.
 * The allowed ones succeed; the rest get 401/403 and change nothing (same fingerprint of the
 * stored data, no audit row). A route with an action but no entry here fails the first test, so
 * a route added later cannot slip through unchecked.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { patternOf, requiredFor } from '~/core/access'
import { ALL_ROUTES } from '~/features/all-routes'
import { can, type Role } from '~/core/roles'
import { fingerprint, postForm, queryOne, sessionCookie } from './http'
import { mutationFixtures } from './mutation-fixtures'

const ROLES: (Role | null)[] = [null, 'udvalg', 'ejendom', 'hr', 'admin']

/**
 * The routes that change data: those declaring a write permission. That a route declares one
 * exactly when it has an action is checked in tests/integration/authorization.test.ts (which
 * imports every route module; this file only needs the declarations).
 */
function routesWithActions(): string[] {
  return ALL_ROUTES.filter((r) => r.write !== 'none').map(patternOf)
}

const declared = (pattern: string) => {
  const route = ALL_ROUTES.find((r) => patternOf(r) === pattern)
  if (!route) throw new Error(`Ingen rute er erklæret for ${pattern}`)
  return route
}

describe('authorisation matrix', () => {
  const cookies = new Map<Role, string>()
  beforeAll(async () => {
    for (const role of ['udvalg', 'ejendom', 'hr', 'admin'] as const) cookies.set(role, await sessionCookie(role))
  })

  it('has a fixture for every route that changes data', () => {
    const covered = new Set(Object.keys(mutationFixtures))
    const missing = routesWithActions().filter((p) => !covered.has(p) && p !== '/login' && p !== '/logout')
    expect(missing).toEqual([])
  })

  for (const [route, fixtures] of Object.entries(mutationFixtures)) {
    for (const fixture of fixtures) {
      for (const role of ROLES) {
        const allowed = role !== null && can(role, requiredFor(declared(route), 'POST') as never)
        it(`${route} (${fixture.name}) as ${role ?? 'ingen'}: ${allowed ? 'tilladt' : 'afvist'}`, async () => {
          const { path: url, fields } = await fixture.prepare(cookies.get('admin')!)
          const before = fingerprint()
          const audits = queryOne<{ n: number }>('select count(*) as n from audit_log').n
          const res = await postForm(url, fields, role ? cookies.get(role)! : null)
          if (allowed) {
            expect(res.status).toBeLessThan(fixture.changes === false ? 500 : 400)
            expect([401, 403]).not.toContain(res.status)
            expect(res.headers.get('location') ?? '').not.toMatch(/^\/login/)
            if (fixture.changes !== false) expect(fingerprint()).not.toBe(before)
          } else {
            expect(res.status).toBe(role ? 403 : 401)
            expect(await res.text()).not.toMatch(/"rows"|annualRentOre/)
            expect(fingerprint()).toBe(before)
            expect(queryOne<{ n: number }>('select count(*) as n from audit_log').n).toBe(audits)
          }
        })
      }
    }
  }

  // Every allowed role downloads every file at its plain address too, the council report PDFs among
  // them: a longer timeout.
  it('answers every declared page and file as declared, under every spelling of its address, over HTTP', async () => {
    const base = (await import('./http')).baseUrl()
    const wrong: string[] = []
    for (const route of ALL_ROUTES) {
      if (route.id === 'logout') continue
      const address = patternOf(route)
        .replace(/:[a-zA-Z]+/g, '1')
        .replace('*', 'findes-ikke')
      const [first, ...rest] = address.slice(1)
      const spellings =
        address === '/'
          ? ['/']
          : [
              address,
              `/%${first!.charCodeAt(0).toString(16)}${rest.join('')}`,
              `/%${first!.charCodeAt(0).toString(16).toUpperCase()}${rest.join('')}`,
            ]
      if (!/\.(csv|xlsx|pdf)$/.test(address) && address !== '/') spellings.push(`${address}.data`)
      const need = requiredFor(route, 'GET')
      const allowed = (role: Role | null) => need === 'public' || (role !== null && can(role, need as never))
      for (const url of spellings) {
        // The plain address with every role. Another spelling can only change which route answers,
        // not what a role may do there: every role that must be refused, and one that may read it.
        const roles = url === address ? ROLES : [...ROLES.filter((r) => !allowed(r)), ROLES.find(allowed)].filter((r) => r !== undefined)
        for (const role of roles) {
          const res = await fetch(`${base}${url}`, { redirect: 'manual', headers: role ? { Cookie: cookies.get(role)! } : {} })
          const body = await res.text()
          const ok = allowed(role)
          // A `.data` request is answered 202 with the redirect inside the body.
          const toLogin =
            (res.status === 302 && /\/login/.test(res.headers.get('location') ?? '')) ||
            (res.status === 202 && body.includes('/login?til='))
          const refused = res.status === 401 || res.status === 403 || toLogin
          if (ok === refused) wrong.push(`${role ?? 'ingen'} ${url}: ${res.status}`)
        }
      }
    }
    expect(wrong).toEqual([])
  }, 300_000)

  it('refuses a write from another site even with a valid session', async () => {
    const before = fingerprint()
    const res = await postForm(
      '/ejendomme/ny',
      {
        name: 'CSRF',
        address: 'x',
        postcode: '8722',
        town: 'x',
        ownership: 'owned',
        use: 'other',
        status: 'in_use',
        grossAreaM2: '1',
        workplaces: '1',
        annualOperatingCostOre: '1',
        annualMaintenanceOre: '0',
        maintenanceBacklogOre: '0',
      },
      cookies.get('admin')!,
      { Origin: 'https://angriber.example', 'Sec-Fetch-Site': 'cross-site' },
    )
    // React Router's own origin check answers 400 before our middleware's 403; either way: refused.
    expect([400, 403]).toContain(res.status)
    expect(fingerprint()).toBe(before)
  })

  it('sends security headers and a nonce-based Content Security Policy', async () => {
    const res = await fetch(`${(await import('./http')).baseUrl()}/`, { headers: { Cookie: cookies.get('udvalg')! } })
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('same-origin')
    const html = await res.text()
    const nonce = /nonce-([A-Za-z0-9+/=]+)/.exec(csp)![1]
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`)
  })

  it('answers a reader without the right role with a Danish 403 page, never data', async () => {
    const res = await fetch(`${(await import('./http')).baseUrl()}/brugere`, { headers: { Cookie: cookies.get('hr')! } })
    expect(res.status).toBe(403)
    const html = await res.text()
    expect(html).toContain('Ingen adgang')
    expect(html).not.toContain('@hedensted.demo')
  })
})
