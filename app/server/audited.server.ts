/**
 * Writes that keep the audit trail and optimistic versions right: insert, versioned update and
 * delete of one row, each recording the row before and after in the same transaction. Services
 * call these inside `inTransaction` instead of writing `version + 1` and `recordAudit` by hand.
 */
import type { Insertable, Updateable } from 'kysely'
import type { Database } from '#db/schema'
import { CONFLICT_MESSAGE, fail, ok, type ServiceResult } from '~/core/result'
import { recordAudit } from './audit.server'
import type { Db } from './db.server'

/** Tables whose rows have an id and a version, and the entity name the audit trail uses. */
export const AUDITED = {
  property: 'property',
  lease: 'lease',
  unit: 'unit',
  sale: 'sale',
  scenario: 'scenario',
  scenarioMeasure: 'scenario_measure',
  rotation: 'rotation',
  relocation: 'relocation',
  person: 'person',
  appUser: 'user',
  propertyConsumption: 'property_consumption',
  emissionFactor: 'emission_factor',
} as const satisfies Partial<Record<keyof Database, string>>

export type AuditedTable = keyof typeof AUDITED
type Row = Record<string, unknown> & { id: number }

// Kysely cannot type a query over a union of tables; each helper narrows to one table name
// for the builder and keeps the caller's types at its boundary.
type AnyTable = 'property'

/** Read one row as the audit trail stores it. */
export async function readRow(db: Db, table: AuditedTable, id: number): Promise<Row | undefined> {
  return (await db
    .selectFrom(table as AnyTable)
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()) as Row | undefined
}

/**
 * Insert a row and record its creation. Returns the new id.
 * @example const id = await insertAudited(trx, 'lease', values, 'Lejemål: Vesterbrogade 4B')
 */
export async function insertAudited<T extends AuditedTable>(
  db: Db,
  table: T,
  values: Insertable<Database[T]>,
  summary: string,
): Promise<number> {
  const { id } = await db
    .insertInto(table as AnyTable)
    .values(values as Insertable<Database[AnyTable]>)
    .returning('id')
    .executeTakeFirstOrThrow()
  await recordAudit(db, 'create', AUDITED[table], id, null, await readRow(db, table, id), summary)
  return id
}

/**
 * Update a row the user saw at `expectedVersion` (null: whatever the current version is), bump
 * its version and record before and after. Refused as not found or as a conflict (someone saved
 * since) without writing anything.
 * @example return updateAudited(trx, 'property', id, version, changes, input.name, 'Ejendommen findes ikke længere.')
 */
export async function updateAudited<T extends AuditedTable>(
  db: Db,
  table: T,
  id: number,
  expectedVersion: number | null,
  changes: Updateable<Database[T]>,
  summary: string,
  notFoundMessage = 'Posten findes ikke længere; den kan være slettet af en anden.',
): Promise<ServiceResult<{ id: number; before: Row; after: Row }>> {
  const before = await readRow(db, table, id)
  if (!before) return fail('not_found', notFoundMessage)
  const version = Number(before.version)
  if (expectedVersion !== null && version !== expectedVersion) return fail('conflict', CONFLICT_MESSAGE)
  const result = await db
    .updateTable(table as AnyTable)
    .set({ ...(changes as Updateable<Database[AnyTable]>), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) !== 1) return fail('conflict', CONFLICT_MESSAGE)
  const after = (await readRow(db, table, id))!
  await recordAudit(db, 'update', AUDITED[table], id, before, after, summary)
  return ok({ id, before, after })
}

/**
 * Delete a row and record what it held. Refused as not found when it is gone already.
 * @example await deleteAudited(trx, 'unit', id, unit.name)
 */
export async function deleteAudited(
  db: Db,
  table: AuditedTable,
  id: number,
  summary: string,
  notFoundMessage = 'Posten findes ikke længere.',
): Promise<ServiceResult<{ id: number; before: Row }>> {
  const before = await readRow(db, table, id)
  if (!before) return fail('not_found', notFoundMessage)
  await db
    .deleteFrom(table as AnyTable)
    .where('id', '=', id)
    .execute()
  await recordAudit(db, 'delete', AUDITED[table], id, before, null, summary)
  return ok({ id, before })
}
