/**
 * The heavy reads of every feature, served by one worker thread per server process (one database
 * connection, one copy of the code, the caches of all of them), composed here like the routes in
 * all-routes.ts. Routes call `compute.<feature>.<task>(…)`; see app/server/task-thread.server.ts.
 */
import { threadTasks } from '~/server/task-thread.server'
import { keyFiguresTasks } from './key-figures/key-figures-reads.server'
import { capacityTasks } from './relocations/capacity-reads.server'
import { scenarioTasks } from './scenarios/scenario-reads.server'
import { warmFigures } from './warm-figures.server'

export const compute = threadTasks(import.meta.url, 'kk-compute', {
  scenario: scenarioTasks,
  capacity: capacityTasks,
  keyFigures: keyFiguresTasks,
  warm: { figures: warmFigures },
})
