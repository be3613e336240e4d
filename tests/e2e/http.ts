/** Plain HTTP against the served app (no browser): log in per role, post forms as a browser would. */
import Database from 'better-sqlite3'
import { appUnderTest } from './app-under-test'
import { roleCookie, type DemoRole } from './browser'

export function baseUrl(): string {
  return appUnderTest().baseUrl
}

/** The session cookie of a demo role (one log-in per test file). */
export function sessionCookie(role: DemoRole): Promise<string> {
  return roleCookie(baseUrl(), role)
}

/** The headers a browser sends with a same-origin form post. */
export function sameOrigin(): Record<string, string> {
  return { Origin: baseUrl(), 'Sec-Fetch-Site': 'same-origin' }
}

export async function postForm(
  path: string,
  fields: Record<string, string>,
  cookie: string | null,
  extra: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    redirect: 'manual',
    headers: { ...sameOrigin(), ...(cookie ? { Cookie: cookie } : {}), ...extra },
  })
}

/**
 * A fingerprint of everything stored: row counts, version sums and the audit trail's size. Equal
 * before and after a refused request means it changed nothing.
 */
export function fingerprint(): string {
  const db = new Database(appUnderTest().database, { readonly: true, fileMustExist: true })
  try {
    const tables = (
      db
        .prepare(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not in ('user_session', 'login_attempt', 'kysely_migration', 'kysely_migration_lock')",
        )
        .all() as { name: string }[]
    ).map((t) => t.name)
    return tables
      .sort()
      .map((t) => {
        const cols = (db.prepare(`pragma table_info(${t})`).all() as { name: string }[]).map((c) => c.name)
        const version = cols.includes('version') ? `, coalesce(sum(version), 0) as v` : ', 0 as v'
        const row = db.prepare(`select count(*) as n${version} from ${t}`).get() as { n: number; v: number }
        return `${t}:${row.n}:${row.v}`
      })
      .join('|')
  } finally {
    db.close()
  }
}

export function queryOne<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(appUnderTest().database, { readonly: true, fileMustExist: true })
  try {
    return db.prepare(sql).get(...params) as T
  } finally {
    db.close()
  }
}
