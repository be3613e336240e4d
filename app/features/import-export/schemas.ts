/**
 * The import form's fields besides the file: the file-wide choice for rows already in the
 * register (`dubletter`), the per-row choices (`valg`, JSON) and the register stamp the check saw
 * (`stempel`). Shared by the page (which sends them) and the routes (which read them).
 */
import { z } from 'zod'
import type { DuplicateChoices } from '~/core/sheets/report'

const action = z.enum(['update', 'create', 'skip'])
const policy = z.enum(['auto', 'update', 'create', 'skip'])
const rowChoices = z.array(z.object({ sheet: z.string().max(200), row: z.number().int().min(1), action })).max(200_000)

export const DUPLICATE_FIELDS = { policy: 'dubletter', rows: 'valg', stamp: 'stempel' } as const

/**
 * The choices and stamp a request carries; anything malformed falls back to the defaults (skip
 * unchanged rows, update changed ones), which never writes more than the file says.
 * @example readImportOptions(new Map([['dubletter', 'skip']])) // { choices: { policy: 'skip', rows: [] } }
 */
export function readImportOptions(fields: ReadonlyMap<string, string>): { choices: DuplicateChoices; stamp?: string } {
  const p = policy.safeParse(fields.get(DUPLICATE_FIELDS.policy) ?? 'auto')
  let rows: DuplicateChoices['rows'] = []
  try {
    const parsed = rowChoices.safeParse(JSON.parse(fields.get(DUPLICATE_FIELDS.rows) ?? '[]'))
    if (parsed.success) rows = parsed.data
  } catch {
    rows = []
  }
  const stamp = fields.get(DUPLICATE_FIELDS.stamp) || undefined
  return { choices: { policy: p.success ? p.data : 'auto', rows }, ...(stamp ? { stamp } : {}) }
}

/**
 * Add the choices to an upload's form data. @example appendImportOptions(body, { policy: 'auto', rows: [] }, report.duplicates?.registerStamp)
 */
export function appendImportOptions(body: FormData, choices: DuplicateChoices, stamp: string | undefined): void {
  body.set(DUPLICATE_FIELDS.policy, choices.policy)
  body.set(DUPLICATE_FIELDS.rows, JSON.stringify(choices.rows))
  if (stamp) body.set(DUPLICATE_FIELDS.stamp, stamp)
}
