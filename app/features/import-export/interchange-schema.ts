/**
 * The JSON interchange format for a whole portfolio (docs/interchange.md). Values are JSON-native,
 * not form text: money is integer øre in fields named `…Ore`, dates are ISO `YYYY-MM-DD`, flags are
 * booleans. Records refer to each other by `key` (unique per collection), never by database id,
 * so a file imports into an empty database. Limits follow the forms (app/schemas/property.ts,
 * lease.ts, scenario.ts); the cross-record rules (keys, references) are in interchange-check.ts.
 * docs/interchange.schema.json is generated from these schemas (`npm run cli -- schema`).
 */
import { z } from 'zod'
import {
  leaseDirectionLabels,
  leaseStatusLabels,
  leaseTermsLabels,
  ownershipLabels,
  propertyStatusLabels,
  propertyUseLabels,
  saleStatusLabels,
} from '~/core/labels'
import { CONSUMPTION_YEARS, energyLabelLabels, heatSourceLabels } from '~/core/energy'
import { relocationStatusLabels } from '~/core/relocation-labels'
import { MAX_NOTICE_MONTHS } from '~/features/leases/schemas'
import { measureStatusLabels, statusFilterLabels } from '~/features/scenarios/schemas'
import { decimal, flag, isoDate, key, oneOf, ore, ref, requiredText, text, whole } from './interchange-fields'

export const INTERCHANGE_FORMAT = 'kloge-kvadratmeter/portfolio'
export const INTERCHANGE_VERSION = 1

/** Ceiling of a yearly quantity: 10 mio. MWh or m³, in kWh or litres. */
const MAX_THOUSANDTHS = 10_000_000_000

/** Ceiling of a measure's stated yearly energy, as the measure form allows (1 mio. MWh). */
const MAX_STATED_KWH = 1_000_000_000

/** One year's metered consumption of a property; quantities in whole kWh and litres. */
export const consumptionRecord = z.strictObject({
  year: whole(CONSUMPTION_YEARS.first, CONSUMPTION_YEARS.last),
  heatKwh: whole(0, MAX_THOUSANDTHS).nullable().describe('Varme i kWh (heltal; 1.000 kWh = 1 MWh)'),
  electricityKwh: whole(0, MAX_THOUSANDTHS).nullable().describe('El i kWh (heltal)'),
  waterLiters: whole(0, MAX_THOUSANDTHS).nullable().describe('Vand i liter (heltal; 1.000 liter = 1 m³)'),
})

const consumptionList = z
  .array(consumptionRecord, { error: 'skal være en liste' })
  .default([])
  .superRefine((years, ctx) => {
    const seen = new Set<number>()
    years.forEach((y, i) => {
      if (seen.has(y.year)) ctx.addIssue({ code: 'custom', path: [i, 'year'], message: `${y.year} står mere end én gang` })
      seen.add(y.year)
    })
  })
  .describe('Forbrug pr. år; højst én post pr. år')

export const propertyRecord = z.strictObject({
  key: key('property'),
  name: requiredText(120),
  address: requiredText(160),
  postcode: z.string({ error: 'skal være tekst' }).regex(/^\d{4}$/, 'skal være fire cifre'),
  town: requiredText(80),
  ownership: oneOf(ownershipLabels),
  use: oneOf(propertyUseLabels),
  status: oneOf(propertyStatusLabels),
  grossAreaM2: whole(0, 1_000_000),
  workplaces: whole(0, 100_000),
  annualOperatingCostOre: ore('Driftsudgift pr. år'),
  annualMaintenanceOre: ore('Planlagt vedligehold pr. år'),
  maintenanceBacklogOre: ore('Vedligeholdelsesefterslæb'),
  latitude: decimal(54.5, 57.8).nullable(),
  longitude: decimal(8.0, 15.2).nullable(),
  // Added with the energy fields; absent in older files, read as none.
  energyLabel: oneOf(energyLabelLabels).nullable().default(null).describe('Energimærke; null: intet mærke'),
  energyLabelDate: isoDate('Energimærkets dato').nullable().default(null),
  heatSource: oneOf(heatSourceLabels).nullable().default(null).describe('Varmekilde; null: ikke oplyst'),
  consumption: consumptionList,
  note: text(2000),
})

