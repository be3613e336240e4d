/** Danish labels for the codes scenarios and their measures store. */
import type { MeasureKindText, MeasureStatusText, StatusFilterText } from '#db/schema'

export const statusFilterLabels = {
  realised: 'Kun gennemførte',
  decided: 'Besluttede og gennemførte',
  all: 'Alle, også forslag',
} as const satisfies Record<StatusFilterText, string>

export const measureStatusLabels = {
  proposal: 'Forslag',
  decided: 'Besluttet',
  realised: 'Gennemført',
} as const satisfies Record<MeasureStatusText, string>

export const measureKindLabels = {
  lease_termination: 'Opsigelse af lejemål',
  sale: 'Salg',
  closure: 'Lukning',
  relocation: 'Flytning',
} as const satisfies Record<MeasureKindText, string>

export const measureSourceLabels = { register: 'Fra registret', manual: 'Tilføjet i scenariet' } as const
