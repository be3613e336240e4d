/** The global search: properties, leases, units, sales and scenarios matching what the user types. */
import { href } from 'react-router'
import { leaseDirectionLabels, propertyStatusLabels, saleStatusLabels } from '~/core/labels'
import type { Db } from '~/server/db.server'
import type { SearchAnswer } from './schemas'
import { findLeases, findProperties, findSales, findScenarios, findUnits } from './search.repo.server'

/** How many hits of each kind the box shows. */
const PER_KIND = 5

/**
 * Search every kind for the longest word typed (at least two letters), a few hits each.
 * @example await searchEverything(db, 'rådhus') // { hits: [{ kind: 'property', title: 'Hedensted Rådhus', … }] }
 */
export async function searchEverything(db: Db, query: string): Promise<SearchAnswer> {
  const q = query.trim().slice(0, 100)
  const word = q.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? ''
  if (word.length < 2) return { query: q, hits: [] }
  const [properties, leases, units, sales, scenarios] = await Promise.all([
    findProperties(db, word, PER_KIND),
    findLeases(db, word, PER_KIND),
    findUnits(db, word, PER_KIND),
    findSales(db, word, PER_KIND),
    findScenarios(db, word, PER_KIND),
  ])
  return {
    query: q,
    hits: [
      ...properties.map((p) => ({
        kind: 'property' as const,
        kindLabel: 'Ejendom',
        title: p.name,
        detail: `${p.address}, ${p.town} · ${propertyStatusLabels[p.status]}`,
        href: href('/ejendomme/:id', { id: String(p.id) }),
      })),
      ...leases.map((l) => ({
        kind: 'lease' as const,
        kindLabel: 'Lejemål',
        title: l.counterparty,
        detail: `${l.propertyName} · ${leaseDirectionLabels[l.direction]}`,
        href: href('/lejemaal/:id', { id: String(l.id) }),
      })),
      ...units.map((u) => ({
        kind: 'unit' as const,
        kindLabel: 'Enhed',
        title: u.name,
        detail: '',
        href: href('/enheder/:id', { id: String(u.id) }),
      })),
      ...sales.map((s) => ({
        kind: 'sale' as const,
        kindLabel: 'Salg',
        title: s.propertyName,
        detail: saleStatusLabels[s.status],
        href: href('/salg/:id', { id: String(s.id) }),
      })),
      ...scenarios.map((s) => ({
        kind: 'scenario' as const,
        kindLabel: 'Scenarie',
        title: s.name,
        detail: '',
        href: href('/scenarier/:id', { id: String(s.id) }),
      })),
    ],
  }
}
