/**
 * A property's yearly consumption, declared once: its form and action, the record history and the
 * interchange file read this list. Typed in MWh and m³, stored as whole kWh and litres.
 */
import type { PropertyConsumption } from './types'
import { CONSUMPTION_YEARS, optionalThousandths } from '~/core/energy'
import { defineFields } from '~/core/fields'
import { wholeNumber } from '~/core/schema-fields'

export const consumptionFields = defineFields<PropertyConsumption>()([
  { key: 'year', label: 'År', kind: 'integer', schema: wholeNumber('År', { min: CONSUMPTION_YEARS.first, max: CONSUMPTION_YEARS.last }) },
  { key: 'heatKwh', label: 'Varme', unit: 'kWh', kind: 'integer', schema: optionalThousandths('Varme', 'kWh') },
  { key: 'electricityKwh', label: 'El', unit: 'kWh', kind: 'integer', schema: optionalThousandths('El', 'kWh') },
  { key: 'waterLiters', label: 'Vand', unit: 'liter', kind: 'integer', schema: optionalThousandths('Vand', 'liter') },
])
