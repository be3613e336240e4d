/**
 * For every route with an action: a request that succeeds for an allowed role. `prepare` may
 * create what the request needs (as admin) so every attempt starts from a fresh target.
 */
import { postForm, queryOne } from './http'

export interface MutationFixture {
  name: string
  prepare: (adminCookie: string) => Promise<{ path: string; fields: Record<string, string> }>
  /** False when a successful request legitimately stores nothing. */
  changes?: boolean
}

const property = (name: string) => ({
  intent: 'save',
  name,
  address: 'Matrixvej 1',
  postcode: '8722',
  town: 'Hedensted',
  ownership: 'owned',
  use: 'other',
  status: 'in_use',
  grossAreaM2: '100',
  workplaces: '0',
  annualOperatingCostOre: '1.000,00',
  annualMaintenanceOre: '0',
  maintenanceBacklogOre: '0',
  note: '',
})

async function freshProperty(admin: string, name: string): Promise<number> {
  const res = await postForm('/ejendomme/ny', property(name), admin)
  const id = Number(/\/ejendomme\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1])
  if (!id) throw new Error(`Kunne ikke oprette ejendom til testen (status ${res.status})`)
  return id
}

const lease = (propertyId: number, counterparty: string) => ({
  intent: 'save',
  propertyId: String(propertyId),
  direction: 'tenant',
  counterparty,
  annualRentOre: '100.000',
  annualServiceOre: '0',
  startDate: '01.01.2020',
  noticeMonths: '3',
  terms: 'month',
  nonTerminableUntil: '',
  noticeDate: '',
  status: 'active',
  note: '',
})

const lastId = (table: string) => queryOne<{ id: number }>(`select max(id) as id from ${table}`).id
const baselineId = () => queryOne<{ id: number }>('select id from scenario where is_baseline = 1').id
const versionOf = (table: string, id: number) =>
  String(queryOne<{ version: number }>(`select version from ${table} where id = ?`, id).version)

