/**
 * What a newly opened database gets: the demo portfolio when SEED_DEMO_DATA is on, the demo
 * accounts where nobody has set up users yet, and the first admin from the environment.
 * Imported once by the server entry.
 */
import { seedDemo } from '~/features/demo/demo.server'
import { countUsers, ensureFirstAdmin, seedDemoUsers } from '~/features/users-audit/users.server'
import { warmGoalSeekWorker } from '~/features/goal-seek/solver-thread.server'
import { onDatabaseOpen } from '~/server/db.server'
import { getEnv } from '~/server/env.server'

onDatabaseOpen(async (db) => {
  if (getEnv().SEED_DEMO_DATA === 'true') {
    await seedDemo(db)
    if ((await countUsers(db)) === 0) await seedDemoUsers(db)
  }
  await ensureFirstAdmin(db)
})

// HiGHS compiles its WebAssembly once per thread: start the solver's worker with the server.
warmGoalSeekWorker()
