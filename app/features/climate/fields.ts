/** The emission factor's fields, for the record history and the audit trail in Danish. */
import type { Selectable } from 'kysely'
import type { EmissionFactorTable } from '#db/schema'
import { defineFields } from '~/core/fields'
import { CARRIER_LABELS } from '~/core/savings'

const carrierLabels = Object.fromEntries(Object.entries(CARRIER_LABELS).map(([k, v]) => [k, v[0]!.toUpperCase() + v.slice(1)]))

export const emissionFactorFields = defineFields<Selectable<EmissionFactorTable>>()([
  { key: 'carrier', label: 'Energiform', kind: 'enum', labels: carrierLabels },
  { key: 'year', label: 'År', kind: 'integer' },
  { key: 'co2eGramsPerMwh', label: 'Emissionsfaktor', kind: 'integer', unit: 'g CO2e/MWh' },
  { key: 'sourceNote', label: 'Kilde', kind: 'text' },
  { key: 'version', label: 'Version', kind: 'integer', history: false },
  { key: 'createdAt', label: 'Oprettet', kind: 'text', history: false },
  { key: 'updatedAt', label: 'Ændret', kind: 'text', history: false },
])

/** Energy carriers with capitalised Danish labels, for selects. */
export const CARRIER_OPTIONS = Object.entries(carrierLabels).map(([value, label]) => ({ value, label }))