export const leaseRecord = z.strictObject({
  key: key('lease'),
  propertyKey: ref('properties'),
  direction: oneOf(leaseDirectionLabels).describe("'tenant': kommunen lejer (udgift); 'landlord': kommunen udlejer (indtægt)"),
  counterparty: requiredText(160),
  annualRentOre: ore('Årlig husleje'),
  annualServiceOre: ore('Årlige serviceudgifter'),
  operatingCostPaidByMunicipality: flag('Kommunen betaler lokalernes drift'),
  startDate: isoDate('Startdato').nullable(),
  noticeMonths: whole(0, MAX_NOTICE_MONTHS),
  terms: oneOf(leaseTermsLabels),
  nonTerminableUntil: isoDate('Uopsigelig til').nullable(),
  noticeDate: isoDate('Opsigelsesdato; ophørsdatoen beregnes efter erhvervslejeloven § 64 ved indlæsning').nullable(),
  status: oneOf(leaseStatusLabels),
  note: text(2000),
})

/** Where (part of) a unit sat and when; written by relocations marked done. */
export const unitLocationRecord = z.strictObject({
  propertyKey: ref('properties'),
  headcount: decimal(0, 100_000).describe('Årsværk på ejendommen i perioden'),
  fromDate: isoDate('Første dag på ejendommen'),
  toDate: isoDate('Sidste dag på ejendommen; null: sidder der nu').nullable(),
  relocationKey: ref('relocations').nullable().describe('Flytningen, der begyndte perioden; null for enhedens placering'),
})

export const unitRecord = z.strictObject({
  key: key('unit'),
  name: requiredText(120),
  parentKey: ref('units').nullable(),
  propertyKey: ref('properties'),
  headcount: decimal(0, 100_000).describe('Årsværk; må være en brøk'),
  workplacesNeeded: whole(0, 100_000).nullable(),
  contactPerson: text(160),
  external: flag('Ekstern bruger (forening, frivillighus), der skal genhuses'),
  locatedFrom: isoDate('Placeret fra').nullable(),
  locations: z
    .array(unitLocationRecord, { error: 'skal være en liste' })
    .default([])
    .describe('Enhedens placeringshistorik; tom: enheden sidder helt på propertyKey fra locatedFrom'),
})

/** One recorded step on a sale's path (udpeget, udbudt, bud modtaget, betinget solgt, solgt, trukket tilbage). */
export const saleStepRecord = z.strictObject({
  status: oneOf(saleStatusLabels),
  fromStatus: oneOf(saleStatusLabels).nullable(),
  date: isoDate('Dato for trinnet'),
  note: text(2000),
  councilReference: text(200).nullable(),
  offeringDeadline: isoDate('Budfrist').nullable(),
  priceOre: ore('Accepteret eller opnået pris').nullable(),
  takeoverDate: isoDate('Overtagelsesdag').nullable(),
  buyer: text(160).nullable(),
})

export const bidRecord = z.strictObject({
  bidder: requiredText(160),
  amountOre: ore('Bud'),
  receivedDate: isoDate('Modtaget'),
  note: text(2000),
})

export const saleRecord = z.strictObject({
  key: key('sale'),
  propertyKey: ref('properties'),
  status: oneOf(saleStatusLabels),
  designatedDate: isoDate('Udpeget til salg').nullable(),
  councilReference: text(200),
  offeringDeadline: isoDate('Budfrist').nullable(),
  expectedPriceOre: ore('Forventet pris').nullable(),
  realisedPriceOre: ore('Opnået pris').nullable(),
  saleCostsOre: ore('Salgsomkostninger'),
  takeoverDate: isoDate('Overtagelsesdag').nullable(),
  buyer: text(160),
  note: text(2000),
  steps: z.array(saleStepRecord, { error: 'skal være en liste' }).default([]).describe('Salgsforløbets trin, ældste først'),
  bids: z.array(bidRecord, { error: 'skal være en liste' }).default([]),
})

