/**
 * The checking half of the import: read the file, recognise which sheets hold properties and which
 * leases, and read every row with the same rules and Danish messages as the forms. Touches no
 * database (it runs in a worker thread, import-worker.server.ts): what it needs to know about the
 * register comes in as `ImportLookups`. Linear in the rows: every lookup is a Map or a Set.
 */
import { foldText } from '#db/text'
import type { RawCell } from '~/core/sheets/cells'
import { headerScore, isBlankRow, mapHeaders, type ImportIssue } from '~/core/sheets/import-spec'
import { LEASE_IMPORT } from '~/features/leases/lease-format'
import { readLeaseRow, type LeaseImportRow, type PropertyRef } from '~/features/import-export/lease-rows'
import { PROPERTY_IMPORT } from '~/features/properties/property-format'
import { readPropertyRow, type PropertyImportRow } from '~/features/import-export/property-rows'
import { readSpreadsheet, type RawSheet } from '~/features/import-export/read-file.server'
import type { DuplicateChoices, DuplicateReport, ImportPhase, SheetSummary } from '~/core/sheets/report'
import { DEFAULT_CHOICES, DuplicateTally, rowChoiceMap, snapshotSource, type RegisterSnapshot, type RegisterSource } from './duplicates'
import {
  keepPlanOnly,
  MATCH_PIECE,
  matchLeases,
  presentFields,
  propertyMatching,
  recount,
  unmatched,
  type MatchContext,
  type PlannedLease,
  type PlannedProperty,
} from './match-rows'

export type { ImportPhase, SheetSummary }
export type ProgressFn = (phase: ImportPhase, done: number, total: number) => void

/** Issues listed in full; beyond this only the count is reported (fix the first ones and check again). */
export const MAX_LISTED_ISSUES = 2000

export interface ImportPlan {
  format: 'xlsx' | 'csv' | null
  sheets: SheetSummary[]
  issues: ImportIssue[]
  issueCount: number
  properties: PlannedProperty[]
  leases: PlannedLease[]
  /** Rows that match records in the register (the register's stamp is added by the caller). */
  duplicates: Omit<DuplicateReport, 'registerStamp'>
}

/**
 * What the check needs to know about the register: every property's id and name, every lease id,
 * and (to find rows that are already there) the stored properties and leases, whole or as an
 * index with a source of stored records.
 */
export interface ImportLookups {
  properties: readonly { id: number; name: string }[]
  leaseIds: readonly number[]
  register?: RegisterSnapshot | RegisterSource
}

function classify(sheet: RawSheet): SheetSummary['kind'] {
  const p = headerScore(sheet.header, PROPERTY_IMPORT)
  const l = headerScore(sheet.header, LEASE_IMPORT)
  if (Math.max(p, l) < 3) return 'skipped'
  return l > p ? 'leases' : 'properties'
}

function fileIssue(sheet: string, message: string): ImportIssue {
  return { sheet, row: 0, column: '', value: '', message }
}

/**
 * Names → properties, as the register will look after the file's property rows are written: a
 * row that updates or skips a record stands for that record under the file's name, and one
 * created anew beside a record of the same name stands for itself.
 */
function propertyNameIndex(registered: ImportLookups['properties'], fileRows: PlannedProperty[]) {
  const byName = new Map<string, PropertyRef[]>()
  const add = (name: string, ref: PropertyRef) => {
    const refs = byName.get(name)
    if (refs) refs.push(ref)
    else byName.set(name, [ref])
  }
  const renamed = new Map(fileRows.filter((r) => r.target !== null).map((r) => [r.target!, foldText(r.input.name)]))
  // A record the user chose to create anew beside: the file's leases that name it mean the new one.
  const createdBeside = new Set(
    fileRows.filter((r) => r.action === 'create' && r.matched !== null).map((r) => `${r.matched}|${foldText(r.input.name)}`),
  )
  for (const p of registered) {
    const name = renamed.get(p.id) ?? foldText(p.name)
    if (!createdBeside.has(`${p.id}|${name}`)) add(name, { id: p.id })
  }
  for (const r of fileRows) if (r.target === null) add(foldText(r.input.name), { newKey: r.key })
  return byName
}

/** The plan being built, and how issues are added to it (counted all, listed up to MAX_LISTED_ISSUES). */
function emptyPlan(format: ImportPlan['format']) {
  const duplicates = { matched: 0, unchanged: 0, rows: [] }
  const plan: ImportPlan = { format, sheets: [], issues: [], issueCount: 0, properties: [], leases: [], duplicates }
  const report = (issues: ImportIssue[]) => {
    plan.issueCount += issues.length
    for (const i of issues) if (plan.issues.length < MAX_LISTED_ISSUES) plan.issues.push(i)
  }
  return { plan, report }
}

