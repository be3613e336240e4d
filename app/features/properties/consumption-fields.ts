/**
 * A property's yearly consumption, declared once: its form and action, the record history and the
 * interchange file read this list. Typed in MWh and m³, stored as whole kWh and litres.
 */
import type { PropertyConsumption } from './types'
import { consumptionYear, optionalThousandths } from '~/core/energy'
import { defineFields } from '~/core/fields'

export const consumptionFields = defineFields<PropertyConsumption>()([
  // Shown as written (2023), not as a number with a thousands point.
  { key: 'year', label: 'År', kind: 'text', schema: consumptionYear },
  { key: 'heatKwh', label: 'Varme', unit: 'kWh', kind: 'integer', schema: optionalThousandths('Varme', 'kWh') },
  { key: 'electricityKwh', label: 'El', unit: 'kWh', kind: 'integer', schema: optionalThousandths('El', 'kWh') },
  { key: 'waterLiters', label: 'Vand', unit: 'liter', kind: 'integer', schema: optionalThousandths('Vand', 'liter') },
])
