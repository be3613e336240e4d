/**
 * The council's decision on a promoted scenario: its reference (sagsnummer), the decision date,
 * who promoted it and when. Kept on the scenario, so an archived plan still says how it was decided.
 */
import type { Kysely } from 'kysely'
import { dateType } from './helpers'

export async function up(db: Kysely<any>): Promise<void> {
  const date = dateType(db)
  await db.schema.alterTable('scenario').addColumn('case_reference', 'text').execute()
  await db.schema.alterTable('scenario').addColumn('decision_date', date).execute()
  await db.schema.alterTable('scenario').addColumn('promoted_at', 'text').execute()
  await db.schema.alterTable('scenario').addColumn('promoted_by', 'text').execute()
  await db.schema
    .alterTable('scenario')
    .addColumn('promoted_by_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const col of ['promoted_by_id', 'promoted_by', 'promoted_at', 'decision_date', 'case_reference']) {
    await db.schema.alterTable('scenario').dropColumn(col).execute()
  }
}