type Classified = { sheet: RawSheet; kind: SheetSummary['kind'] }
type Report = (issues: ImportIssue[]) => void

/** Where a lease finds its property and an Id column its lease, after the file's own properties. */
function leaseLookup(lookups: ImportLookups, fileProperties: ImportPlan['properties']) {
  const byName = propertyNameIndex(lookups.properties, fileProperties)
  const registeredIds = new Set(lookups.properties.map((p) => p.id))
  const leaseIds = new Set(lookups.leaseIds)
  return {
    propertyExists: (id: number) => registeredIds.has(id),
    propertiesNamed: (n: string) => byName.get(n) ?? [],
    leaseExists: (id: number) => leaseIds.has(id),
  }
}

/** How the file's rows meet the register: its records, the user's choices, each sheet's columns. */
function matchContext(kinds: Classified[], lookups: ImportLookups, choices: DuplicateChoices): MatchContext {
  const present = new Map(
    kinds
      .filter((k) => k.kind !== 'skipped')
      .map((k) => [k.sheet.name, presentFields(mapHeaders(k.sheet.header, k.kind === 'properties' ? PROPERTY_IMPORT : LEASE_IMPORT))]),
  )
  const given = lookups.register ?? { properties: [], leases: [] }
  const register = 'records' in given ? given : snapshotSource(given)
  return { register, choices, rowChoices: rowChoiceMap(choices), present, duplicates: new DuplicateTally() }
}

/*
 * A checked row with its plan, written out field by field: built by spreading the row and its
 * plan, a row takes about 400 bytes more in V8, and a national file has 100,000 of them.
 */
function plannedProperty(sheet: string, value: PropertyImportRow, key: string): PlannedProperty {
  const { action, target, matched, changed } = unmatched(sheet, value.id)
  const { row, id, input, consumption } = value
  return { row, id, input, consumption, sheet, action, target, matched, changed, key }
}

function plannedLease(sheet: string, value: LeaseImportRow): PlannedLease {
  const { action, target, matched, changed } = unmatched(sheet, value.id)
  const { row, id, property, input } = value
  return { row, id, property, input, sheet, action, target, matched, changed }
}

/**
 * Every row of every recognised sheet: properties first, since a lease may name a property the
 * same file creates; each kind matched to the register before the next is read. Property rows
 * with an Id column are matched a piece at a time as they are read; in a check that writes nothing
 * (`reportOnly`) each then keeps only its plan, not what it would write.
 */
async function checkSheets(
  plan: ImportPlan,
  kinds: Classified[],
  lookups: ImportLookups,
  ctx: MatchContext,
  report: Report,
  tick: () => void,
  reportOnly: boolean,
) {
  const matching = propertyMatching(ctx)
  const idRows: PlannedProperty[] = []
  const matchIdRows = async () => {
    await matching.byIds(idRows)
    if (reportOnly) idRows.forEach(keepPlanOnly)
    idRows.length = 0
  }
  for (const { sheet } of kinds.filter((k) => k.kind === 'properties')) {
    const summary = await checkSheet(
      sheet,
      'properties',
      report,
      tick,
      (cells, map, at) => {
        const r = readPropertyRow(cells, map, at)
        if (r.value) {
          const row = plannedProperty(sheet.name, r.value, `${sheet.name}!${at.row}`)
          plan.properties.push(row)
          if (row.id !== null) idRows.push(row)
        }
        return r
      },
      () => (idRows.length >= MATCH_PIECE ? matchIdRows() : undefined),
    )
    plan.sheets.push(summary)
  }
  await matchIdRows()
  // Rows without an Id once every Id row has claimed its record.
  await matching.byKeys(plan.properties)
  const leaseSheets = kinds.filter((k) => k.kind === 'leases')
  const lookup = leaseSheets.length ? leaseLookup(lookups, plan.properties) : null
  for (const { sheet } of leaseSheets) {
    const summary = await checkSheet(sheet, 'leases', report, tick, (cells, map, at) => {
      const r = readLeaseRow(cells, map, at, lookup!)
      if (r.value) plan.leases.push(plannedLease(sheet.name, r.value))
      return r
    })
    plan.sheets.push(summary)
  }
  await matchLeases(plan.leases, plan.properties, ctx)
  for (const { sheet } of kinds.filter((k) => k.kind === 'skipped'))
    plan.sheets.push({ name: sheet.name, kind: 'skipped', rows: 0, creates: 0, updates: 0, unchanged: 0, skipped: 0, unknownColumns: [] })
  plan.sheets = plan.sheets.map((s) => (s.kind === 'skipped' ? s : recount(s, s.kind === 'properties' ? plan.properties : plan.leases)))
  plan.duplicates = { matched: ctx.duplicates.matched, unchanged: ctx.duplicates.unchanged, rows: ctx.duplicates.rows() }
}

