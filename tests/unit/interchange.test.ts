/** The portfolio file's rules (app/schemas/interchange*.ts) and its published JSON Schema. */
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { interchangeJsonSchemaText, type PortfolioInput } from '~/features/import-export/interchange-schema'
import { checkPortfolioDocument, formatPath } from '~/features/import-export/interchange-check'
import { describeChanges } from '~/core/fields'
import { FIELD_REGISTRY } from '~/features/field-registry'

const SCHEMA_FILE = fileURLToPath(new URL('../../docs/interchange.schema.json', import.meta.url))

function doc(): PortfolioInput & Required<Pick<PortfolioInput, 'relocations' | 'rotations'>> {
  return {
    format: 'kloge-kvadratmeter/portfolio',
    version: 1,
    exportedAt: '2024-05-01T08:00:00.000Z',
    properties: [
      {
        key: 'p1',
        name: 'Rådhuset',
        address: 'Torvet 1',
        postcode: '8722',
        town: 'Hedensted',
        ownership: 'owned',
        use: 'administration',
        status: 'in_use',
        grossAreaM2: 1000,
        workplaces: 50,
        annualOperatingCostOre: 37_200_000,
        annualMaintenanceOre: 0,
        maintenanceBacklogOre: 0,
        latitude: null,
        longitude: null,
        note: '',
      },
      {
        key: 'p2',
        name: 'Lejemålet',
        address: 'Gaden 2',
        postcode: '8722',
        town: 'Hedensted',
        ownership: 'leased',
        use: 'administration',
        status: 'in_use',
        grossAreaM2: 400,
        workplaces: 20,
        annualOperatingCostOre: 0,
        annualMaintenanceOre: 0,
        maintenanceBacklogOre: 0,
        latitude: 55.77,
        longitude: 9.7,
        note: '',
      },
    ],
    leases: [
      {
        key: 'l1',
        propertyKey: 'p2',
        direction: 'tenant',
        counterparty: 'Udlejer A/S',
        annualRentOre: 48_000_000,
        annualServiceOre: 0,
        operatingCostPaidByMunicipality: false,
        startDate: '2015-01-01',
        noticeMonths: 3,
        terms: 'month',
        nonTerminableUntil: null,
        noticeDate: '2024-02-10',
        status: 'terminated',
        note: '',
      },
    ],
    units: [
      {
        key: 'u1',
        name: 'Forvaltningen',
        parentKey: null,
        propertyKey: 'p2',
        headcount: 12.5,
        workplacesNeeded: null,
        contactPerson: '',
        external: false,
        locatedFrom: null,
      },
      {
        key: 'u2',
        name: 'Team A',
        parentKey: 'u1',
        propertyKey: 'p2',
        headcount: 4,
        workplacesNeeded: 3,
        contactPerson: '',
        external: false,
        locatedFrom: null,
      },
    ],
    sales: [],
    rotations: [],
    relocations: [],
    scenarios: [
      {
        key: 's1',
        name: 'Vedtaget plan',
        description: '',
        isBaseline: true,
        archivedAt: null,
        basedOnKey: null,
        firstYear: 2024,
        lastYear: 2030,
        targetAnnualOre: 500_000_000,
        deskFactor: 0.8,
        movingCostPerPersonOre: 500_000,
        countAvoidedMaintenance: false,
        rentIndexationPct: null,
        statusFilter: 'all',
        measures: [
          {
            kind: 'lease_termination',
            status: 'decided',
            enabled: true,
            label: '',
            source: 'register',
            effectDate: '2024-02-10',
            leaseKey: 'l1',
            endDateOverride: null,
          },
          {
            kind: 'relocation',
            status: 'realised',
            enabled: true,
            label: 'Flyt',
            source: 'manual',
            effectDate: '2024-04-01',
            unitKey: 'u1',
            fromPropertyKey: 'p2',
            toPropertyKey: 'p1',
            headcount: 12.5,
            refurbishmentOre: 0,
            addedAnnualOperatingOre: 0,
            movingCostOverrideOre: null,
          },
        ],
      },
    ],
  }
}