/** A rotation (rokade): relocations planned together. */
export const rotationRecord = z.strictObject({
  key: key('rotation'),
  name: requiredText(160),
  description: text(2000),
  date: isoDate('Dato').nullable(),
})

/** A relocation (flytning) in the register; the decided plan counts decided and done ones. */
export const relocationRecord = z.strictObject({
  key: key('relocation'),
  unitKey: ref('units'),
  fromPropertyKey: ref('properties'),
  toPropertyKey: ref('properties'),
  date: isoDate('Flyttedato'),
  headcount: decimal(0, 100_000).describe('Årsværk der flytter; kan være en del af enheden'),
  status: oneOf(relocationStatusLabels),
  movingCostOre: ore('Hele flytningens udgift').nullable().describe('Hele flytningens udgift, i øre; null: scenariets sats pr. person'),
  refurbishmentOre: ore('Istandsættelse (engang)'),
  addedAnnualOperatingOre: ore('Merudgift til drift pr. år i modtagende ejendom'),
  rotationKey: ref('rotations').nullable(),
  note: text(2000),
})

const measureBase = {
  status: oneOf(measureStatusLabels),
  enabled: flag('Tiltaget er slået til i scenariet'),
  label: text(200),
  source: z
    .enum(['register', 'manual'], { error: 'skal være register eller manual' })
    .describe("'register': kopieret fra registret; 'manual': tilføjet i scenariet"),
  // Stated yearly energy replacing the derived amount (docs/climate.md); left out in older files.
  statedHeatKwh: whole(0, MAX_STATED_KWH).nullish().describe('Angivet varme pr. år i kWh (heltal); null: beregnes'),
  statedElectricityKwh: whole(0, MAX_STATED_KWH).nullish().describe('Angivet el pr. år i kWh (heltal); null: beregnes'),
}

export const measureRecord = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('lease_termination'),
      ...measureBase,
      effectDate: isoDate('Opsigelsesdato'),
      leaseKey: ref('leases'),
      endDateOverride: isoDate('Aftalt ophørsdato i stedet for den beregnede').nullable(),
    }),
    z.strictObject({
      kind: z.literal('sale'),
      ...measureBase,
      effectDate: isoDate('Overtagelsesdag'),
      propertyKey: ref('properties'),
      priceOre: ore('Pris (opnået, ellers forventet)'),
      saleCostsOre: ore('Salgsomkostninger'),
    }),
    z.strictObject({
      kind: z.literal('closure'),
      ...measureBase,
      effectDate: isoDate('Lukkedato'),
      propertyKey: ref('properties'),
      operatingCostShare: decimal(0, 1).describe('Andel af driftsudgiften der spares, 0-1 (formularen viser procent)'),
    }),
    z.strictObject({
      kind: z.literal('relocation'),
      ...measureBase,
      effectDate: isoDate('Flyttedato'),
      unitKey: ref('units'),
      fromPropertyKey: ref('properties'),
      toPropertyKey: ref('properties'),
      headcount: decimal(0.001, 100_000).describe('Årsværk der flytter'),
      refurbishmentOre: ore('Istandsættelse (engang)'),
      addedAnnualOperatingOre: ore('Merudgift til drift pr. år i modtagende ejendom'),
      movingCostOverrideOre: ore('Aftalt flytteudgift i stedet for scenariets sats').nullable(),
    }),
  ],
  { error: 'kind skal være lease_termination, sale, closure eller relocation' },
)

const year = () => whole(2000, 2100)

