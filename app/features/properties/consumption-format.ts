/**
 * A property's consumption as the register's own files carry it: the latest recorded year as four
 * columns beside the property's (year, heat and electricity in MWh, water in m³), read back by the
 * import. One row per property keeps the file a table a municipal user can edit and import again;
 * earlier years stay in the register (and travel in the portfolio file).
 */
import { Money } from '~/core/money'
import type { ExportColumn } from '~/core/sheets/export-columns'
import type { ImportField } from '~/core/sheets/import-spec'
import type { ConsumptionYear } from './types'

/** A row of the property exports: the property with its latest consumption year, if any. */
export interface WithConsumption {
  consumption: ConsumptionYear | null
}

/** Whole kWh or litres as MWh or m³: exact, as 12.345 kWh is 12,345 MWh. */
const thousandths = (v: number | null | undefined) => (v == null ? null : new Money(v).div(1000).toNumber())

export const CONSUMPTION_EXPORT: ExportColumn<WithConsumption>[] = [
  { header: 'Forbrugsår', kind: 'integer', value: (p) => p.consumption?.year, width: 11 },
  { header: 'Varme (MWh)', kind: 'decimal', value: (p) => thousandths(p.consumption?.heatKwh), width: 12 },
  { header: 'El (MWh)', kind: 'decimal', value: (p) => thousandths(p.consumption?.electricityKwh), width: 10 },
  { header: 'Vand (m³)', kind: 'decimal', value: (p) => thousandths(p.consumption?.waterLiters), width: 10 },
]

/** The import's keys of the consumption columns (not property fields: the property schema ignores them). */
export const CONSUMPTION_KEYS = {
  year: 'consumptionYear',
  heat: 'consumptionHeat',
  electricity: 'consumptionElectricity',
  water: 'consumptionWater',
} as const

export const CONSUMPTION_IMPORT: ImportField[] = [
  { header: 'Forbrugsår', aliases: ['År for forbrug', 'Forbrug år'], field: CONSUMPTION_KEYS.year, kind: 'text' },
  { header: 'Varme (MWh)', aliases: ['Varmeforbrug (MWh)', 'Varme MWh'], field: CONSUMPTION_KEYS.heat, kind: 'decimal' },
  { header: 'El (MWh)', aliases: ['Elforbrug (MWh)', 'El MWh'], field: CONSUMPTION_KEYS.electricity, kind: 'decimal' },
  { header: 'Vand (m³)', aliases: ['Vandforbrug (m³)', 'Vand (m3)', 'Vand m3'], field: CONSUMPTION_KEYS.water, kind: 'decimal' },
]
