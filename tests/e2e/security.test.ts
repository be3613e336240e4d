/**
 * The production server as an attacker and an operator meet it: request bodies limited as they
 * stream, client addresses from the socket unless TRUST_PROXY names the proxy, parallel log-in
 * guesses, security headers on every kind of response, every response path (page, .data, CSV,
 * xlsx, API) refused under any spelling of its address, and a start refused on a wrong database path.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../setup/postgres'
import { baseUrl as sharedBaseUrl, sessionCookie } from './http'
import { logInAs, readDatabase, request, serverDir, spawnServer, startServer, type AppServer } from './server-process'

const HR = { email: 'hr@hedensted.demo', password: 'demo-hr-kvadratmeter' }
const ADMIN = { email: 'admin@hedensted.demo', password: 'demo-admin-kvadratmeter' }

/** A multipart upload's opening: the file part's headers, after which the file's bytes follow. */
const FILE_PART = '--graense\r\nContent-Disposition: form-data; name="fil"; filename="stor.csv"\r\nContent-Type: text/csv\r\n\r\n'

/**
 * Send `total` bytes (chunked unless `declare`), stopping when the answer comes; what was sent and
 * the answer. As a form, or (`asFile`) as a multipart upload of one endless file.
 */
function upload(
  url: string,
  total: number,
  declare: boolean,
  cookie?: string,
  asFile = false,
): Promise<{ status: number; text: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0
    const target = new URL(url)
    const type = asFile ? 'multipart/form-data; boundary=graense' : 'application/x-www-form-urlencoded'
    const headers: Record<string, string> = { 'Content-Type': type, Origin: target.origin }
    if (declare) headers['Content-Length'] = String(total)
    if (cookie) headers.Cookie = cookie
    const req = http.request(target, { method: 'POST', headers })
    let answered = false
    req.on('response', (res) => {
      answered = true
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (d) => (text += d))
      res.on('end', () => {
        req.destroy()
        resolve({ status: res.statusCode ?? 0, text, sent })
      })
    })
    req.on('error', (error) => (answered ? undefined : reject(error)))
    const chunk = Buffer.alloc(64 * 1024, 'a')
    if (asFile) {
      req.write(FILE_PART)
      sent += Buffer.byteLength(FILE_PART)
    }
    const pump = () => {
      while (!answered && !declare && sent < total) {
        sent += chunk.length
        if (!req.write(chunk)) return void req.once('drain', pump)
      }
      if (!declare && !answered) req.end()
    }
    if (declare) req.flushHeaders()
    else pump()
  })
}

describe('request bodies', () => {
  let server: AppServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(async () => server.stop())

  it('refuses an anonymous 80 MB log-in at once, without reading it', async () => {
    const res = await upload(`${server.baseUrl}/login`, 80 * 1024 * 1024, true)
    expect(res.status).toBe(413)
    expect(res.text).toBe('Forespørgslen er for stor (højst 1 MB).')
    expect(res.sent).toBe(0)
  })

  it('refuses a chunked 60 MB upload as soon as it passes 25 MB', async () => {
    const { cookie } = await logInAs(server.baseUrl, ADMIN.email, ADMIN.password)
    const res = await upload(`${server.baseUrl}/import/kontrol`, 60 * 1024 * 1024, false, cookie!, true)
    expect(res.status).toBe(413)
    // The import's own answer (a line of JSON its page reads) or the server's, whichever counts past the limit first.
    expect(res.text).toContain('Filen er for stor (højst 25 MB). Del den op i flere filer.')
    expect(res.sent).toBeLessThan(40 * 1024 * 1024)
    // A body that is no file upload at all is refused without being read.
    const form = await upload(`${server.baseUrl}/import/kontrol`, 60 * 1024 * 1024, false, cookie!)
    expect(form.status).toBe(400)
    expect(form.text).toContain('Filen kunne ikke modtages. Prøv igen.')
    expect(form.sent).toBeLessThan(40 * 1024 * 1024)
  })

  it('refuses a chunked form past 1 MB, and still serves the next request', async () => {
    const res = await upload(`${server.baseUrl}/login`, 40 * 1024 * 1024, false)
    expect(res.status).toBe(413)
    expect(res.text).toBe('Forespørgslen er for stor (højst 1 MB).')
    expect(res.sent).toBeLessThan(40 * 1024 * 1024)
    expect((await logInAs(server.baseUrl, HR.email, HR.password)).status).toBe(302)
  })
})