const NO_TABLE =
  'Filen har hverken ejendomme eller lejemål: første række skal have kolonneoverskrifterne fra skabelonen (fx Navn, Adresse, Postnr., By).'

/**
 * Read and check an uploaded file against the register. The plan holds the rows to write when
 * `issueCount` is 0, each with what to do (create, update, skip) under the user's `choices` for
 * rows that are already in the register. The register may come as a function, called once the file
 * is read (and has a table): a workbook's XML and the register are then never held at once.
 * `reportOnly`: the plan is for its report (counts, issues, rows already in the register); rows
 * matched by Id keep only their plan and name, not what they would write.
 * @example const plan = await checkSpreadsheet('ejendomme.xlsx', bytes, { properties: [], leaseIds: [] })
 */
export async function checkSpreadsheet(
  filename: string,
  bytes: Uint8Array,
  register: ImportLookups | (() => Promise<ImportLookups>),
  progress: ProgressFn = () => {},
  choices: DuplicateChoices = DEFAULT_CHOICES,
  { reportOnly = false }: { reportOnly?: boolean } = {},
): Promise<ImportPlan> {
  progress('read', 0, 1)
  const read = await readSpreadsheet(filename, bytes)
  const { plan, report } = emptyPlan(read.ok ? read.format : null)
  const kinds = read.ok ? read.sheets.map((sheet) => ({ sheet, kind: classify(sheet) })) : []
  progress('read', 1, 1)
  if (!read.ok || kinds.every((k) => k.kind === 'skipped')) {
    report([fileIssue(filename, read.ok ? NO_TABLE : read.message)])
    return plan
  }
  const total = kinds.reduce((n, k) => n + (k.kind === 'skipped' ? 0 : k.sheet.dataRows), 0)
  const lookups = typeof register === 'function' ? await register() : register
  let done = 0
  const tick = () => {
    if (++done % 500 === 0) progress('check', done, total)
  }
  await checkSheets(plan, kinds, lookups, matchContext(kinds, lookups, choices), report, tick, reportOnly)
  reportDuplicateIds(plan, report)
  progress('check', total, total)
  return plan
}

type RowReader = (
  cells: RawCell[],
  map: ReturnType<typeof mapHeaders>,
  ctx: { sheet: string; row: number },
) => { value?: { id: number | null }; issues: ImportIssue[] }

/**
 * One sheet's rows read and checked in order. `afterRow` may return a promise (matching a piece
 * of rows against the register), awaited before the next row is read.
 */
async function checkSheet(
  sheet: RawSheet,
  kind: 'properties' | 'leases',
  report: Report,
  tick: () => void,
  readRow: RowReader,
  afterRow: () => Promise<void> | undefined = () => undefined,
): Promise<SheetSummary> {
  const map = mapHeaders(sheet.header, kind === 'properties' ? PROPERTY_IMPORT : LEASE_IMPORT)
  const summary: SheetSummary = {
    name: sheet.name,
    kind,
    rows: 0,
    creates: 0,
    updates: 0,
    unchanged: 0,
    skipped: 0,
    unknownColumns: map.unknown,
  }
  // A row's issues are listed in the file's column order.
  const position = new Map([...map.columns].map(([field, index]) => [field.header, index]))
  if (map.missing.length) {
    report(map.missing.map((h) => fileIssue(sheet.name, `Kolonnen "${h}" mangler i første række`)))
    return summary
  }
  // One row at a time, none kept: a sheet's raw rows and its checked rows are not held at once.
  let row = 1
  for (const cells of sheet.rows()) {
    row += 1
    tick()
    if (isBlankRow(cells)) continue
    summary.rows += 1
    const r = readRow(cells, map, { sheet: sheet.name, row })
    report(r.issues.sort((a, b) => (position.get(a.column) ?? -1) - (position.get(b.column) ?? -1)))
    if (r.value) summary[r.value.id === null ? 'creates' : 'updates'] += 1
    const pending = afterRow()
    if (pending) await pending
  }
  return summary
}

/** The same Id twice in a file would update one record twice: refuse, naming both rows. */
function reportDuplicateIds(plan: ImportPlan, report: Report) {
  for (const [rows, what] of [
    [plan.properties, 'ejendom'],
    [plan.leases, 'lejemål'],
  ] as const) {
    const seen = new Map<number, number>()
    for (const r of rows as { id: number | null; row: number }[]) {
      if (r.id === null) continue
      const first = seen.get(r.id)
      if (first !== undefined)
        report([
          {
            sheet: what === 'ejendom' ? 'Ejendomme' : 'Lejemål',
            row: r.row,
            column: 'Id',
            value: String(r.id),
            message: `Samme ${what} (id ${r.id}) står også i række ${first}`,
          },
        ])
      else seen.set(r.id, r.row)
    }
  }
}