export const scenarioRecord = z.strictObject({
  key: key('scenario'),
  name: requiredText(120),
  description: text(2000),
  isBaseline: flag('Den vedtagne plan; højst ét scenarie'),
  archivedAt: z.iso
    .datetime({ offset: true, error: 'skal være et tidspunkt (ISO 8601)' })
    .nullable()
    .describe('Sat når scenariet er afløst som vedtaget plan'),
  basedOnKey: ref('scenarios').nullable(),
  firstYear: year(),
  lastYear: year(),
  targetAnnualOre: ore('Mål for årlig driftsbesparelse'),
  deskFactor: decimal(0.1, 2).describe('Arbejdspladser pr. årsværk (deleskrivebordsfaktor)'),
  movingCostPerPersonOre: ore('Flytteudgift pr. person'),
  countAvoidedMaintenance: flag('Medregn sparet planlagt vedligehold ved salg'),
  rentIndexationPct: decimal(-10, 20).nullable().describe('Indeksering af husleje, % pr. år'),
  statusFilter: oneOf(statusFilterLabels),
  measures: z.array(measureRecord, { error: 'skal være en liste' }),
})

/*
 * Named people (person) are not in the file: only HR may see them, and a file travels further
 * than the database. Replacing a portfolio deletes them with their units.
 */
export const documentCollections = {
  properties: z.array(propertyRecord, { error: 'skal være en liste' }),
  leases: z.array(leaseRecord, { error: 'skal være en liste' }),
  units: z.array(unitRecord, { error: 'skal være en liste' }),
  sales: z.array(saleRecord, { error: 'skal være en liste' }),
  rotations: z.array(rotationRecord, { error: 'skal være en liste' }).default([]),
  relocations: z.array(relocationRecord, { error: 'skal være en liste' }).default([]),
  scenarios: z.array(scenarioRecord, { error: 'skal være en liste' }),
}

export const documentHeader = {
  format: z.literal(INTERCHANGE_FORMAT, { error: `skal være '${INTERCHANGE_FORMAT}'` }),
  version: z.literal(INTERCHANGE_VERSION, { error: `skal være ${INTERCHANGE_VERSION}; filen er fra en anden udgave af formatet` }),
  exportedAt: z.iso.datetime({ offset: true, error: 'skal være et tidspunkt (ISO 8601)' }),
}

/** A whole portfolio file. */
export const portfolioDocument = z
  .strictObject({ ...documentHeader, ...documentCollections })
  .describe(
    'Kloge Kvadratmeter: hele porteføljen (ejendomme, lejemål, enheder, salg, rokader, flytninger, scenarier). Se docs/interchange.md.',
  )

export type PortfolioDocument = z.infer<typeof portfolioDocument>
/** A file as written: lists with a default may be left out. */
export type PortfolioInput = z.input<typeof portfolioDocument>
export type PropertyRecord = z.infer<typeof propertyRecord>
export type LeaseRecord = z.infer<typeof leaseRecord>
export type UnitRecord = z.infer<typeof unitRecord>
export type SaleRecord = z.infer<typeof saleRecord>
export type ScenarioRecord = z.infer<typeof scenarioRecord>
export type RotationRecord = z.infer<typeof rotationRecord>
export type RelocationRecord = z.infer<typeof relocationRecord>
export type MeasureRecord = z.infer<typeof measureRecord>

/**
 * The published JSON Schema (docs/interchange.schema.json), as text ending in a newline.
 * @example fs.writeFileSync('docs/interchange.schema.json', interchangeJsonSchemaText())
 */
export function interchangeJsonSchemaText(): string {
  // 'input': fields with a default (steps, bids, locations, rotations, relocations) may be left out.
  const { $schema, ...schema } = z.toJSONSchema(portfolioDocument, { target: 'draft-2020-12', io: 'input' })
  return `${JSON.stringify({ $schema, title: 'Kloge Kvadratmeter: portefølje, format version 1', ...schema }, null, 2)}\n`
}
