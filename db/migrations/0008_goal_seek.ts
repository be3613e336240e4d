/**
 * Jobs of "Find vej til målet": one row per search, so any server behind a load balancer can
 * answer the page's polling while the server that started the search runs it.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('goal_seek_job')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scenario_id', 'integer', (c) => c.notNull().references('scenario.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('options_json', 'text', (c) => c.notNull())
    .addColumn('result_json', 'text')
    .addColumn('error', 'text')
    .addColumn('time_limit_seconds', 'integer', (c) => c.notNull())
    .addColumn('user_email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute()
  await db.schema.createIndex('goal_seek_job_scenario_idx').on('goal_seek_job').columns(['scenario_id', 'started_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('goal_seek_job').execute()
}
