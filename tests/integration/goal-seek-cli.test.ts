/** `npm run cli -- find-vej` as a person runs it: a child process against a demo database, text and JSON. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '#db/connection'
import { seedDemo } from '~/features/demo/demo.server'
import { measureRecord } from '~/features/import-export/interchange-schema'
import { createTestDatabaseUrl } from '../setup/test-db'
import { cli } from './cli-run'

describe('cli find-vej', () => {
  let db: { url: string; drop: () => Promise<void> }
  beforeAll(async () => {
    db = await createTestDatabaseUrl('sqlite')
    const handle = openDatabase(db.url)
    await seedDemo(handle.db)
    await handle.close()
  })
  afterAll(async () => db.drop())

  it('answers in JSON with each alternative in the interchange measure shape and the engine figures', async () => {
    const run = await cli(
      db.url,
      'find-vej',
      '--scenario',
      'Vedtaget plan',
      '--year',
      '2028',
      '--objective',
      'moves',
      '--time-limit',
      '20',
      '--json',
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const doc = JSON.parse(run.stdout)
    expect(doc.targetYear).toBe(2028)
    expect(doc.objective).toBe('fewest_people_moved')
    expect(['reached', 'unreachable']).toContain(doc.status)
    if (doc.status === 'unreachable') expect(doc.shortfall.message).toContain('Selv med alle mulige tiltag mangler')
    expect(doc.alternatives.length).toBeGreaterThanOrEqual(1)
    for (const a of doc.alternatives) {
      for (const m of a.measures) expect(measureRecord.safeParse(m).success).toBe(true)
      expect(a.measures.every((m: { status: string }) => m.status === 'proposal')).toBe(true)
      expect(a.figures.years.length).toBeGreaterThan(0)
      expect(a.check.agrees).toBe(true)
    }
  })

  it('exits 2 on wrong usage and 1 on an unknown scenario', async () => {
    const [noYear, badObjective, unknown] = await Promise.all([
      cli(db.url, 'find-vej', '--scenario', 'Vedtaget plan'),
      cli(db.url, 'find-vej', '--scenario', 'Vedtaget plan', '--year', '2027', '--objective', 'billigst'),
      cli(db.url, 'find-vej', '--scenario', 'Findes ikke', '--year', '2027'),
    ])
    expect(noYear.code).toBe(2)
    expect(noYear.stderr).toContain('Angiv målåret')
    expect(badObjective.code).toBe(2)
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('Intet scenarie hedder "Findes ikke"')
  })
})
