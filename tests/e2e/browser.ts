/** One Chromium per test file, pages at the test server, screenshots kept for people to look at. */
import fs from 'node:fs'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import { chromium, type Browser, type Page, type Request } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { CHROMIUM_ARGS } from '../setup/chromium'
import { appUnderTest } from './app-under-test'

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../.artifacts/screenshots')

/** The no-break space Intl puts before `kr.` */
export const NBSP = '\u00a0'

export function useBrowser() {
  const ctx = { browser: undefined as unknown as Browser, baseUrl: '' }
  beforeAll(async () => {
    ctx.baseUrl = appUnderTest().baseUrl
    ctx.browser = await chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS })
  })
  afterAll(async () => {
    await ctx.browser?.close()
  })
  return ctx
}

export type DemoRole = 'admin' | 'udvalg' | 'ejendom' | 'hr'

/** The demo accounts (app/services/users.server.ts DEMO_USERS, documented in the README). */
export const DEMO_LOGINS: Record<DemoRole, { email: string; password: string }> = {
  admin: { email: 'admin@hedensted.demo', password: 'demo-admin-kvadratmeter' },
  udvalg: { email: 'udvalg@hedensted.demo', password: 'demo-udvalg-kvadratmeter' },
  ejendom: { email: 'ejendom@hedensted.demo', password: 'demo-ejendom-kvadratmeter' },
  hr: { email: 'hr@hedensted.demo', password: 'demo-hr-kvadratmeter' },
}

const cookies = new Map<DemoRole, Promise<string>>()

/**
 * A session cookie for a demo role, from one form post per test file; pages then start signed in
 * without going through the log-in page (only the log-in test itself uses the form).
 */
export function roleCookie(baseUrl: string, role: DemoRole): Promise<string> {
  let cookie = cookies.get(role)
  if (!cookie) {
    cookie = (async () => {
      const body = new URLSearchParams({ email: DEMO_LOGINS[role].email, password: DEMO_LOGINS[role].password, til: '/' })
      const res = await fetch(`${baseUrl}/login`, {
        method: 'POST',
        body,
        redirect: 'manual',
        headers: { Origin: baseUrl, 'Sec-Fetch-Site': 'same-origin' },
      })
      const set = res.headers.get('set-cookie')
      if (!set) throw new Error(`Log-ind som ${role} gav ingen session (status ${res.status})`)
      return set.split(';')[0]!
    })()
    cookies.set(role, cookie)
  }
  return cookie
}

/** Log in through the log-in page. */
export async function logIn(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('E-mail').fill(DEMO_LOGINS[role].email)
  await page.getByLabel('Adgangskode').fill(DEMO_LOGINS[role].password)
  await page.getByRole('button', { name: 'Log ind' }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
}

/** A fresh page (own storage), logged in as `role` (or not at all with null), that records script errors. */
export async function newPage(ctx: { browser: Browser; baseUrl: string }, role: DemoRole | null = 'admin'): Promise<Page> {
  const context = await ctx.browser.newContext({
    baseURL: ctx.baseUrl,
    viewport: { width: 1440, height: 900 },
    locale: 'da-DK',
    acceptDownloads: true,
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  ;(page as Page & { scriptErrors: string[] }).scriptErrors = errors
  watchRequests(page)
  if (role) {
    const [name, ...value] = (await roleCookie(ctx.baseUrl, role)).split('=')
    await context.addCookies([{ name: name!, value: value.join('='), url: ctx.baseUrl, httpOnly: true, sameSite: 'Lax' }])
    // Start where a fresh log-in lands: the front page.
    await page.goto('/')
  }
  return page
}

export function scriptErrors(page: Page): string[] {
  return (page as Page & { scriptErrors?: string[] }).scriptErrors ?? []
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

const pending = new WeakMap<Page, Set<Request>>()

/** Count the page's requests in flight, for networkQuiet. */
function watchRequests(page: Page): void {
  const inFlight = new Set<Request>()
  pending.set(page, inFlight)
  page.on('request', (r) => inFlight.add(r))
  page.on('requestfinished', (r) => inFlight.delete(r))
  page.on('requestfailed', (r) => inFlight.delete(r))
}

/**
 * Wait until the page has had no request in flight for `quietMs`: its lazy route modules and the
 * data its components fetch on mount (the grids) have arrived. Playwright's own 'networkidle' waits
 * a fixed 500 ms of silence, which on 300 page loads is two and a half minutes of nothing.
 */
export async function networkQuiet(page: Page, quietMs = 100, timeoutMs = 30_000): Promise<void> {
  const inFlight = pending.get(page)
  if (!inFlight) return page.waitForLoadState('networkidle')
  const until = Date.now() + timeoutMs
  let quietSince = Date.now()
  for (;;) {
    if (inFlight.size > 0) quietSince = Date.now()
    else if (Date.now() - quietSince >= quietMs) return
    if (Date.now() > until)
      throw new Error(
        `Siden blev ikke færdig med at hente inden for ${timeoutMs / 1000} s: ${[...inFlight].map((r) => r.url()).join(', ')}`,
      )
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Wait until client-side JavaScript has taken over the page (forms then validate in the browser). */
export async function hydrated(page: Page): Promise<void> {
  // The root layout marks <html> once React has hydrated the page (app/root.tsx).
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true')
  await networkQuiet(page)
}

/**
 * The page's serious and critical axe-core violations of WCAG 2.1 A and AA, each as
 * "rule (impact): first targets". Run in the page itself (legacy mode: the app has no cross-origin
 * frames) and reporting violations only: twice as fast as the default, which finishes every run in
 * a blank page of its own and details every passing node.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    )
}
