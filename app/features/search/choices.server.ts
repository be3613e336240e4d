/** The pickers' search (ui/Combobox.tsx): a few properties, units or leases matching what is typed, on the server. */
import { designatableChoices } from '~/features/sales/sale-page.server'
import type { Db } from '~/server/db.server'
import type { Choice, ChoiceKind } from './schemas'
import { choiceName, findPropertyChoices, findTenantLeaseChoices, findUnitChoices, leaseChoiceName } from './search.repo.server'

/** Choices a picker shows at most; typing narrows them. */
export const MAX_CHOICES = 20

/**
 * Properties or units whose text holds every word typed (all of them, in order, when nothing is typed).
 * @example await searchChoices(db, 'property', 'hedensted rådhus') // [{ id: 1, label: 'Hedensted Rådhus', detail: 'Tofteskovvej 1, Hedensted' }]
 */
export async function searchChoices(db: Db, kind: ChoiceKind, query: string, limit = MAX_CHOICES): Promise<Choice[]> {
  const words = query.trim().slice(0, 100).split(/\s+/).filter(Boolean).slice(0, 5)
  const n = Math.min(Math.max(limit, 1), MAX_CHOICES)
  if (kind === 'unit') return (await findUnitChoices(db, words, n)).map((u) => ({ id: u.id, label: u.name, detail: '' }))
  if (kind === 'tenant_lease') {
    return (await findTenantLeaseChoices(db, words, n)).map((l) => ({ id: l.id, label: leaseLabel(l), detail: '' }))
  }
  if (kind === 'sale_eligible_property') return designatableChoices(db, words, n)
  const ownership = kind === 'owned_property' ? 'owned' : kind === 'leased_property' ? 'leased' : undefined
  return (await findPropertyChoices(db, words, n, ownership)).map((p) => ({
    id: p.id,
    label: p.name,
    detail: [p.address, p.town].filter(Boolean).join(', '),
  }))
}

/**
 * The name a picker shows for its current value ('' when none or gone).
 * @example await choiceLabel(db, 'property', '1') // 'Hedensted Rådhus'
 */
export async function choiceLabel(db: Db, kind: ChoiceKind, id: string | number | null | undefined): Promise<string> {
  const n = Number(id)
  if (!Number.isInteger(n) || n < 1) return ''
  if (kind === 'tenant_lease') {
    const lease = await leaseChoiceName(db, n)
    return lease ? leaseLabel(lease) : ''
  }
  return (await choiceName(db, kind === 'unit' ? 'unit' : 'property', n)) ?? ''
}

/** A lease as the scenario names it: counterparty and property. */
const leaseLabel = (l: { counterparty: string; propertyName: string }) => `${l.counterparty} (${l.propertyName})`
