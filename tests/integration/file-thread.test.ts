/**
 * The register's exports written in the file worker (threadFiles, app/server/task-thread.server.ts):
 * the worker's files are the request thread's, byte for byte (CSV) and cell for cell (.xlsx), over
 * many batches; a refused grid request is still a 400 with its Danish reason before any byte; and a
 * client that leaves stops the writer, so the worker can idle and stop.
 */
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { seedDemo } from '~/features/demo/demo.server'
import { files } from '~/features/files.server'
import * as leasesCsv from '~/features/leases/routes/lejemaal.eksport'
import * as leasesXlsx from '~/features/leases/routes/lejemaal.eksport-excel'
import * as propertiesCsv from '~/features/properties/routes/ejendomme.eksport'
import * as propertiesXlsx from '~/features/properties/routes/ejendomme.eksport-excel'
import * as unitsCsv from '~/features/relocations/routes/enheder.eksport'
import * as salesCsv from '~/features/sales/routes/salg.eksport'
import * as salesXlsx from '~/features/sales/routes/salg.eksport-excel'
import { parseGridRequest } from '~/server/grid-query.server'
import { liveTaskWorkers, setComputeThreads, setTaskWorkerIdle, stopTaskWorkers } from '~/server/task-thread.server'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { call, get } from './route-call'

/** Copies of the first property under new names, so an export spans several batches (500 rows each). */
async function addProperties(h: DatabaseHandle, n: number): Promise<void> {
  const { id: _id, ...first } = await h.db.selectFrom('property').selectAll().orderBy('id').limit(1).executeTakeFirstOrThrow()
  for (let i = 0; i < n; i += 200) {
    const rows = Array.from({ length: Math.min(200, n - i) }, (_, k) => ({
      ...first,
      name: `Kopiejendom ${String(i + k).padStart(4, '0')}`,
    }))
    await h.db.insertInto('property').values(rows).execute()
  }
}

/** The same download on the request thread and in the worker. */
async function both(loader: unknown, path: string) {
  setComputeThreads(false)
  const local = await call(loader, { request: get(path) })
  setComputeThreads(true)
  const worker = await call(loader, { request: get(path) })
  return { local, worker }
}

const sortByArea = encodeURIComponent(JSON.stringify([{ colId: 'grossAreaM2', sort: 'desc' }]))

describe.each(DIALECTS)('exports written in the file worker on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    await seedDemo(h.db)
    await addProperties(h, 1_100)
    useAsAppDatabase(h)
  })
  afterAll(async () => {
    setComputeThreads(null)
    setTaskWorkerIdle(null)
    await stopTaskWorkers()
    await h.close()
  })

  it('writes every CSV byte for byte as the request thread does, over several batches', async () => {
    for (const [loader, path] of [
      [propertiesCsv.loader, `/ejendomme/eksport.csv?sort=${sortByArea}`],
      [leasesCsv.loader, '/lejemaal/eksport.csv'],
      [salesCsv.loader, '/salg/eksport.csv'],
      [unitsCsv.loader, '/enheder/eksport.csv?q=a'],
    ] as const) {
      const { local, worker } = await both(loader, path)
      expect(worker.status, path).toBe(200)
      expect(worker.headers?.get('Content-Disposition')).toBe(local.headers?.get('Content-Disposition'))
      expect(worker.body, path).toBe(local.body)
    }
    const { worker } = await both(propertiesCsv.loader, '/ejendomme/eksport.csv')
    const lines = (worker.body as string).trimEnd().split('\r\n')
    expect(lines.length).toBeGreaterThan(1_101)
    expect(lines.filter((l) => l.includes('Kopiejendom ')).length).toBe(1_100)
  })

  it('writes every .xlsx with the same cells as the request thread', async () => {
    for (const [loader, path] of [
      [propertiesXlsx.loader, `/ejendomme/eksport.xlsx?sort=${sortByArea}`],
      [leasesXlsx.loader, '/lejemaal/eksport.xlsx'],
      [salesXlsx.loader, '/salg/eksport.xlsx'],
    ] as const) {
      const { local, worker } = await both(loader, path)
      expect(worker.status, path).toBe(200)
      const sheets = await Promise.all([local, worker].map((r) => readSheet(Buffer.from(r.body as Uint8Array))))
      expect(sheets[1], path).toEqual(sheets[0])
      expect(sheets[1]!.length).toBeGreaterThan(1)
    }
  })

  it('refuses a bad grid request from the worker with the 400 and its Danish reason', async () => {
    setComputeThreads(true)
    const sort = encodeURIComponent(JSON.stringify([{ colId: 'constructor', sort: 'asc' }]))
    for (const [loader, path] of [
      [propertiesCsv.loader, `/ejendomme/eksport.csv?sort=${sort}`],
      [propertiesXlsx.loader, `/ejendomme/eksport.xlsx?sort=${sort}`],
      [leasesCsv.loader, `/lejemaal/eksport.csv?sort=${sort}`],
    ] as const) {
      const res = await call(loader, { request: get(path) })
      expect(res.status, path).toBe(400)
      expect(res.body.error).toMatch(/^Ugyldig forespørgsel til tabellen: /)
    }
  })

  it('stops writing when the client leaves, and the idle worker then stops', async () => {
    await stopTaskWorkers()
    setComputeThreads(true)
    setTaskWorkerIdle(100)
    const chunks = await files.properties.csv(parseGridRequest(new URLSearchParams()))
    const first = await chunks.next()
    expect(first.done).toBe(false)
    expect(liveTaskWorkers()).toBe(1)
    // A download in progress keeps its worker, however long the client takes for the next piece.
    await new Promise((r) => setTimeout(r, 300))
    expect(liveTaskWorkers()).toBe(1)
    await chunks.return!()
    await expect.poll(() => liveTaskWorkers(), { timeout: 5000, interval: 50 }).toBe(0)
    expect(await chunks.next()).toEqual({ done: true, value: undefined })
  })

  it('stops its worker by itself a few seconds after the last file (it keeps no caches)', async () => {
    await stopTaskWorkers()
    setComputeThreads(true)
    setTaskWorkerIdle(null)
    const chunks = await files.leases.csv(parseGridRequest(new URLSearchParams()))
    while (!(await chunks.next()).done);
    expect(liveTaskWorkers()).toBe(1)
    await expect.poll(() => liveTaskWorkers(), { timeout: 15_000, interval: 200 }).toBe(0)
  }, 30_000)
})