const proposalsId = () => queryOne<{ id: number }>("select id from scenario where name = 'Yderligere tiltag (forslag)'").id
const propertyIdNamed = (name: string) => queryOne<{ id: number }>('select id from property where name = ?', name).id
const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`

const unit = (name: string) => ({
  intent: 'save',
  name,
  parentId: '',
  propertyId: String(propertyIdNamed('Hedensted Rådhus')),
  headcount: '3',
  workplacesNeeded: '',
  contactPerson: '',
  locatedFrom: '01.01.2024',
})

async function freshUnit(admin: string): Promise<number> {
  const res = await postForm('/enheder/ny', unit(`Matrix enhed ${unique()}`), admin)
  const id = Number(/\/enheder\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1])
  if (!id) throw new Error(`Kunne ikke oprette enhed til testen (status ${res.status})`)
  return id
}

const relocation = (unitId: number) => ({
  intent: 'save',
  unitId: String(unitId),
  fromPropertyId: String(propertyIdNamed('Hedensted Rådhus')),
  toPropertyId: String(propertyIdNamed('Juelsminde Rådhus')),
  date: '01.03.2026',
  headcount: '3',
  status: 'idea',
  movingCostOre: '',
  refurbishmentOre: '',
  addedAnnualOperatingOre: '',
  rotationId: '',
  note: '',
  acceptWarnings: 'on',
})

async function freshRelocation(admin: string): Promise<number> {
  const res = await postForm('/flytninger/ny', relocation(await freshUnit(admin)), admin)
  const id = Number(/\/flytninger\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1])
  if (!id) throw new Error(`Kunne ikke oprette flytning til testen (status ${res.status})`)
  return id
}

async function freshRotation(admin: string): Promise<number> {
  const res = await postForm('/flytninger', { intent: 'rotation', name: `Matrix rokade ${unique()}`, description: '', date: '' }, admin)
  const id = Number(/\/flytninger\/rokader\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1])
  if (!id) throw new Error(`Kunne ikke oprette rokade til testen (status ${res.status})`)
  return id
}

export const mutationFixtures: Record<string, MutationFixture[]> = {
  '/ejendomme/ny': [{ name: 'opret', prepare: async () => ({ path: '/ejendomme/ny', fields: property('Matrix ny') }) }],
  '/ejendomme/:id': [
    {
      name: 'gem',
      prepare: async (a) => {
        const id = await freshProperty(a, 'Matrix gem')
        return { path: `/ejendomme/${id}`, fields: { ...property('Matrix gemt'), version: versionOf('property', id) } }
      },
    },
    { name: 'slet', prepare: async (a) => ({ path: `/ejendomme/${await freshProperty(a, 'Matrix slet')}`, fields: { intent: 'delete' } }) },
    {
      name: 'forbrug',
      prepare: async (a) => ({
        path: `/ejendomme/${await freshProperty(a, 'Matrix forbrug')}`,
        fields: { intent: 'consumption', year: '2023', heatKwh: '123,5', electricityKwh: '', waterLiters: '' },
      }),
    },
  ],
  '/lejemaal/ny': [
    {
      name: 'opret',
      prepare: async (a) => ({ path: '/lejemaal/ny', fields: lease(await freshProperty(a, 'Matrix lejemål'), 'Matrix udlejer') }),
    },
  ],
  '/lejemaal/:id': [
    {
      name: 'gem',
      prepare: async (a) => {
        const pid = await freshProperty(a, 'Matrix lejemål 2')
        await postForm('/lejemaal/ny', lease(pid, 'Matrix udlejer 2'), a)
        const id = lastId('lease')
        return { path: `/lejemaal/${id}`, fields: { ...lease(pid, 'Matrix udlejer 3'), version: versionOf('lease', id) } }
      },
    },
  ],
  '/scenarier': [
    {
      name: 'opret',
      prepare: async () => ({
        path: '/scenarier',
        fields: { name: `Matrix ${Date.now()}-${Math.random()}`, description: '', basedOnId: String(baselineId()) },
      }),
    },
  ],
  '/scenarier/:id': [
    {
      name: 'slå tiltag fra',
      prepare: async () => {
        const m = queryOne<{ id: number; enabled: number }>(
          'select id, enabled from scenario_measure where scenario_id = ? order by id limit 1',
          baselineId(),
        )
        return { path: `/scenarier/${baselineId()}`, fields: { intent: 'toggle', measureId: String(m.id), enabled: m.enabled ? '0' : '1' } }
      },
    },
    {
      name: 'angiv energi på tiltag',
      prepare: async () => {
        const m = queryOne<{ id: number }>('select id from scenario_measure where scenario_id = ? order by id limit 1', baselineId())
        // A new amount each attempt, so every allowed request changes the row.
        const mwh = `${Math.floor(Math.random() * 1e6)},5`
        return {
          path: `/scenarier/${baselineId()}`,
          fields: { intent: 'stated', measureId: String(m.id), statedHeatKwh: mwh, statedElectricityKwh: '' },
        }
      },
    },
  ],
  '/enheder/ny': [{ name: 'opret', prepare: async () => ({ path: '/enheder/ny', fields: unit(`Matrix ny enhed ${unique()}`) }) }],
  '/enheder/:id': [
    {
      name: 'gem',
      prepare: async (a) => {
        const id = await freshUnit(a)
        return { path: `/enheder/${id}`, fields: { ...unit('Matrix enhed gemt'), version: versionOf('unit', id) } }
      },
    },
    {
      name: 'tilføj medarbejder',
      prepare: async (a) => ({
        path: `/enheder/${await freshUnit(a)}`,
        fields: { intent: 'add-person', name: 'Matrix Person', title: '', note: '' },
      }),
    },
    { name: 'slet', prepare: async (a) => ({ path: `/enheder/${await freshUnit(a)}`, fields: { intent: 'delete' } }) },
  ],
  '/flytninger': [
    {
      name: 'opret rokade',
      prepare: async () => ({
        path: '/flytninger',
        fields: { intent: 'rotation', name: `Matrix rokade ${unique()}`, description: '', date: '' },
      }),
    },
  ],
  '/flytninger/ny': [{ name: 'planlæg', prepare: async (a) => ({ path: '/flytninger/ny', fields: relocation(await freshUnit(a)) }) }],
  '/flytninger/:id': [
    {
      name: 'gem',
      prepare: async (a) => {
        const id = await freshRelocation(a)
        const unitId = queryOne<{ unitId: number }>('select unit_id as unitId from relocation where id = ?', id).unitId
        return { path: `/flytninger/${id}`, fields: { ...relocation(unitId), status: 'planned', version: versionOf('relocation', id) } }
      },
    },
    {
      name: 'markér gennemført',
      prepare: async (a) => {
        const id = await freshRelocation(a)
        return { path: `/flytninger/${id}`, fields: { intent: 'done', version: versionOf('relocation', id), acceptWarnings: 'on' } }
      },
    },
    { name: 'slet', prepare: async (a) => ({ path: `/flytninger/${await freshRelocation(a)}`, fields: { intent: 'delete' } }) },
  ],
  '/flytninger/rokader/:id': [
    {
      name: 'gem',
      prepare: async (a) => {
        const id = await freshRotation(a)
        return {
          path: `/flytninger/rokader/${id}`,
          fields: { intent: 'rotation', name: `Matrix rokade ${unique()}`, description: 'x', date: '', version: versionOf('rotation', id) },
        }
      },
    },
  ],
  '/salg/ny': [
    {
      name: 'udpeg',
      prepare: async (a) => ({
        path: '/salg/ny',
        fields: {
          propertyId: String(await freshProperty(a, `Matrix salg ${unique()}`)),
          date: '01.02.2025',
          councilReference: 'Byrådet, matrix',
          expectedPriceOre: '1.000.000',
          saleCostsOre: '0',
          note: '',
        },
      }),
    },
  ],
  '/salg/:id': [
    {
      name: 'registrér trin',
      prepare: async (a) => {
        await postForm(
          '/salg/ny',
          {
            propertyId: String(await freshProperty(a, `Matrix salg ${unique()}`)),
            date: '01.02.2025',
            councilReference: 'Byrådet, matrix',
            expectedPriceOre: '',
            saleCostsOre: '',
            note: '',
          },
          a,
        )
        const id = lastId('sale')
        return {
          path: `/salg/${id}`,
          fields: { intent: 'step', version: versionOf('sale', id), status: 'offered', date: '01.03.2025', offeringDeadline: '01.04.2025' },
        }
      },
    },
    {
      name: 'gem oplysninger',
      prepare: async (a) => {
        await postForm(
          '/salg/ny',
          {
            propertyId: String(await freshProperty(a, `Matrix salg ${unique()}`)),
            date: '01.02.2025',
            councilReference: 'Byrådet, matrix',
            expectedPriceOre: '',
            saleCostsOre: '',
            note: '',
          },
          a,
        )
        const id = lastId('sale')
        return {
          path: `/salg/${id}`,
          fields: {
            intent: 'details',
            version: versionOf('sale', id),
            expectedPriceOre: '2.000.000',
            saleCostsOre: '10.000',
            note: 'matrix',
          },
        }
      },
    },
  ],
  '/import': [{ name: 'kontrollér uden fil', changes: false, prepare: async () => ({ path: '/import', fields: { mode: 'check' } }) }],
  '/import/kontrol': [
    { name: 'kontrollér uden fil', changes: false, prepare: async () => ({ path: '/import/kontrol', fields: { mode: 'check' } }) },
  ],
  '/brugere': [
    {
      name: 'opret bruger',
      prepare: async () => ({
        path: '/brugere',
        fields: {
          intent: 'create',
          email: `matrix${Date.now()}${Math.floor(Math.random() * 1e6)}@hedensted.demo`,
          name: 'Matrix',
          role: 'udvalg',
        },
      }),
    },
  ],
  '/adgangskode': [
    {
      name: 'forkert nuværende kode',
      changes: false,
      prepare: async () => ({
        path: '/adgangskode',
        fields: { current: 'forkert', password: 'ny-adgangskode-123', repeat: 'ny-adgangskode-123' },
      }),
    },
  ],
  // The committee's review, sync and goal-seek pages: an allowed role reaches the action (which
  // answers; a refusal of the input is fine here), every other role is stopped before it.
  '/scenarier/:id/fremlaeg': [
    {
      name: 'fremlæg uden sagsnummer',
      changes: false,
      prepare: async () => ({
        path: `/scenarier/${proposalsId()}/fremlaeg`,
        fields: { intent: 'promote', caseReference: '', decisionDate: '' },
      }),
    },
  ],
  '/scenarier/:id/opdater': [
    {
      name: 'opdater fra registret',
      changes: false,
      prepare: async () => ({ path: `/scenarier/${proposalsId()}/opdater`, fields: { intent: 'sync' } }),
    },
  ],
  '/scenarier/:id/find-vej': [
    {
      name: 'find vej med ugyldigt år',
      changes: false,
      prepare: async () => ({ path: `/scenarier/${proposalsId()}/find-vej`, fields: { intent: 'search', targetYear: 'abc' } }),
    },
  ],
  '/noegletal': [
    {
      name: 'normer',
      prepare: async () => {
        const saved = queryOne<{ version: number } | undefined>("select version from app_setting where key = 'key_figure_norms'")
        const fields = { intent: 'norms', m2PerEmployee: '30', newOfficeM2PerEmployee: '20', workplacesPerEmployee: '0,75' }
        return { path: '/noegletal', fields: saved ? { ...fields, version: String(saved.version) } : fields }
      },
    },
  ],
  // Climate (issue 15): an admin sets the factor of a carrier and a year no other test uses.
  '/indstillinger/emissionsfaktorer': [
    {
      name: 'gem emissionsfaktor',
      prepare: async () => ({
        path: '/indstillinger/emissionsfaktorer',
        fields: {
          intent: 'save',
          carrier: 'biomass',
          year: String(1990 + Math.floor(Math.random() * 100)),
          kgPerMwh: '9,5',
          sourceNote: 'Matrix',
        },
      }),
    },
  ],
}
