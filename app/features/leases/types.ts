/** Lease shapes shared by the server and the browser. */
import type { Lease } from '#db/schema'

/** A lease with its property's name and town, as the grid, the files and the lease page show it. */
export type LeaseRow = Lease & { propertyName: string; propertyTown: string }

export type DeadlineKind = 'notice_deadline' | 'lease_end' | 'takeover'

/** One critical date on the deadlines page. */
export interface Deadline {
  kind: DeadlineKind
  date: string
  title: string
  href: string
  /** The date this deadline leads to (e.g. the end a timely notice reaches). */
  leadsTo: string | null
  annualAmountOre: number | null
}