describe('client addresses and parallel guesses', () => {
  let plain: AppServer
  let proxied: AppServer
  beforeAll(async () => {
    ;[plain, proxied] = await Promise.all([startServer(), startServer({ env: { TRUST_PROXY: '127.0.0.1' } })])
  })
  afterAll(async () => Promise.all([plain.stop(), proxied.stop()]))

  const failureAddresses = (server: AppServer, account: string) =>
    readDatabase(server.database, (db) =>
      (
        db.prepare("select after_json from audit_log where entity = 'login_failure' and entity_id = ?").all(account) as {
          after_json: string
        }[]
      ).map((r) => JSON.parse(r.after_json).address as string),
    )

  it('counts log-ins per socket address whatever X-Forwarded-For says, so one client cannot lock out everyone', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await request(`${plain.baseUrl}/login`, {
        form: { email: `gaet${i}@hedensted.demo`, password: 'forkert' },
        headers: { 'X-Forwarded-For': `198.51.100.${i}`, 'X-Real-IP': `198.51.100.${i}` },
        from: '127.0.0.2',
      })
      expect(res.status).toBe(401)
    }
    expect(failureAddresses(plain, 'gaet0@hedensted.demo')).toEqual(['127.0.0.2'])
    const spoofed = await request(`${plain.baseUrl}/login`, {
      form: HR,
      headers: { 'X-Forwarded-For': '203.0.113.50' },
      from: '127.0.0.2',
    })
    expect(spoofed.status).toBe(429)
    expect(spoofed.text).toContain('For mange forkerte forsøg')
    expect((await logInAs(plain.baseUrl, HR.email, HR.password, '127.0.0.3')).status).toBe(302)
  })

  it('takes the client address from X-Forwarded-For only from a proxy named in TRUST_PROXY', async () => {
    await request(`${proxied.baseUrl}/login`, {
      form: { email: 'via@x.dk', password: 'forkert' },
      headers: { 'X-Forwarded-For': '203.0.113.9' },
    })
    await request(`${proxied.baseUrl}/login`, {
      form: { email: 'via@x.dk', password: 'forkert' },
      headers: { 'X-Forwarded-For': '203.0.113.10' },
      from: '127.0.0.5',
    })
    expect(failureAddresses(proxied, 'via@x.dk')).toEqual(['203.0.113.9', '127.0.0.5'])
  })

  it('sends HSTS and a Secure cookie only for HTTPS as told by a trusted proxy', async () => {
    const https = { 'X-Forwarded-Proto': 'https' }
    const viaProxy = await request(`${proxied.baseUrl}/login`, { headers: https })
    expect(viaProxy.headers['strict-transport-security']).toMatch(/max-age=\d+/)
    // A browser on https:// sends its https origin with the form.
    const origin = { ...https, Origin: proxied.baseUrl.replace('http:', 'https:') }
    const loggedIn = await request(`${proxied.baseUrl}/login`, { form: ADMIN, headers: origin })
    expect(loggedIn.status).toBe(302)
    expect(loggedIn.headers['set-cookie']?.[0]).toMatch(/; Secure/)

    const notTrusted = await request(`${proxied.baseUrl}/login`, { headers: https, from: '127.0.0.6' })
    expect(notTrusted.headers['strict-transport-security']).toBeUndefined()
    const plainLogIn = await request(`${proxied.baseUrl}/login`, { form: ADMIN, headers: https, from: '127.0.0.6' })
    expect(plainLogIn.status).toBe(302)
    expect(plainLogIn.headers['set-cookie']?.[0]).not.toMatch(/Secure/)
    expect((await request(`${plain.baseUrl}/favicon.svg`, { headers: https })).headers['strict-transport-security']).toBeUndefined()
  })

  it('checks no more passwords than the limit when 100 guesses for one account arrive at once', async () => {
    const guesses = Array.from({ length: 100 }, (_, i) => (i === 70 ? ADMIN.password : `gæt-nummer-${i}`))
    const replies = await Promise.all(
      guesses.map((password, i) => request(`${plain.baseUrl}/login`, { form: { email: ADMIN.email, password }, from: `127.0.1.${i + 1}` })),
    )
    const checked = replies.filter((r) => r.status === 401 || r.status === 302)
    expect(checked.length).toBeLessThanOrEqual(5)
    expect(replies.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(95)
    expect(failureAddresses(plain, ADMIN.email).length).toBeLessThanOrEqual(5)
  })
})

