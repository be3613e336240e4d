/**
 * The portfolio file's audit row, declared once: an import of a whole portfolio records how many
 * records of each kind there were before (when it replaced a portfolio) and after, and the audit
 * page and history read them with these Danish labels.
 */
import { defineFields } from '~/core/fields'

/** Records per kind, as a portfolio import's audit row stores them. */
export type PortfolioSnapshot = {
  properties: number
  leases: number
  units: number
  sales: number
  rotations: number
  relocations: number
  scenarios: number
  measures: number
  people: number
}

export const portfolioFields = defineFields<PortfolioSnapshot>()([
  { key: 'properties', label: 'Ejendomme', kind: 'integer' },
  { key: 'leases', label: 'Lejemål', kind: 'integer' },
  { key: 'units', label: 'Enheder', kind: 'integer' },
  { key: 'sales', label: 'Salg', kind: 'integer' },
  { key: 'rotations', label: 'Rokader', kind: 'integer' },
  { key: 'relocations', label: 'Flytninger', kind: 'integer' },
  { key: 'scenarios', label: 'Scenarier', kind: 'integer' },
  { key: 'measures', label: 'Tiltag i scenarier', kind: 'integer' },
  { key: 'people', label: 'Navngivne medarbejdere', kind: 'integer' },
])
