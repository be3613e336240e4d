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
