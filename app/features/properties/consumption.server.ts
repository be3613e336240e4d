/**
 * Use cases for a property's yearly consumption: record a year, correct it, delete it. Each write
 * runs in one transaction and is audited as 'property_consumption', so the property's history
 * shows it.
 */
import type { AuditEntry } from '#db/schema'
import { fail, nowIso, ok, type ServiceResult } from '~/core/result'
import { deleteAudited, insertAudited, updateAudited } from '~/server/audited.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import * as repo from './consumption.repo.server'
import type { ConsumptionInput } from './schemas'
import type { ConsumptionYear, PropertyConsumption } from './types'

const GONE = 'Forbrugsåret findes ikke længere; det kan være slettet af en anden.'

function yearTaken(year: number): ServiceResult<never> {
  return fail('invalid', `Der er allerede registreret forbrug for ${year}. Ret det år i tabellen i stedet.`, {
    year: [`${year} er allerede registreret`],
  })
}

/**
 * Record a year's consumption of a property, or correct an existing row (with its version).
 * @example await saveConsumption(db, 7, { year: 2023, heatKwh: 123500, electricityKwh: null, waterLiters: null })
 */
export function saveConsumption(db: Db, propertyId: number, input: ConsumptionInput): Promise<ServiceResult> {
  const { consumptionId, version, ...values } = input
  return inTransaction(db, async (trx) => {
    const name = await repo.propertyName(trx, propertyId)
    if (name === undefined) return fail('not_found', 'Ejendommen findes ikke længere.')
    const sameYear = await repo.findConsumptionYear(trx, propertyId, values.year)
    if (sameYear && sameYear.id !== consumptionId) return yearTaken(values.year)
    const summary = `${name}: forbrug ${values.year}`
    const now = nowIso()
    if (consumptionId === undefined) {
      const id = await insertAudited(trx, 'propertyConsumption', { ...values, propertyId, createdAt: now, updatedAt: now }, summary)
      return ok({ id })
    }
    const current = await repo.getConsumption(trx, consumptionId)
    if (!current || current.propertyId !== propertyId) return fail('not_found', GONE)
    const saved = await updateAudited(
      trx,
      'propertyConsumption',
      consumptionId,
      version ?? null,
      { ...values, updatedAt: now },
      summary,
      GONE,
    )
    return saved.ok ? ok({ id: consumptionId }) : saved
  })
}

/** Delete one year's consumption of a property. @example await removeConsumption(db, 7, 3) */
export function removeConsumption(db: Db, propertyId: number, consumptionId: number): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await repo.getConsumption(trx, consumptionId)
    if (!current || current.propertyId !== propertyId) return fail('not_found', GONE)
    const name = (await repo.propertyName(trx, propertyId)) ?? ''
    const deleted = await deleteAudited(trx, 'propertyConsumption', consumptionId, `${name}: forbrug ${current.year}`, GONE)
    return deleted.ok ? ok({ id: consumptionId }) : deleted
  })
}

/** A property's consumption, newest year first. @example await listConsumption(db, 7) */
export function listConsumption(db: Db, propertyId: number): Promise<PropertyConsumption[]> {
  return repo.listConsumption(db, propertyId)
}

/** Every consumption row, by property and year (the portfolio file). @example await listAllConsumption(trx) */
export function listAllConsumption(db: Db): Promise<PropertyConsumption[]> {
  return repo.listAllConsumption(db)
}

/**
 * Write the consumption years of imported properties inside the caller's transaction; the caller
 * audits the file as a whole. @example await createImportedConsumption(trx, [{ propertyId: 7, years: [{ year: 2023, … }] }])
 */
export async function createImportedConsumption(
  db: Db,
  items: readonly { propertyId: number; years: readonly ConsumptionYear[] }[],
): Promise<number> {
  const now = nowIso()
  const rows = items.flatMap(({ propertyId, years }) => years.map((y) => ({ ...y, propertyId, createdAt: now, updatedAt: now })))
  await repo.insertConsumptionRows(db, rows)
  return rows.length
}

/** The audit rows of a property's consumption, newest first. @example await consumptionHistory(db, 7) */
export function consumptionHistory(db: Db, propertyId: number): Promise<AuditEntry[]> {
  return repo.consumptionHistory(db, propertyId)
}

const yearOf = (c: PropertyConsumption | undefined): ConsumptionYear | null =>
  c ? { year: c.year, heatKwh: c.heatKwh, electricityKwh: c.electricityKwh, waterLiters: c.waterLiters } : null

/**
 * Batches of properties, each with its latest consumption year (the register's CSV and Excel
 * exports): one query per batch, so an export of 100,000 properties stays streamed.
 * @example csvResponse('ejendomme.csv', headers, withLatestConsumption(db, streamProperties(db, req)), …)
 */
export async function* withLatestConsumption<P extends { id: number }>(
  db: Db,
  batches: AsyncIterable<P[]>,
): AsyncGenerator<(P & { consumption: ConsumptionYear | null })[]> {
  for await (const batch of batches) {
    const latest = await repo.latestConsumptionOf(
      db,
      batch.map((p) => p.id),
    )
    yield batch.map((p) => ({ ...p, consumption: yearOf(latest.get(p.id)) }))
  }
}

/**
 * The recorded years of every property, or of the given ones, by property id (the register import
 * compares a file's year with them).
 * @example (await consumptionByProperty(db, [7])).get(7) // [{ year: 2024, heatKwh: 120000, … }]
 */
export async function consumptionByProperty(db: Db, propertyIds?: readonly number[]): Promise<Map<number, ConsumptionYear[]>> {
  const byProperty = new Map<number, ConsumptionYear[]>()
  const rows = propertyIds ? await repo.listConsumptionOf(db, propertyIds) : await repo.listAllConsumption(db)
  for (const row of rows) {
    const list = byProperty.get(row.propertyId)
    if (list) list.push(yearOf(row)!)
    else byProperty.set(row.propertyId, [yearOf(row)!])
  }
  return byProperty
}

/**
 * Write the consumption years of an imported file inside the caller's transaction: a year not yet
 * recorded is added, a recorded one is overwritten; each write audited like one from the property
 * page. Returns how many rows were written.
 * @example await saveImportedConsumption(trx, [{ propertyId: 7, year: { year: 2024, heatKwh: 120000, … } }], 'import af ejendomme.csv')
 */
export async function saveImportedConsumption(
  db: Db,
  items: readonly { propertyId: number; name: string; year: ConsumptionYear }[],
  source: string,
): Promise<ServiceResult<{ written: number }>> {
  const now = nowIso()
  let written = 0
  for (const { propertyId, name, year } of items) {
    const summary = `${name}: forbrug ${year.year} (${source})`
    const current = await repo.consumptionOfYear(db, propertyId, year.year)
    if (!current) await insertAudited(db, 'propertyConsumption', { ...year, propertyId, createdAt: now, updatedAt: now }, summary)
    else {
      const { year: _y, ...values } = year
      const saved = await updateAudited(
        db,
        'propertyConsumption',
        current.id,
        current.version,
        { ...values, updatedAt: now },
        summary,
        GONE,
      )
      if (!saved.ok) return saved
    }
    written++
  }
  return ok({ written })
}
