/**
 * The heavy reads of every feature, served by one worker thread per server process (one database
 * connection, one copy of the code, the caches of all of them), composed here like the routes in
 * all-routes.ts. Routes call `compute.<feature>.<task>(…)`; see app/server/task-thread.server.ts.
 *
 * The worker's old generation is capped at 768 MB, well above the heap the national benchmark's
 * pages need in it; V8 then collects before growing its heap as far. Measured on the national
 * register after the warm-up (two scenarios and the capacity view computed): server RSS 533 MB
 * with the cap, 723 MB without it, pages as fast. Its young generation is twice a worker's
 * (WORKER_YOUNG_GENERATION_MB): a national computation's garbage, in the same CPU time.
 */
import { WORKER_YOUNG_GENERATION_MB } from '~/server/module-worker.server'
import { threadTasks } from '~/server/task-thread.server'
import { keyFiguresTasks } from './key-figures/key-figures-reads.server'
import { capacityTasks } from './relocations/capacity-reads.server'
import { scenarioTasks } from './scenarios/scenario-reads.server'
import { warmFigures } from './warm-figures.server'

export const compute = threadTasks(
  import.meta.url,
  'kk-compute',
  {
    scenario: scenarioTasks,
    capacity: capacityTasks,
    keyFigures: keyFiguresTasks,
    warm: { figures: warmFigures },
  },
  { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 2 * WORKER_YOUNG_GENERATION_MB },
)
