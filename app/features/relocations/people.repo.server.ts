/**
 * Kysely queries for named people. Only app/services/people.server.ts may call the reads here:
 * it is the one place that decides who may see names.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Database, NewPerson, Person } from '#db/schema'

type Db = Kysely<Database> | Transaction<Database>

/** People of one unit, or of every unit, by name. */
export function selectPeople(db: Db, unitId?: number): Promise<(Person & { unitName: string })[]> {
  let q = db.selectFrom('person').innerJoin('unit', 'unit.id', 'person.unitId').selectAll('person').select('unit.name as unitName')
  if (unitId !== undefined) q = q.where('person.unitId', '=', unitId)
  return q.orderBy('unit.name').orderBy('person.name').orderBy('person.id').execute()
}

export function selectPerson(db: Db, id: number): Promise<Person | undefined> {
  return db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertPerson(db: Db, values: NewPerson): Promise<number> {
  const row = await db.insertInto('person').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function deletePerson(db: Db, id: number): Promise<boolean> {
  const r = await db.deleteFrom('person').where('id', '=', id).executeTakeFirst()
  return Number(r.numDeletedRows) === 1
}

/** How many named people a unit has: an aggregate anyone may see. */
export async function countPeople(db: Db, unitId: number): Promise<number> {
  const row = await db
    .selectFrom('person')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unitId', '=', unitId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
