/** The help page: declared for every role, read-only, with the glossary's four words in Danish. */
import { describe, expect, it } from 'vitest'
import { ALL_ROUTES } from '~/features/all-routes'
import { GLOSSARY } from '~/features/help/glossary'

describe('the help page', () => {
  it('is declared read-only for everyone who may read, last in the menu', () => {
    const help = ALL_ROUTES.find((r) => r.path === 'hjaelp')
    expect(help).toMatchObject({ read: 'read', write: 'none', nav: { label: 'Hjælp' } })
    const orders = ALL_ROUTES.filter((r) => r.nav).map((r) => r.nav!.order)
    expect(help!.nav!.order).toBe(Math.max(...orders))
  })

  it('explains the four words users hesitate over', () => {
    expect(Object.values(GLOSSARY).map((g) => [g.word, g.slug])).toEqual([
      ['Helårseffekt', 'helaarseffekt'],
      ['Deleskrivebordsfaktor', 'deleskrivebordsfaktor'],
      ['Medtag tiltag', 'medtag-tiltag'],
      ['Anlæg/drift', 'anlaeg-drift'],
    ])
    for (const entry of Object.values(GLOSSARY)) {
      expect(entry.short.length).toBeGreaterThan(20)
      expect(entry.long.length).toBeGreaterThan(1)
    }
  })
})
