/** The global search's answer, shared by the route and the header's search box. */
export interface SearchHit {
  kind: 'property' | 'lease' | 'unit' | 'sale' | 'scenario'
  /** Danish name of the kind, shown beside the hit. */
  kindLabel: string
  title: string
  detail: string
  href: string
}

export interface SearchAnswer {
  query: string
  hits: SearchHit[]
}

/**
 * What a picker (ui/Combobox.tsx) searches: properties, units, the leases the municipality rents (a
 * scenario's lease terminations), the properties that may be designated for sale (owned, not sold,
 * no sale yet), and owned or leased properties (goal-seek's required sales, closures and terminations).
 */
export const CHOICE_KINDS = ['property', 'unit', 'tenant_lease', 'sale_eligible_property', 'owned_property', 'leased_property'] as const
export type ChoiceKind = (typeof CHOICE_KINDS)[number]

/** One choice in a picker's list. */
export interface Choice {
  id: number
  label: string
  detail: string
}
