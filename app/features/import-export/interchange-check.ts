/**
 * Validates a whole portfolio file before anything is written: the field rules of each record
 * (interchange.ts) and the rules across records (unique keys, references, one sale per property,
 * one baseline, unit hierarchy without rings, relocations between two properties). Every error is reported with its path in the file,
 * e.g. `leases[3].propertyKey: ukendt ejendom 'property-99'`, so a file can be fixed in one go.
 */
import { z } from 'zod'
import {
  documentCollections,
  documentHeader,
  leaseRecord,
  measureRecord,
  propertyRecord,
  relocationRecord,
  rotationRecord,
  saleRecord,
  scenarioRecord,
  unitRecord,
  type LeaseRecord,
  type MeasureRecord,
  type PortfolioDocument,
  type RelocationRecord,
  type ScenarioRecord,
  type UnitRecord,
} from './interchange-schema'

export interface PathError {
  /** Where in the file, e.g. `scenarios[0].measures[4].leaseKey`; '' for the file itself. */
  path: string
  /** Danish. */
  message: string
}

export type CheckResult = { ok: true; doc: PortfolioDocument } | { ok: false; errors: PathError[] }

type Path = readonly PropertyKey[]
const scenarioShell = scenarioRecord.extend({ measures: z.array(z.unknown(), { error: 'skal være en liste' }) })
type ScenarioShell = z.infer<typeof scenarioShell>
type Collection = keyof typeof documentCollections

const danish = z.locales.da().localeError

/**
 * `['leases', 3, 'propertyKey']` → `leases[3].propertyKey`.
 * @example formatPath(['leases', 3, 'propertyKey']) // 'leases[3].propertyKey'
 */
export function formatPath(path: Path): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  )
}

function parse<T>(schema: z.ZodType<T>, value: unknown, at: Path, errors: PathError[]): T | null {
  const result = schema.safeParse(value, { error: danish })
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) errors.push({ path: formatPath([...at, ...issue.path, k]), message: 'ukendt felt' })
    } else {
      errors.push({ path: formatPath([...at, ...issue.path]), message: issue.message })
    }
  }
  return null
}

/** Keys of each list as written (also in records that fail their own rules, so one error does not cascade). */
function collectKeys(doc: Record<Collection, unknown[]>, errors: PathError[]): Record<Collection, Map<string, number>> {
  const keys = {} as Record<Collection, Map<string, number>>
  for (const name of Object.keys(documentCollections) as Collection[]) {
    const seen = new Map<string, number>()
    doc[name].forEach((record, i) => {
      const k = (record as { key?: unknown } | null)?.key
      if (typeof k !== 'string') return
      const first = seen.get(k)
      if (first === undefined) seen.set(k, i)
      else errors.push({ path: `${name}[${i}].key`, message: `nøglen '${k}' er allerede brugt af ${name}[${first}]` })
    })
    keys[name] = seen
  }
  return keys
}

class Checker {
  readonly errors: PathError[] = []
  private readonly salesOf = new Map<string, number>()
  private readonly scenarioNames = new Map<string, number>()
  private baselineAt: number | null = null

  constructor(private readonly keys: Record<Collection, Map<string, number>>) {}

  private error(at: Path, message: string) {
    this.errors.push({ path: formatPath(at), message })
  }

  private known(list: Collection, key: string, at: Path, what: string) {
    if (!this.keys[list].has(key)) this.error(at, `ukendt ${what} '${key}'`)
  }

  lease(l: LeaseRecord, at: Path) {
    this.known('properties', l.propertyKey, [...at, 'propertyKey'], 'ejendom')
    if (l.status !== 'active' && !l.noticeDate) this.error([...at, 'noticeDate'], 'et opsagt lejemål skal have en opsigelsesdato')
    if (l.status === 'active' && l.noticeDate) this.error([...at, 'status'], "et lejemål med opsigelsesdato kan ikke være 'active'")
    if (l.startDate && l.noticeDate && l.noticeDate < l.startDate)
      this.error([...at, 'noticeDate'], 'opsigelsesdatoen ligger før lejemålets start')
  }

  unit(u: UnitRecord, at: Path) {
    this.known('properties', u.propertyKey, [...at, 'propertyKey'], 'ejendom')
    if (u.parentKey !== null) this.known('units', u.parentKey, [...at, 'parentKey'], 'enhed')
    u.locations.forEach((l, i) => {
      const where = [...at, 'locations', i]
      this.known('properties', l.propertyKey, [...where, 'propertyKey'], 'ejendom')
      if (l.relocationKey !== null) this.known('relocations', l.relocationKey, [...where, 'relocationKey'], 'flytning')
      if (l.toDate !== null && l.toDate < l.fromDate) this.error([...where, 'toDate'], 'perioden slutter før den begynder')
    })
  }

  relocation(r: RelocationRecord, at: Path) {
    this.known('units', r.unitKey, [...at, 'unitKey'], 'enhed')
    this.known('properties', r.fromPropertyKey, [...at, 'fromPropertyKey'], 'ejendom')
    this.known('properties', r.toPropertyKey, [...at, 'toPropertyKey'], 'ejendom')
    if (r.fromPropertyKey === r.toPropertyKey) this.error([...at, 'toPropertyKey'], 'en flytning skal gå til en anden ejendom')
    if (r.rotationKey !== null) this.known('rotations', r.rotationKey, [...at, 'rotationKey'], 'rokade')
  }

  sale(s: { propertyKey: string }, at: Path, index: number) {
    this.known('properties', s.propertyKey, [...at, 'propertyKey'], 'ejendom')
    const other = this.salesOf.get(s.propertyKey)
    if (other !== undefined) this.error([...at, 'propertyKey'], `ejendommen '${s.propertyKey}' har allerede et salg i sales[${other}]`)
    else this.salesOf.set(s.propertyKey, index)
  }