describe('headers on every response', () => {
  const base = () => sharedBaseUrl()
  let hr: string
  let admin: string
  beforeAll(async () => {
    hr = await sessionCookie('hr')
    admin = await sessionCookie('admin')
  })

  function expectSecurityHeaders(res: Response, what: string) {
    expect(res.headers.get('x-content-type-options'), what).toBe('nosniff')
    expect(res.headers.get('x-frame-options'), what).toBe('DENY')
    expect(res.headers.get('referrer-policy'), what).toBe('same-origin')
  }

  it('puts them on static files, refusals and every kind of answer, and keeps signed-in answers out of caches', async () => {
    const cases: [string, string | null, number][] = [
      ['/favicon.svg', null, 200],
      ['/findes-ikke', hr, 404],
      ['/brugere', hr, 403],
      ['/brugere.data', hr, 403],
      ['/api/v1/properties', null, 401],
      ['/api/v1/properties', hr, 200],
      ['/ejendomme', hr, 200],
      ['/ejendomme.data', hr, 200],
      ['/ejendomme/eksport.xlsx', hr, 200],
      ['/revision/eksport.csv', admin, 200],
    ]
    for (const [url, cookie, status] of cases) {
      const res = await fetch(`${base()}${url}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' })
      await res.arrayBuffer()
      expect(res.status, url).toBe(status)
      expectSecurityHeaders(res, url)
      if (cookie) expect(res.headers.get('cache-control'), url).toBe('no-store')
    }
  })
})

describe('every response path, under every spelling of its address', () => {
  let udvalg: string
  beforeAll(async () => {
    udvalg = await sessionCookie('udvalg')
  })

  // Admin-only, HR-only and register-only paths of each kind, with encodings a proxy or router might normalise.
  const paths = [
    '/revision',
    '/revision.data',
    '/revision/eksport.csv',
    '/brugere',
    '/brugere.data',
    '/enheder/medarbejdere.csv',
    '/import/skabelon.xlsx',
  ]
  const spellings = (p: string) => [
    p,
    p.replace('/r', '/%72').replace('/b', '/%62').replace('/e', '/%65').replace('/i', '/%69'),
    p.toUpperCase(),
    `/.${p}`,
    `/${p}`,
    p.replace(/(.)\/([^/]+)$/, '$1%2F$2'),
    `${p}/`,
    p.replace(/\.(csv|xlsx|data)$/, '%2E$1'),
  ]

  it('never hands a restricted page, data request, file or export to the wrong role or to nobody', async () => {
    for (const p of paths) {
      for (const url of spellings(p)) {
        for (const cookie of [udvalg, null]) {
          const res = await fetch(`${sharedBaseUrl()}${url}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' })
          const body = await res.text()
          const who = `${url} as ${cookie ? 'udvalg' : 'ingen'}`
          expect(res.status, who).not.toBe(200)
          expect(res.status, who).toBeLessThan(500)
          if (res.status >= 300 && res.status < 400) expect(res.headers.get('location') ?? '', who).toMatch(/^\/(login|adgangskode)/)
          expect(body, who).not.toMatch(/Tidspunkt \(UTC\)|demo-\w+-kvadratmeter|scrypt\$|"rows"|Engangsadgangskode/)
          expect(body.startsWith('PK'), `${who}: et regneark`).toBe(false)
        }
      }
    }
  })
})

describe('starting on a database path', () => {
  it('refuses a DATABASE_URL in a folder that does not exist, naming it, and creates it with --init', async () => {
    const dir = serverDir()
    const missing = path.join(dir, 'stavefejl', 'app.sqlite')
    const refused = spawnServer({ dir, port: await freePort(), env: { DATABASE_URL: missing } })
    const code = await new Promise<number | null>((resolve) => refused.child.once('exit', resolve))
    expect(code).toBe(1)
    expect(refused.output()).toContain(`mappen ${path.dirname(missing)} findes ikke`)
    expect(refused.output()).toContain('--init')
    expect(fs.existsSync(path.dirname(missing))).toBe(false)

    const port = await freePort()
    const started = spawnServer({ dir, port, env: { DATABASE_URL: missing }, args: ['--init'] })
    try {
      for (let i = 0; i < 300 && !started.output().includes('kører på'); i++) await new Promise((r) => setTimeout(r, 100))
      expect(started.output()).toContain(`Ny, tom database oprettet: ${missing}`)
      expect((fs.statSync(missing).mode & 0o777).toString(8)).toBe('600')
    } finally {
      started.child.kill('SIGTERM')
      await new Promise((resolve) => started.child.once('exit', resolve))
    }
  })
})
