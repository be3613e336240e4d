/** The route declarations (every route has a permission) and the CSRF check (pure). */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { patternOf, requiredFor } from '~/core/access'
import { can } from '~/core/roles'
import { ALL_ROUTES } from '~/features/all-routes'
import { isCrossSite } from '~/server/auth/middleware.server'
import { requiredForPattern, routeForPattern } from '~/server/auth/route-access.server'

describe('route declarations', () => {
  it('declares a read and a write permission for every route, once per pattern and id', () => {
    const patterns = ALL_ROUTES.map(patternOf)
    expect(new Set(patterns).size).toBe(patterns.length)
    expect(new Set(ALL_ROUTES.map((r) => r.id)).size).toBe(ALL_ROUTES.length)
    for (const r of ALL_ROUTES) {
      expect(r.read, r.id).toBeTruthy()
      expect(r.write, r.id).toBeTruthy()
      expect(fs.existsSync(path.resolve('app', r.file)), r.file).toBe(true)
    }
  })

  it('has a declaration for every route module in the features', () => {
    const files = new Set(ALL_ROUTES.map((r) => r.file))
    const modules = fs
      .readdirSync('app/features', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\/routes\/[^/]+\.tsx?$/.test(f))
      .map((f) => `features/${f}`)
    expect(modules.filter((m) => !files.has(m))).toEqual([])
  })

  it('gives each role only its own writes', () => {
    expect(requiredForPattern('/ejendomme/:id', 'POST')).toBe('edit_register')
    expect(requiredForPattern('/scenarier/:id', 'POST')).toBe('edit_scenarios')
    expect(requiredForPattern('/revision', 'GET')).toBe('admin')
    expect(requiredForPattern('/revision/eksport.csv', 'GET')).toBe('admin')
    expect(can('udvalg', 'edit_register')).toBe(false)
    expect(can('ejendom', 'edit_scenarios')).toBe(false)
    expect(can('hr', 'read_people')).toBe(true)
    expect(can('udvalg', 'read_people')).toBe(false)
    expect(can('admin', 'admin')).toBe(true)
  })

  it('refuses writes to routes without an action and knows no undeclared pattern', () => {
    expect(requiredForPattern('/api/v1/properties', 'DELETE')).toBe('none')
    expect(requiredForPattern('/login', 'GET')).toBe('public')
    expect(requiredForPattern('/personer', 'GET')).toBeUndefined()
    expect(routeForPattern('')?.id).toBe('overview')
    expect(requiredFor({ read: 'read', write: 'none' }, 'HEAD')).toBe('read')
  })
})

describe('CSRF check', () => {
  const post = (headers: Record<string, string>) => new Request('http://planner.local/ejendomme/ny', { method: 'POST', headers })
  it('refuses writes from another site', () => {
    expect(isCrossSite(post({ 'Sec-Fetch-Site': 'cross-site' }))).toBe(true)
    expect(isCrossSite(post({ Origin: 'https://evil.example', Host: 'planner.local' }))).toBe(true)
  })
  it('accepts same-origin writes and any read', () => {
    expect(isCrossSite(post({ 'Sec-Fetch-Site': 'same-origin', Origin: 'http://planner.local', Host: 'planner.local' }))).toBe(false)
    expect(isCrossSite(post({}))).toBe(false)
    expect(isCrossSite(new Request('http://planner.local/', { headers: { 'Sec-Fetch-Site': 'cross-site' } }))).toBe(false)
  })
})
