/**
 * Runs the migrations in db/migrations. They are imported statically so the same list works from
 * source (tsx, Vitest) and from the built server bundle.
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely'
import * as m0001 from './migrations/0001_register'
import * as m0002 from './migrations/0002_scenarios'
import * as m0003 from './migrations/0003_relocations'
import * as m0004 from './migrations/0004_sales'
import * as m0005 from './migrations/0005_auth'
import * as m0006 from './migrations/0006_housekeeping'
import * as m0008 from './migrations/0008_goal_seek'
import * as m0009 from './migrations/0009_decisions'
import * as m0010 from './migrations/0010_energy'
import * as m0011 from './migrations/0011_grid_indexes'
import * as m0012 from './migrations/0012_data_generation'
import * as m0013 from './migrations/0013_emission_factor_grams'
import * as m0014 from './migrations/0014_goal_seek_progress'
import * as m0016 from './migrations/0016_map_index'
import * as m0017 from './migrations/0017_national_lists'
import * as m0018 from './migrations/0018_search_index'
import * as m0019 from './migrations/0019_unit_search_text'
import * as m0020 from './migrations/0020_figures_generation'

const migrations: Record<string, Migration> = {
  '0001_register': m0001,
  '0002_scenarios': m0002,
  '0003_relocations': m0003,
  '0004_sales': m0004,
  '0005_auth': m0005,
  '0006_housekeeping': m0006,
  '0008_goal_seek': m0008,
  '0009_decisions': m0009,
  '0010_energy': m0010,
  '0011_grid_indexes': m0011,
  '0012_data_generation': m0012,
  '0013_emission_factor_grams': m0013,
  '0014_goal_seek_progress': m0014,
  '0016_map_index': m0016,
  '0017_national_lists': m0017,
  '0018_search_index': m0018,
  '0019_unit_search_text': m0019,
  '0020_figures_generation': m0020,
}

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations() {
    return migrations
  }
}

/**
 * Bring the database to the newest schema; throws with the failing migration's name.
 * @example await migrateToLatest(db)
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  // Unordered: features are built in parallel, so a lower-numbered migration may arrive after a
  // database already ran a higher one.
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(), allowUnorderedMigrations: true })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error) {
    const cause = error instanceof Error ? error.message : String(error)
    throw new Error(`Migrering ${failed?.migrationName ?? ''} fejlede: ${cause}`, { cause: error })
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
