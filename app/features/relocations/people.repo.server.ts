/**
 * Kysely queries for named people. Only people.server.ts may call the reads here: it is the one
 * place that decides who may see names.
 */
import type { NewPerson, Person } from '#db/schema'
import type { Db } from '~/server/db.server'
import type { PersonRow } from './types'

/**
 * People of one unit, or of every unit, by unit and name.
 * @example (await selectPeople(db, 7))[0]?.unitName // 'Mestringsenheden'
 */
export function selectPeople(db: Db, unitId?: number): Promise<PersonRow[]> {
  let q = db.selectFrom('person').innerJoin('unit', 'unit.id', 'person.unitId').selectAll('person').select('unit.name as unitName')
  if (unitId !== undefined) q = q.where('person.unitId', '=', unitId)
  return q.orderBy('unit.name').orderBy('person.name').orderBy('person.id').execute()
}

/**
 * One person.
 * @example (await selectPerson(db, 2))?.unitId // 7
 */
export function selectPerson(db: Db, id: number): Promise<Person | undefined> {
  return db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst()
}

/**
 * Record a person. Returns the new id.
 * @example await insertPerson(trx, { unitId: 7, name: 'Åse Ærbødig', title: '', note: '', createdAt: now, updatedAt: now })
 */
export async function insertPerson(db: Db, values: NewPerson): Promise<number> {
  const row = await db.insertInto('person').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/**
 * Remove a person.
 * @example await deletePerson(trx, 2)
 */
export async function deletePerson(db: Db, id: number): Promise<void> {
  await db.deleteFrom('person').where('id', '=', id).execute()
}

/**
 * How many named people a unit has: an aggregate anyone may see.
 * @example await countPeople(db, 7) // 1
 */
export async function countPeople(db: Db, unitId: number): Promise<number> {
  const row = await db
    .selectFrom('person')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unitId', '=', unitId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