const errorsOf = (value: unknown) => {
  const r = checkPortfolioDocument(value)
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`)
}

describe('portfolio file', () => {
  it('publishes a JSON Schema that matches the zod schema (run `npm run cli -- schema` when this fails)', () => {
    // Compared as JSON: the formatter (Prettier) lays the published file out its own way.
    expect(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(JSON.parse(interchangeJsonSchemaText()))
  })

  it('documents a valid example in docs/interchange.md', () => {
    const text = fs.readFileSync(fileURLToPath(new URL('../../docs/interchange.md', import.meta.url)), 'utf8')
    const example = /## Example\s+```json\n([\s\S]*?)\n```/.exec(text)?.[1]
    expect(errorsOf(JSON.parse(example ?? 'null'))).toEqual([])
  })

  it('accepts a valid file and returns it typed', () => {
    const r = checkPortfolioDocument(doc())
    expect(r.ok).toBe(true)
    expect(r.ok && r.doc.units[1]?.parentKey).toBe('u1')
  })

  it('formats paths the way a person reads them', () => {
    expect(formatPath(['scenarios', 0, 'measures', 4, 'leaseKey'])).toBe('scenarios[0].measures[4].leaseKey')
    expect(formatPath([])).toBe('')
  })

  it('stops at a file of another format or version', () => {
    expect(errorsOf([])).toEqual([': filen skal indeholde et JSON-objekt'])
    expect(errorsOf({ ...doc(), version: 2 })).toEqual(['version: skal være 1; filen er fra en anden udgave af formatet'])
    expect(errorsOf({ ...doc(), format: 'csv' })[0]).toMatch(/^format: skal være 'kloge-kvadratmeter\/portfolio'/)
  })

  it('reports field errors by path in Danish, with unknown fields named', () => {
    const d = doc() as unknown as { properties: Record<string, unknown>[]; leases: Record<string, unknown>[] }
    d.properties[0]!.postcode = '872'
    d.properties[0]!.annualOperatingCostOre = 1234.5
    d.properties[1]!.colour = 'rød'
    d.leases[0]!.noticeDate = '2024-02-30'
    expect(errorsOf(d)).toEqual([
      'properties[0].postcode: skal være fire cifre',
      'properties[0].annualOperatingCostOre: skal være et helt antal øre',
      'properties[1].colour: ukendt felt',
      'leases[0].noticeDate: skal være en gyldig dato skrevet ÅÅÅÅ-MM-DD',
    ])
  })

  it('refuses dates outside 1900-2200 (year 9999 once stored end date 0999-11-29) and control characters', () => {
    const d = doc() as unknown as { properties: Record<string, unknown>[]; leases: Record<string, unknown>[] }
    d.leases[0]!.noticeDate = '9999-12-01'
    d.leases[0]!.startDate = '1899-12-31'
    d.properties[0]!.name = 'Rådhus\u0000'
    d.properties[1]!.note = 'to\nlinjer\tmed tab'
    expect(errorsOf(d)).toEqual([
      'properties[0].name: indeholder et usynligt kontroltegn',
      'leases[0].startDate: skal ligge mellem 1900 og 2200',
      'leases[0].noticeDate: skal ligge mellem 1900 og 2200',
    ])
  })

  it("reads a portfolio import's audit row in Danish", () => {
    const changes = describeChanges(FIELD_REGISTRY.portfolio?.fields, '{"properties":12,"people":3}', '{"properties":15,"people":0}')
    expect(changes.map((c) => `${c.label}: ${c.before} → ${c.after}`)).toEqual(['Ejendomme: 12 → 15', 'Navngivne medarbejdere: 3 → 0'])
  })

  it('checks keys and references across the file without cascading from a bad record', () => {
    const d = doc()
    d.properties[1]!.postcode = 'x'
    d.units.push({ ...d.units[0]!, name: 'Dublet' })
    d.leases.push({ ...d.leases[0]!, key: 'l2', propertyKey: 'p9' })
    d.scenarios[0]!.measures.push({
      kind: 'sale',
      status: 'proposal',
      enabled: true,
      label: '',
      source: 'manual',
      effectDate: '2025-01-01',
      propertyKey: 'p7',
      priceOre: 0,
      saleCostsOre: 0,
    })
    expect(errorsOf(d)).toEqual([
      'properties[1].postcode: skal være fire cifre',
      "leases[1].propertyKey: ukendt ejendom 'p9'",
      "units[2].key: nøglen 'u1' er allerede brugt af units[0]",
      "scenarios[0].measures[2].propertyKey: ukendt ejendom 'p7'",
    ])
  })

  it('applies the lease form rules, one sale per property, one baseline and unit hierarchies without rings', () => {
    const d = doc()
    d.leases[0]!.status = 'active'
    d.units[0]!.parentKey = 'u2'
    const sale = {
      key: 'x1',
      propertyKey: 'p1',
      status: 'designated' as const,
      designatedDate: null,
      councilReference: '',
      offeringDeadline: null,
      expectedPriceOre: null,
      realisedPriceOre: null,
      saleCostsOre: 0,
      takeoverDate: null,
      buyer: '',
      note: '',
    }
    d.sales.push(sale, { ...sale, key: 'x2' })
    d.scenarios.push({ ...d.scenarios[0]!, key: 's2', basedOnKey: 's9', firstYear: 2030, lastYear: 2024, measures: [] })
    expect(errorsOf(d)).toEqual([
      "leases[0].status: et lejemål med opsigelsesdato kan ikke være 'active'",
      'units[0].parentKey: enhederne danner en ring: en enhed kan ikke ligge under sig selv',
      'units[1].parentKey: enhederne danner en ring: en enhed kan ikke ligge under sig selv',
      "sales[1].propertyKey: ejendommen 'p1' har allerede et salg i sales[0]",
      "scenarios[1].name: navnet 'Vedtaget plan' er allerede brugt af scenarios[0]",
      'scenarios[1].isBaseline: kun ét scenarie kan være den vedtagne plan; scenarios[0] er det allerede',
      "scenarios[1].basedOnKey: ukendt scenarie 's9'",
      'scenarios[1].lastYear: sidste budgetår ligger før første budgetår',
    ])
  })

  it('checks the relocation register, rotations and unit location periods', () => {
    const d = doc()
    d.rotations.push({ key: 'r1', name: 'Tættere Sammen', description: '', date: null })
    d.relocations.push(
      {
        key: 'm1',
        unitKey: 'u1',
        fromPropertyKey: 'p2',
        toPropertyKey: 'p1',
        date: '2024-04-01',
        headcount: 12.5,
        status: 'done',
        movingCostOre: null,
        refurbishmentOre: 0,
        addedAnnualOperatingOre: 0,
        rotationKey: 'r1',
        note: '',
      },
      {
        key: 'm2',
        unitKey: 'u9',
        fromPropertyKey: 'p1',
        toPropertyKey: 'p1',
        date: '2024-04-01',
        headcount: 1,
        status: 'idea',
        movingCostOre: null,
        refurbishmentOre: 0,
        addedAnnualOperatingOre: 0,
        rotationKey: 'r7',
        note: '',
      },
    )
    d.units[0]!.locations = [
      { propertyKey: 'p2', headcount: 12.5, fromDate: '2023-01-01', toDate: '2024-03-31', relocationKey: null },
      { propertyKey: 'p1', headcount: 12.5, fromDate: '2024-04-01', toDate: '2024-03-01', relocationKey: 'm3' },
    ]
    expect(errorsOf(d)).toEqual([
      "units[0].locations[1].relocationKey: ukendt flytning 'm3'",
      'units[0].locations[1].toDate: perioden slutter før den begynder',
      "relocations[1].unitKey: ukendt enhed 'u9'",
      'relocations[1].toPropertyKey: en flytning skal gå til en anden ejendom',
      "relocations[1].rotationKey: ukendt rokade 'r7'",
    ])
  })

  it('lets a hand-written file leave out the optional lists', () => {
    const { rotations: _r, relocations: _m, ...d } = doc()
    const r = checkPortfolioDocument(d)
    expect(r.ok && [r.doc.relocations, r.doc.units[0]!.locations]).toEqual([[], []])
  })

  it('refuses a relocation to the property it leaves and an unknown measure kind', () => {
    const d = doc() as unknown as { scenarios: { measures: Record<string, unknown>[] }[] }
    d.scenarios[0]!.measures[1]!.toPropertyKey = 'p2'
    d.scenarios[0]!.measures.push({ kind: 'demolition' })
    expect(errorsOf(d)).toEqual([
      'scenarios[0].measures[1].toPropertyKey: en flytning skal gå til en anden ejendom',
      'scenarios[0].measures[2].kind: kind skal være lease_termination, sale, closure eller relocation',
    ])
  })
})
