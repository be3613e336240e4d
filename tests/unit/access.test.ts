/** The access table and the CSRF check (pure). */
import { describe, expect, it } from 'vitest'
import { requiredFor, ruleFor } from '~/auth/access'
import { isCrossSite } from '~/auth/middleware.server'
import { can } from '~/auth/roles'

describe('access table', () => {
  it('gives each role only its own writes', () => {
    expect(requiredFor('POST', '/ejendomme/7')).toBe('edit_register')
    expect(requiredFor('POST', '/scenarier/2')).toBe('edit_scenarios')
    expect(requiredFor('GET', '/revision')).toBe('admin')
    expect(can('udvalg', 'edit_register')).toBe(false)
    expect(can('ejendom', 'edit_scenarios')).toBe(false)
    expect(can('hr', 'read_people')).toBe(true)
    expect(can('udvalg', 'read_people')).toBe(false)
    expect(can('admin', 'admin')).toBe(true)
  })

  it('lets an unlisted address be read but changed by nobody', () => {
    expect(ruleFor('/noget-nyt').write).toBe('none')
    expect(requiredFor('DELETE', '/api/v1/properties')).toBe('none')
    expect(requiredFor('GET', '/login')).toBe('public')
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
