/**
 * The emission factor's column renamed so Kysely's CamelCasePlugin maps it both ways: the field
 * `co2eGramsPerMwh` was written as `co2e_gper_mwh` (two capitals in a row lose their underscore) while
 * the column is `co2e_g_per_mwh`, so every write failed. `co2e_grams_per_mwh` ↔ `co2eGramsPerMwh`.
 */
import type { Kysely } from 'kysely'

const TABLES = ['emission_factor', 'scenario_emission_factor'] as const

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).renameColumn('co2e_g_per_mwh', 'co2e_grams_per_mwh').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).renameColumn('co2e_grams_per_mwh', 'co2e_g_per_mwh').execute()
}
