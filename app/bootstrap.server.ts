/**
 * What a newly opened database gets: the demo portfolio when SEED_DEMO_DATA is on and the database
 * is empty, the demo accounts only together with that demo portfolio (never in a database holding
 * other data, which the README's passwords would then open), and otherwise a first admin with a
 * one-time password when there are no users. Imported once by the server entry.
 */
import { isMainThread } from 'node:worker_threads'
import { seedDefaultEmissionFactors } from '~/features/climate/climate.server'
import { seedDemo } from '~/features/demo/demo.server'
import { ensureFirstAdmin, seedDemoUsersWithDemo } from '~/features/users-audit/users.server'
import { compute } from '~/features/compute.server'
import { worthComputingAhead } from '~/features/warm-figures.server'
import { afterEachChange } from '~/server/after-change.server'
import { getDb, onDatabaseOpen } from '~/server/db.server'
import { getEnv } from '~/server/env.server'
import { threadsOn } from '~/server/task-thread.server'

onDatabaseOpen(async (db) => {
  if (getEnv().SEED_DEMO_DATA === 'true') await seedDemoUsersWithDemo(db, await seedDemo(db))
  await ensureFirstAdmin(db)
  // The documented default emission factors (docs/climate.md), once per database.
  await seedDefaultEmissionFactors(db)
})

// The scenario list's figures, the adopted plan and the capacity page's first view, computed in
// the compute worker after start and after each change, so the pages find them ready
// (app/features/warm-figures.server.ts). Only where heavy reads run off the request thread, and
// only for a register large enough for it to pay.
// The worker threads load this bundle too: only the request thread polls.
if (isMainThread && threadsOn())
  afterEachChange(async () => {
    if (await worthComputingAhead(await getDb())) await compute.warm.figures(12)
  })
