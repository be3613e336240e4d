/**
 * Use cases for the key figures (nøgletal): a page of buildings with their figures against the
 * portfolio median and the norms, one building's figures for its property page, and the norms.
 */
import { pageSlice } from '~/core/paging'
import type Decimal from 'decimal.js'
import type { EnergyCarrier } from '#db/schema'
import {
  co2eGramsOf,
  DEFAULT_NORMS,
  flagsOf,
  KEY_FIGURE_NAMES,
  keyFiguresOf,
  medians as mediansOf,
  type KeyFigureNorms,
  type KeyFigures,
} from '~/core/key-figures'
import { CONFLICT_MESSAGE, fail, nowIso, ok, type ServiceResult } from '~/core/result'
import { recordAudit } from '~/server/audit.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import { portfolioCache } from './key-figures-cache.server'
import * as repo from './key-figures.repo.server'
import type { NormsInput } from './schemas'
import { DEFAULT_SORT, type KeyFigureSort } from './sorting'
import type { BuildingFigures, BuildingKeyFigures, BuildingRow, FigureTexts, KeptBuilding, KeyFiguresPage, PortfolioFigures } from './types'

export const NORMS_KEY = 'key_figure_norms'
export const PAGE_SIZE = 50

function figuresOf(row: BuildingRow, factors: ReadonlyMap<EnergyCarrier, number>): KeyFigures {
  const heatFactor = row.heatSource ? (factors.get(row.heatSource) ?? null) : null
  const co2eGrams = co2eGramsOf(row.heatKwh, heatFactor, row.electricityKwh, factors.get('electricity') ?? null)
  return keyFiguresOf({ ...row, co2eGrams })
}

const texts = (f: KeyFigures): FigureTexts =>
  Object.fromEntries(KEY_FIGURE_NAMES.map((name) => [name, (f[name] as Decimal | null)?.toString() ?? null])) as unknown as FigureTexts

/** The norms in force: the saved ones, or the defaults. @example (await getNorms(db)).norms.m2PerEmployee // 30 */
export async function getNorms(db: Db): Promise<{ norms: KeyFigureNorms; version: number | null }> {
  const row = await repo.getSetting(db, NORMS_KEY)
  if (!row) return { norms: DEFAULT_NORMS, version: null }
  return { norms: { ...DEFAULT_NORMS, ...(JSON.parse(row.value) as Partial<KeyFigureNorms>) }, version: row.version }
}

/**
 * Save the norms seen at `version` (none: first save); refused when someone saved since. Audited.
 * @example await saveNorms(db, { m2PerEmployee: 25, newOfficeM2PerEmployee: 18, workplacesPerEmployee: 0.8 })
 */
export function saveNorms(db: Db, { version, ...norms }: NormsInput): Promise<ServiceResult<null>> {
  return inTransaction(db, async (trx) => {
    const before = await repo.getSetting(trx, NORMS_KEY)
    const value = JSON.stringify(norms)
    const now = nowIso()
    if (!before) await repo.insertSetting(trx, NORMS_KEY, value, now)
    else if (version !== before.version || !(await repo.updateSetting(trx, NORMS_KEY, before.version, value, now)))
      return fail('conflict', CONFLICT_MESSAGE)
    const old: Record<string, unknown> = before ? { ...DEFAULT_NORMS, ...(JSON.parse(before.value) as object) } : { ...DEFAULT_NORMS }
    await recordAudit(trx, before ? 'update' : 'create', 'app_setting', NORMS_KEY, old, { ...norms }, 'Normer for nøgletal')
    return ok(null)
  })
}

/**
 * One read-only list per combination of flags, shared by every building with that combination
 * (most have none): 100,000 small lists of their own were some 12 MB of the kept figures.
 */
function sharedFlags(): (flags: string[]) => readonly string[] {
  const lists = new Map<string, readonly string[]>()
  return (flags) => {
    const key = flags.join('\n')
    let list = lists.get(key)
    if (!list) lists.set(key, (list = Object.freeze(flags.slice())))
    return list
  }
}

/** Every building's flags and sort keys, the medians and the norms: the medians need every building's figures. */
async function portfolioFigures(db: Db): Promise<PortfolioFigures> {
  const [rows, factors, { norms, version }] = await Promise.all([repo.listBuildingRows(db), repo.latestEmissionFactors(db), getNorms(db)])
  const figures = rows.map((r) => figuresOf(r, factors))
  const median = mediansOf(figures)
  const flagList = sharedFlags()
  const sortKeys = Object.fromEntries(KEY_FIGURE_NAMES.map((name) => [name, new Float64Array(rows.length)])) as PortfolioFigures['sortKeys']
  const buildings = rows.map((r, i): KeptBuilding => {
    const f = figures[i]!
    for (const name of KEY_FIGURE_NAMES) sortKeys[name][i] = f[name] === null ? NaN : Number(f[name].toString())
    // A literal of fixed shape: kept for 100,000 buildings, a spread of the row was a dictionary each.
    return {
      id: r.id,
      name: r.name,
      town: r.town,
      energyLabel: r.energyLabel,
      heatSource: r.heatSource,
      grossAreaM2: r.grossAreaM2,
      workplaces: r.workplaces,
      annualOperatingCostOre: r.annualOperatingCostOre,
      year: r.year,
      heatKwh: r.heatKwh,
      electricityKwh: r.electricityKwh,
      employees: r.employees,
      flags: flagList(flagsOf(f, median, norms)),
    }
  })
  return { buildings, sortKeys, factors, medians: texts(median), norms, version, hasEmissionFactors: factors.size > 0 }
}

/** A kept building as a page shows it: its figures made again from its row, as decimal text. */
function shown(b: KeptBuilding, factors: ReadonlyMap<EnergyCarrier, number>): BuildingFigures {
  const { id, name, town, energyLabel, year, employees, flags } = b
  return { id, name, town, energyLabel, year, employees, figures: texts(figuresOf(b, factors)), flags }
}

/** Every building's figures, computed once per data generation. */
const portfolio = portfolioCache(portfolioFigures)

/**
 * One page of buildings in the asked order with their key figures, flags, the portfolio medians
 * and the norms. The medians need every building, so all are read in one query of a dozen numbers
 * each (100.000 buildings are a few MB), computed once per data generation, and the page of 50 is
 * cut from the cached (and once-sorted) list.
 * @example const page = await getKeyFiguresPage(db, 1, { by: 'kwhPerM2', direction: 'desc' })
 */
export async function getKeyFiguresPage(db: Db, page: number, sort: KeyFigureSort = DEFAULT_SORT): Promise<KeyFiguresPage> {
  const { figures, buildings } = await portfolio.sorted(db, sort)
  const { medians, norms, version, hasEmissionFactors } = figures
  const { items, info } = pageSlice(buildings, page, PAGE_SIZE)
  return {
    buildings: items.map((b) => shown(b, figures.factors)),
    medians,
    norms,
    normsVersion: version,
    page: info.page,
    pages: info.pageCount,
    total: info.total,
    hasEmissionFactors,
    sort,
  }
}

/**
 * One building's key figures beside the medians and norms (its property page); null when it is
 * not covered (sold or gone). From the cached portfolio, so a property page costs a lookup.
 * @example await getBuildingKeyFigures(db, 7)
 */
export async function getBuildingKeyFigures(db: Db, id: number): Promise<BuildingKeyFigures | null> {
  const { figures, building } = await portfolio.building(db, id)
  return building ? { building: shown(building, figures.factors), medians: figures.medians, norms: figures.norms } : null
}
