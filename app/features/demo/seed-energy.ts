/**
 * Energy of the Hedensted demo properties: energy label, its date, heat source and 2022–2024
 * metered consumption. ILLUSTRATIVE, like all demo data (see seed-data.ts): invented figures of a
 * plausible size (roughly 30–230 kWh heat and 25–140 kWh electricity per m²), shown with
 * "Illustrative demodata" where they appear. Sold properties stop after 2023.
 */
import type { Insertable } from 'kysely'
import type { EnergyLabel, HeatSource, PropertyConsumptionTable } from '#db/schema'

export interface DemoEnergy {
  key: string
  label: EnergyLabel | null
  labelDate: string | null
  heatSource: HeatSource
  /** [year, heat kWh, electricity kWh, water litres] */
  years: [number, number, number, number][]
}

export const demoEnergy: DemoEnergy[] = [
  {
    key: 'hedensted-raadhus',
    label: 'C',
    labelDate: '2019-05-14',
    heatSource: 'district_heating',
    years: [
      [2022, 1225800, 401200, 2950000],
      [2023, 1121700, 393200, 2980000],
      [2024, 1087000, 385200, 3009000],
    ],
  },
  {
    key: 'juelsminde-raadhus',
    label: 'D',
    labelDate: '2017-09-01',
    heatSource: 'district_heating',
    years: [
      [2022, 538700, 130200, 966000],
      [2023, 493000, 127600, 976000],
      [2024, 477700, 125000, 985000],
    ],
  },
  {
    key: 'toerring-kontor',
    label: 'B',
    labelDate: '2021-03-15',
    heatSource: 'heat_pump',
    years: [
      [2022, 74500, 85100, 388000],
      [2023, 68200, 83400, 392000],
      [2024, 66100, 81700, 396000],
    ],
  },
  {
    key: 'vesterbrogade-4b',
    label: 'E',
    labelDate: '2016-11-22',
    heatSource: 'natural_gas',
    years: [
      [2022, 81300, 20500, 140000],
      [2023, 74400, 20100, 142000],
      [2024, 72100, 19700, 143000],
    ],
  },
  {
    key: 'loesningvej-30',
    label: 'D',
    labelDate: '2018-02-07',
    heatSource: 'natural_gas',
    years: [
      [2022, 183200, 48600, 324000],
      [2023, 167600, 47600, 327000],
      [2024, 162400, 46700, 330000],
    ],
  },
  {
    key: 'vestergade-7-9',
    label: null,
    labelDate: null,
    heatSource: 'oil',
    years: [
      [2022, 171400, 28400, 216000],
      [2023, 156800, 27900, 218000],
      [2024, 152000, 27300, 220000],
    ],
  },
  {
    key: 'glud-boernehave',
    label: 'F',
    labelDate: '2015-06-30',
    heatSource: 'oil',
    years: [
      [2022, 83700, 11300, 172000],
      [2023, 76600, 11100, 174000],
    ],
  },
  {
    key: 'hornsyld-bibliotek',
    label: 'E',
    labelDate: '2016-04-12',
    heatSource: 'district_heating',
    years: [
      [2022, 86600, 20100, 92000],
      [2023, 79300, 19700, 92000],
    ],
  },
  {
    key: 'barrit-praestebolig',
    label: 'G',
    labelDate: '2014-08-19',
    heatSource: 'oil',
    years: [
      [2022, 46500, 4600, 99000],
      [2023, 42600, 4500, 100000],
    ],
  },
  {
    key: 'uldum-raadhus',
    label: 'D',
    labelDate: '2018-10-03',
    heatSource: 'district_heating',
    years: [
      [2022, 153800, 37200, 248000],
      [2023, 140700, 36500, 250000],
      [2024, 136400, 35700, 253000],
    ],
  },
  {
    key: 'toerring-villa',
    label: 'E',
    labelDate: '2017-01-26',
    heatSource: 'electricity',
    years: [
      [2022, 8100, 52800, 182000],
      [2023, 7400, 51800, 184000],
      [2024, 7100, 50700, 186000],
    ],
  },
  {
    key: 'loesning-sfo',
    label: 'C',
    labelDate: '2020-05-05',
    heatSource: 'district_heating',
    years: [
      [2022, 45800, 12600, 171000],
      [2023, 41900, 12300, 173000],
      [2024, 40600, 12100, 174000],
    ],
  },
  {
    key: 'stouby-skole',
    label: 'C',
    labelDate: '2019-11-11',
    heatSource: 'biomass',
    years: [
      [2022, 595300, 156600, 1782000],
      [2023, 544800, 153500, 1800000],
      [2024, 527900, 150300, 1818000],
    ],
  },
  {
    key: 'daugaard-materielgaard',
    label: 'E',
    labelDate: '2016-03-09',
    heatSource: 'natural_gas',
    years: [
      [2022, 322800, 109200, 1281000],
      [2023, 295400, 107000, 1294000],
      [2024, 286200, 104800, 1307000],
    ],
  },
  {
    key: 'frivillighus-hedensted',
    label: 'A2015',
    labelDate: '2022-01-20',
    heatSource: 'heat_pump',
    years: [
      [2022, 18200, 21300, 135000],
      [2023, 16600, 20900, 137000],
      [2024, 16100, 20500, 138000],
    ],
  },
]

/** A demo property's energy fields, or none. @example energyFieldsOf('stouby-skole').heatSource // 'biomass' */
export function energyFieldsOf(key: string): {
  energyLabel: EnergyLabel | null
  energyLabelDate: string | null
  heatSource: HeatSource | null
} {
  const e = demoEnergy.find((d) => d.key === key)
  return { energyLabel: e?.label ?? null, energyLabelDate: e?.labelDate ?? null, heatSource: e?.heatSource ?? null }
}

/** The consumption rows of the demo properties, given their ids by key. */
export function demoConsumptionRows(idOf: (key: string) => number, now: string): Insertable<PropertyConsumptionTable>[] {
  return demoEnergy.flatMap((e) =>
    e.years.map(([year, heatKwh, electricityKwh, waterLiters]) => ({
      propertyId: idOf(e.key),
      year,
      heatKwh,
      electricityKwh,
      waterLiters,
      createdAt: now,
      updatedAt: now,
    })),
  )
}
