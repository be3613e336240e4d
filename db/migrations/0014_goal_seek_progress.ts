/**
 * A running search's latest progress on its job row, so a status request answered by another app
 * server (several servers behind one load balancer) shows it too.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('goal_seek_job').addColumn('progress_json', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('goal_seek_job').dropColumn('progress_json').execute()
}
