/** Pure parts of the security fixes: redirect targets, trusted proxies, password strength, database errors. */
import { describe, expect, it } from 'vitest'
import { classifyDatabaseError } from '#db/connection'
import { passwordProblem } from '~/server/auth/passwords.server'
import { safeRedirectTarget } from '~/server/http'
import { bodyLimitFor } from '../../server/limits.mjs'
import { clientAddress, parseTrustProxy } from '../../server/proxy.mjs'

const HERE = 'http://planner.local/login'

describe('the log-in redirect target', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeRedirectTarget('/ejendomme/7?fane=historik#top', HERE)).toBe('/ejendomme/7?fane=historik#top')
    expect(safeRedirectTarget('/', HERE)).toBe('/')
  })

  it('sends everything that would leave the site, or cannot be read, to the front page', () => {
    for (const target of [
      '/\t/evil.example',
      '/\n/evil.example',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil',
      'https://evil.example',
      'javascript:alert(1)',
      '',
      null,
      7,
    ]) {
      expect(safeRedirectTarget(target, HERE), JSON.stringify(target)).toBe('/')
    }
  })

  it('never returns a target a browser reads as another host, nor raw control characters', () => {
    expect(safeRedirectTarget('/.//evil.example', HERE)).toBe('/evil.example')
    expect(safeRedirectTarget('/a\r\nSet-Cookie: x', HERE)).toBe('/aSet-Cookie:%20x')
    expect(safeRedirectTarget('/\u3002evil.example', HERE)).toBe('/%E3%80%82evil.example')
  })
})

describe('TRUST_PROXY', () => {
  it('trusts nobody when unset', () => {
    expect(parseTrustProxy(undefined)).toBe(false)
    expect(parseTrustProxy('')).toBe(false)
    expect(parseTrustProxy('false')).toBe(false)
  })

  it('takes addresses, subnets and the keywords Express knows', () => {
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8,loopback, ::1, fd00::/8')).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      'loopback',
      '::1',
      'fd00::/8',
    ])
  })

  it('refuses to trust everyone, hop counts and nonsense, in Danish', () => {
    for (const bad of ['true', '*', '1', '0.0.0.0/33', 'proxy.local'])
      expect(() => parseTrustProxy(bad), bad).toThrow(/TRUST_PROXY skal være/)
  })

  it('writes IPv4 clients of an IPv6 socket as IPv4', () => {
    expect(clientAddress('::ffff:10.0.0.7')).toBe('10.0.0.7')
    expect(clientAddress('::1')).toBe('::1')
    expect(clientAddress(undefined)).toBeNull()
  })
})

describe('body limits', () => {
  it('allows uploads only on the import pages', () => {
    expect(bodyLimitFor('/import')).toBe('upload')
    expect(bodyLimitFor('/import/kontrol')).toBe('upload')
    expect(bodyLimitFor('/login')).toBe('form')
    expect(bodyLimitFor('/importX')).toBe('form')
  })
})

describe('password strength', () => {
  it('refuses easily guessed passwords of any length with Danish advice', () => {
    for (const weak of ['aaaaaaaaaaaa', 'passwordpassword', 'qwertyuiopas', 'adgangskode123', 'Velkommen1234', 'hedensted2024']) {
      expect(passwordProblem(weak), weak).toMatch(/^Adgangskoden er for let at gætte\..*Brug fx tre-fire ord/)
    }
  })

  it('counts the user’s own e-mail and name against the password', () => {
    const own = ['hanne.hansen@hedensted.dk', 'Hanne Hansen']
    expect(passwordProblem('hanne.hansen@hedensted.dk')).toBeNull()
    expect(passwordProblem('hanne.hansen@hedensted.dk', own)).toMatch(/for let at gætte\. Undgå din e-mail, dit navn/)
  })

  it('accepts long, unrelated words', () => {
    expect(passwordProblem('korrekt-hest-batteri-klips')).toBeNull()
    expect(passwordProblem('min-egen-lange-kode')).toBeNull()
  })
})

describe('database errors', () => {
  const err = (code: string) => Object.assign(new Error(code), { code })
  it('sorts both drivers’ errors into what the user is told', () => {
    expect(classifyDatabaseError(err('SQLITE_BUSY'))).toBe('busy')
    expect(classifyDatabaseError(err('SQLITE_BUSY_SNAPSHOT'))).toBe('busy')
    expect(classifyDatabaseError(err('SQLITE_FULL'))).toBe('full')
    expect(classifyDatabaseError(err('SQLITE_READONLY_DBMOVED'))).toBe('readonly')
    expect(classifyDatabaseError(err('SQLITE_CANTOPEN'))).toBe('unavailable')
    expect(classifyDatabaseError(err('40001'))).toBe('busy')
    expect(classifyDatabaseError(err('53100'))).toBe('full')
    expect(classifyDatabaseError(err('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull()
    expect(classifyDatabaseError(new Error('x'))).toBeNull()
  })
})
