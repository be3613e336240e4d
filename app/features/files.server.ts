/**
 * The register's large downloads (CSV and .xlsx of up to every row), written by one worker thread
 * per server process, composed here like the heavy reads in compute.server.ts. Routes answer with
 * `downloadResponse(name, type, await files.<feature>.<file>(…))`; see threadFiles in
 * app/server/task-thread.server.ts.
 *
 * The worker's old generation is capped at 128 MB, so V8 collects an export's garbage as it goes
 * instead of letting the heap grow first. Measured on 100,000 properties (RSS growth of the
 * server, the worker already started): the .xlsx export +53-63 MB with the cap, +141 MB without it
 * (+193 MB on the request thread); the CSV export +16-44 MB. Its young generation is a worker's
 * (WORKER_YOUNG_GENERATION_MB): an export's garbage is short-lived rows.
 *
 * It keeps no caches, so it stops 1 s after its last file instead of the compute worker's ten
 * minutes: idle, its thread and its copy of the server bundle held some 40-50 MB, beside whatever
 * heavy job came next (an import check started beside an export ran on for 5-8 s after it). The
 * next export starts it again (about a second); a file asked for while one is written reuses it.
 */
import { WORKER_YOUNG_GENERATION_MB } from '~/server/module-worker.server'
import { threadFiles } from '~/server/task-thread.server'
import { leaseFiles } from './leases/lease-files.server'
import { propertyFiles } from './properties/property-files.server'
import { unitFiles } from './relocations/unit-files.server'
import { saleFiles } from './sales/sale-files.server'

export const files = threadFiles(
  import.meta.url,
  'kk-files',
  { properties: propertyFiles, leases: leaseFiles, sales: saleFiles, units: unitFiles },
  { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  1_000,
)
