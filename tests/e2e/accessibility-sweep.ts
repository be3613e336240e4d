/**
 * The accessibility sweep: every page at a phone, a tablet and a laptop width, for each role: no
 * horizontal page scroll, and no serious or critical axe-core violation (WCAG 2.1 A and AA rules)
 * on the phone for every role and on the laptop for the administrator. Pages are found from the
 * route declarations and the demo's first record of each kind, so a new page is checked too.
 *
 * The administrator sees every control. Another role's page is checked by axe where it is not the
 * administrator's: its first page (the header and menu it is given) and every page whose content
 * (`<main>`, markup and text) differs from what the administrator was shown. Where the content is
 * the same markup, axe's answer is too, and a run takes about a second a page.
 *
 * The pages are shared between two test files (accessibility-1 and -2), which run side by side.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { patternOf } from '~/core/access'
import { can, type Role } from '~/core/roles'
import { ALL_ROUTES } from '~/features/all-routes'
import { hydrated, newPage, screenshot, seriousAxeViolations, useBrowser, type DemoRole } from './browser'
import { queryOne } from './http'

const WIDTHS = [
  { name: 'mobil', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'laptop', width: 1366, height: 768 },
] as const

/** A real record for each `:id` page, from the demo data. */
function idFor(pattern: string): string | null {
  const table: Record<string, string> = {
    '/ejendomme/:id': 'property',
    '/lejemaal/:id': 'lease',
    '/salg/:id': 'sale',
    '/enheder/:id': 'unit',
    '/flytninger/:id': 'relocation',
    '/flytninger/rokader/:id': 'rotation',
    '/scenarier/:id': 'scenario',
  }
  const t = table[pattern]
  if (!t) return null
  return String(queryOne<{ id: number }>(`select min(id) as id from ${t}`).id)
}

/** The HTML pages a role may open: declared, readable, not a file or JSON endpoint. */
function pagesFor(role: Role): string[] {
  return ALL_ROUTES.filter(
    (r) =>
      r.read !== 'public' &&
      can(role, r.read) &&
      r.path !== '*' &&
      !/eksport|\.csv|\.xlsx|\.pdf|api\/|poster|tjek|kontrol|logout/.test(r.path ?? ''),
  )
    .map((r) => {
      const pattern = patternOf(r)
      if (!pattern.includes(':')) return pattern
      const id = idFor(pattern)
      return id ? pattern.replace(/:[a-z]+/, id) : null
    })
    .filter((p): p is string => p !== null)
}

/** Two frames after a resize: layout, and whatever a resize observer (the grid's columns) redraws. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

/** The page's content as markup and text: equal for two roles, axe finds the same in it. */
function contentOf(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('main')?.outerHTML ?? '')
}

/**
 * Part `part` (0-based) of `parts` of the sweep: every `parts`-th page a role may open, starting at
 * `part`, for every role; the log-in page in part 0.
 * @example sweep(0, 2)
 */
export function sweep(part: number, parts: number): void {
  const mine = (urls: string[]) => urls.filter((_, i) => i % parts === part)
  describe(`every page, every width, every role (part ${part + 1} of ${parts})`, () => {
    const ctx = useBrowser()
    /** The administrator's content per page, from the first role's test (a file runs its tests in order). */
    const adminContent = new Map<string, string>()
    const roles: DemoRole[] = ['admin', 'udvalg', 'ejendom', 'hr']

    if (part === 0)
      it('the log-in page fits a phone and passes axe', async () => {
        const page = await newPage(ctx, null)
        await page.setViewportSize({ width: 390, height: 844 })
        await page.goto('/login')
        expect(await overflow(page)).toBeLessThanOrEqual(0)
        expect(await seriousAxeViolations(page)).toEqual([])
        await page.context().close()
      })

    for (const role of roles) {
      it(`${role}: no horizontal scroll and no serious axe violation on any page`, async () => {
        const page = await newPage(ctx, role)
        const problems: string[] = []
        let first = true
        for (const url of mine(pagesFor(role))) {
          // One load per page, then the widths by resizing: the layout follows the viewport at once.
          await page.setViewportSize({ width: WIDTHS[0].width, height: WIDTHS[0].height })
          await page.goto(url)
          await hydrated(page)
          const content = await contentOf(page)
          if (role === 'admin') adminContent.set(url, content)
          const ownContent = role === 'admin' || first || adminContent.get(url) !== content
          first = false
          for (const w of WIDTHS) {
            await page.setViewportSize({ width: w.width, height: w.height })
            await settled(page)
            const extra = await overflow(page)
            if (extra > 0) problems.push(`${url} @${w.width}: ${extra}px for bred`)
            // axe on the phone for every role (what each role's controls make of the page), and on
            // the laptop for the administrator, who sees every control.
            if ((w.name === 'mobil' && ownContent) || (w.name === 'laptop' && role === 'admin'))
              for (const v of await seriousAxeViolations(page)) problems.push(`${url} @${w.width}: ${v}`)
            if (role === 'admin' && w.name === 'mobil') await screenshot(page, `mobil${url.replace(/\//g, '-') || '-forside'}`)
          }
        }
        await page.context().close()
        expect(problems).toEqual([])
      }, 300_000)
    }
  })
}
