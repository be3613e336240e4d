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
  intent: 'save', name, address: 'Matrixvej 1', postcode: '8722', town: 'Hedensted', ownership: 'owned', use: 'other', status: 'in_use',
  grossAreaM2: '100', workplaces: '0', annualOperatingCostOre: '1.000,00', annualMaintenanceOre: '0', maintenanceBacklogOre: '0', note: '',
})

async function freshProperty(admin: string, name: string): Promise<number> {
  const res = await postForm('/ejendomme/ny', property(name), admin)
  const id = Number(/\/ejendomme\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1])
  if (!id) throw new Error(`Kunne ikke oprette ejendom til testen (status ${res.status})`)
  return id
}

const lease = (propertyId: number, counterparty: string) => ({
  intent: 'save', propertyId: String(propertyId), direction: 'tenant', counterparty, annualRentOre: '100.000', annualServiceOre: '0',
  startDate: '01.01.2020', noticeMonths: '3', terms: 'month', nonTerminableUntil: '', noticeDate: '', status: 'active', note: '',
})

const lastId = (table: string) => queryOne<{ id: number }>(`select max(id) as id from ${table}`).id
const baselineId = () => queryOne<{ id: number }>('select id from scenario where is_baseline = 1').id
const versionOf = (table: string, id: number) => String(queryOne<{ version: number }>(`select version from ${table} where id = ?`, id).version)

export const mutationFixtures: Record<string, MutationFixture[]> = {
  '/ejendomme/ny': [{ name: 'opret', prepare: async () => ({ path: '/ejendomme/ny', fields: property('Matrix ny') }) }],
  '/ejendomme/:id': [
    { name: 'gem', prepare: async (a) => { const id = await freshProperty(a, 'Matrix gem'); return { path: `/ejendomme/${id}`, fields: { ...property('Matrix gemt'), version: versionOf('property', id) } } } },
    { name: 'slet', prepare: async (a) => ({ path: `/ejendomme/${await freshProperty(a, 'Matrix slet')}`, fields: { intent: 'delete' } }) },
  ],
  '/lejemaal/ny': [{ name: 'opret', prepare: async (a) => ({ path: '/lejemaal/ny', fields: lease(await freshProperty(a, 'Matrix lejemål'), 'Matrix udlejer') }) }],
  '/lejemaal/:id': [
    { name: 'gem', prepare: async (a) => {
      const pid = await freshProperty(a, 'Matrix lejemål 2')
      await postForm('/lejemaal/ny', lease(pid, 'Matrix udlejer 2'), a)
      const id = lastId('lease')
      return { path: `/lejemaal/${id}`, fields: { ...lease(pid, 'Matrix udlejer 3'), version: versionOf('lease', id) } }
    } },
  ],
  '/scenarier': [{ name: 'opret', prepare: async () => ({ path: '/scenarier', fields: { name: `Matrix ${Date.now()}-${Math.random()}`, description: '', basedOnId: String(baselineId()) } }) }],
  '/scenarier/:id': [
    { name: 'slå tiltag fra', prepare: async () => {
      const m = queryOne<{ id: number; enabled: number }>('select id, enabled from scenario_measure where scenario_id = ? order by id limit 1', baselineId())
      return { path: `/scenarier/${baselineId()}`, fields: { intent: 'toggle', measureId: String(m.id), enabled: m.enabled ? '0' : '1' } }
    } },
  ],
  '/brugere': [{ name: 'opret bruger', prepare: async () => ({ path: '/brugere', fields: { intent: 'create', email: `matrix${Date.now()}${Math.floor(Math.random() * 1e6)}@hedensted.demo`, name: 'Matrix', role: 'udvalg' } }) }],
  '/adgangskode': [{ name: 'forkert nuværende kode', changes: false, prepare: async () => ({ path: '/adgangskode', fields: { current: 'forkert', password: 'ny-adgangskode-123', repeat: 'ny-adgangskode-123' } }) }],
}