  scenario(s: ScenarioShell, at: Path, index: number): ScenarioRecord {
    const sameName = this.scenarioNames.get(s.name)
    if (sameName !== undefined) this.error([...at, 'name'], `navnet '${s.name}' er allerede brugt af scenarios[${sameName}]`)
    else this.scenarioNames.set(s.name, index)
    if (s.isBaseline) {
      if (this.baselineAt !== null)
        this.error([...at, 'isBaseline'], `kun ét scenarie kan være den vedtagne plan; scenarios[${this.baselineAt}] er det allerede`)
      else this.baselineAt = index
    }
    if (s.basedOnKey !== null) this.known('scenarios', s.basedOnKey, [...at, 'basedOnKey'], 'scenarie')
    if (s.lastYear < s.firstYear) this.error([...at, 'lastYear'], 'sidste budgetår ligger før første budgetår')
    else if (s.lastYear - s.firstYear > 40) this.error([...at, 'lastYear'], 'horisonten må højst være 40 år')
    // Measures one by one, so a bad measure does not hide the checks of the others.
    const measures = s.measures.map((raw, i) => {
      const measure = parse(measureRecord, raw, [...at, 'measures', i], this.errors)
      if (measure) this.measure(measure, [...at, 'measures', i])
      return measure
    })
    return { ...s, measures: measures.filter((m): m is MeasureRecord => m !== null) }
  }

  private measure(m: MeasureRecord, at: Path) {
    switch (m.kind) {
      case 'lease_termination':
        return this.known('leases', m.leaseKey, [...at, 'leaseKey'], 'lejemål')
      case 'sale':
      case 'closure':
        return this.known('properties', m.propertyKey, [...at, 'propertyKey'], 'ejendom')
      case 'relocation':
        this.known('units', m.unitKey, [...at, 'unitKey'], 'enhed')
        this.known('properties', m.fromPropertyKey, [...at, 'fromPropertyKey'], 'ejendom')
        this.known('properties', m.toPropertyKey, [...at, 'toPropertyKey'], 'ejendom')
        if (m.fromPropertyKey === m.toPropertyKey) this.error([...at, 'toPropertyKey'], 'en flytning skal gå til en anden ejendom')
    }
  }

  /** A unit may not end up under itself. */
  unitRings(units: (UnitRecord | null)[]) {
    const parentOf = new Map<string, string | null>()
    for (const u of units) if (u) parentOf.set(u.key, u.parentKey)
    units.forEach((u, i) => {
      if (!u) return
      let current = u.parentKey
      for (let steps = 0; current !== null && steps <= units.length; steps++) {
        if (current === u.key)
          return this.error(['units', i, 'parentKey'], 'enhederne danner en ring: en enhed kan ikke ligge under sig selv')
        current = parentOf.get(current) ?? null
      }
    })
  }
}

/**
 * Check a parsed JSON value as a portfolio file; every problem with its path, or the typed document.
 * @example checkPortfolioDocument(JSON.parse(text)) // { ok: false, errors: [{ path: 'leases[3].propertyKey', message: "ukendt ejendom 'property-99'" }] }
 */
export function checkPortfolioDocument(input: unknown): CheckResult {
  const errors: PathError[] = []
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '', message: 'filen skal indeholde et JSON-objekt' }] }
  }
  const lists = Object.fromEntries(
    Object.entries(documentCollections).map(([name, schema]) => {
      const list = z.array(z.unknown(), { error: 'skal være en liste' })
      return [name, schema.safeParse(undefined).success ? list.default([]) : list]
    }),
  )
  const header = parse(z.strictObject({ ...documentHeader, ...lists }), input, [], errors) as Record<Collection, unknown[]> | null
  if (!header) return { ok: false, errors }

  const checker = new Checker(collectKeys(header, errors))
  const each = <T, R>(name: Collection, schema: z.ZodType<T>, check: (record: T, at: Path, i: number) => R): (R | null)[] =>
    header[name].map((raw, i) => {
      const record = parse(schema, raw, [name, i], checker.errors)
      return record === null ? null : check(record, [name, i], i)
    })
  const properties = each('properties', propertyRecord, (p) => p)
  const leases = each('leases', leaseRecord, (l, at) => (checker.lease(l, at), l))
  const units = each('units', unitRecord, (u, at) => (checker.unit(u, at), u))
  checker.unitRings(units)
  const sales = each('sales', saleRecord, (s, at, i) => (checker.sale(s, at, i), s))
  const rotations = each('rotations', rotationRecord, (r) => r)
  const relocations = each('relocations', relocationRecord, (r, at) => (checker.relocation(r, at), r))
  const scenarios = each('scenarios', scenarioShell, (s, at, i) => checker.scenario(s, at, i))

  errors.push(...checker.errors)
  if (errors.length) return { ok: false, errors: sortByPlace(errors, header) }
  const doc = { ...header, properties, leases, units, sales, rotations, relocations, scenarios } as unknown as PortfolioDocument
  return { ok: true, doc }
}

/** File order: by list, then record index (the order a person reads the file in). */
function sortByPlace(errors: PathError[], header: Record<Collection, unknown[]>): PathError[] {
  const order = Object.keys(header)
  const rank = (e: PathError) => {
    const m = /^(\w+)\[(\d+)\]/.exec(e.path)
    const list = m ? order.indexOf(m[1]!) : -1
    return [list, m ? Number(m[2]) : -1] as const
  }
  return errors
    .map((e, i) => ({ e, i, r: rank(e) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i)
    .map(({ e }) => e)
}
