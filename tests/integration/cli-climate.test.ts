/**
 * `savings` in plain text prints the climate figures as `--json` has them: MWh and tonnes CO2e
 * avoided per budget year and as the full-year effect, with the notes on missing factors.
 */
import type Decimal from 'decimal.js'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type DatabaseHandle } from '#db/connection'
import { formatNumberDa } from '~/core/money'
import { seedDemo } from '~/features/demo/demo.server'
import { getScenarioByName } from '~/features/scenarios/scenarios.repo.server'
import { computeScenario } from '~/features/scenarios/savings.server'
import { BASELINE_NAME } from '~/features/scenarios/scenarios.server'
import { createTestDatabaseUrl, DIALECTS } from '../setup/test-db'
import { cli } from './cli-run'

describe.each(DIALECTS)('savings climate text on %s', (dialect) => {
  let source: { url: string; drop: () => Promise<void> }
  let h: DatabaseHandle
  beforeAll(async () => {
    source = await createTestDatabaseUrl(dialect)
    h = openDatabase(source.url)
    await seedDemo(h.db)
    // Factors for two carriers only, so the other carriers' notes are printed too.
    await sql`delete from emission_factor`.execute(h.db)
    await sql`insert into emission_factor (carrier, year, co2e_grams_per_mwh, source_note, created_at, updated_at)
      values ('district_heating', 2023, 42000, 'test', 'x', 'x'), ('electricity', 2023, 110000, 'test', 'x', 'x')`.execute(h.db)
  })
  afterAll(async () => {
    await h.close()
    await source.drop()
  })

  it('prints MWh and tonnes avoided per budget year and as the full-year effect, as the JSON has them', async () => {
    const baseline = await getScenarioByName(h.db, BASELINE_NAME)
    const climate = (await computeScenario(h.db, baseline!.id))!.result.climate!
    const [text, json] = await Promise.all([
      cli(source.url, 'savings', '--scenario', BASELINE_NAME),
      cli(source.url, 'savings', '--scenario', BASELINE_NAME, '--json'),
    ])
    expect(text, text.stderr).toMatchObject({ code: 0 })
    const lines = text.stdout.split('\n')
    const cells = (label: string) =>
      lines
        .find((l) => l.trimStart().startsWith(label))!
        .trim()
        .split(/\s{2,}/)
        .slice(1)
    const one = (d: Decimal) => formatNumberDa(d, 1)
    expect(
      lines
        .find((l) => l.startsWith('Klima pr. budgetår'))!
        .split(/\s+/)
        .slice(3),
    ).toEqual([...climate.years.map((y) => String(y.year)), 'Helårseffekt'])
    expect(cells('Varme undgået (MWh)')).toEqual([...climate.years.map((y) => one(y.heatMwh)), one(climate.fullYear.heatMwh)])
    expect(cells('El undgået (MWh)')).toEqual([...climate.years.map((y) => one(y.electricityMwh)), one(climate.fullYear.electricityMwh)])
    expect(cells('CO2e undgået (tons)')).toEqual([...climate.years.map((y) => one(y.co2eTonnes)), one(climate.fullYear.co2eTonnes)])
    // The demo's adopted plan: 420,3 MWh heat and 77,8 MWh electricity a year once every measure is in effect.
    expect(text.stdout).toContain('Energi undgået, helårseffekt: 498,1 MWh')
    expect(text.stdout).toContain(`CO2e undgået, helårseffekt: ${one(climate.fullYear.co2eTonnes)} tons`)
    expect(climate.fullYear.co2eTonnes.isPositive()).toBe(true)
    expect(text.stdout).toContain('Bemærk: Der er ingen emissionsfaktor for olie; dens CO2e er regnet som 0.')

    const parsed = JSON.parse(json.stdout)
    expect(parsed.climate.fullYear.energyMwh).toBe(climate.fullYear.energyMwh.toString())
  })
})
