/** A relocation's status as a coloured badge. */
import type { RelocationStatus } from '#db/schema'
import { relocationStatusLabels } from '~/core/relocation-labels'

export function StatusBadge({ status }: { status: RelocationStatus }) {
  return <span className={`badge st-${status}`}>{relocationStatusLabels[status]}</span>
}
