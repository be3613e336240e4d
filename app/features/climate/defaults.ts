/**
 * The emission factors a new database starts with (docs/climate.md, "Default emission factors"):
 * rounded defaults for 2024, to be replaced by the local utility's declaration and the year's
 * published figures.
 */
import type { EnergyCarrier } from '#db/schema'

const STANDARD = 'Energistyrelsen, Standardfaktorer for brændsler'
const ASSUMPTIONS = 'Energistyrelsen, Forudsætninger for samfundsøkonomiske analyser på energiområdet'
const REPLACE = 'standardværdi, erstat med årets tal'

export const DEFAULT_FACTOR_YEAR = 2024

export const DEFAULT_EMISSION_FACTORS: readonly { carrier: EnergyCarrier; kg: number; sourceNote: string }[] = [
  {
    carrier: 'district_heating',
    kg: 60,
    sourceNote: `${ASSUMPTIONS} (landsgennemsnit); ${REPLACE} fra fjernvarmeværkets varmedeklaration`,
  },
  { carrier: 'natural_gas', kg: 205, sourceNote: `${STANDARD}; ${REPLACE}` },
  { carrier: 'oil', kg: 267, sourceNote: `${STANDARD} (fyringsgasolie); ${REPLACE}` },
  { carrier: 'electricity', kg: 100, sourceNote: `${ASSUMPTIONS} (gennemsnitlig el); ${REPLACE}` },
  { carrier: 'heat_pump', kg: 33, sourceNote: `Elfaktoren divideret med en årsvirkningsgrad (COP) på 3; ${REPLACE}` },
  { carrier: 'biomass', kg: 10, sourceNote: `${STANDARD} (metan og lattergas; CO2 fra biomasse tælles som 0); ${REPLACE}` },
  { carrier: 'other', kg: 205, sourceNote: `Som naturgas, så en ukendt kilde ikke regnes som ren; ${REPLACE}` },
]
