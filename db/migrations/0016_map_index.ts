/**
 * The map reads every property in its visible box with the columns it clusters and colours by.
 * One index led by latitude (the box's range) that also holds those columns answers the box from
 * the index alone, without visiting each row: a town's view in a few milliseconds at 100,000
 * properties.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('property_map_idx')
    .on('property')
    .columns(['latitude', 'longitude', 'status', 'use', 'energy_label', 'gross_area_m2', 'id'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('property_map_idx').execute()
}
