/**
 * Who may open and change what: one table for every address, checked by the root middleware
 * for every loader and action. An address missing here may be read by any signed-in user but
 * changed by nobody, so a route added later is safe until it is listed. Pure: the navigation
 * uses it too, to show only the pages a role may open.
 */
import { matchPath } from 'react-router'
import type { Permission } from './roles'

type Rule = { pattern: string; read: Permission | 'public'; write: Permission | 'public' | 'none' }

export const ACCESS_RULES: readonly Rule[] = [
  { pattern: '/login', read: 'public', write: 'public' },
  { pattern: '/logout', read: 'public', write: 'public' },
  { pattern: '/adgangskode', read: 'read', write: 'read' },
  { pattern: '/', read: 'read', write: 'none' },
  { pattern: '/ejendomme/*', read: 'read', write: 'edit_register' },
  { pattern: '/ejendomme', read: 'read', write: 'edit_register' },
  { pattern: '/lejemaal/*', read: 'read', write: 'edit_register' },
  { pattern: '/lejemaal', read: 'read', write: 'edit_register' },
  { pattern: '/frister', read: 'read', write: 'none' },
  { pattern: '/salg/*', read: 'read', write: 'edit_register' },
  { pattern: '/salg', read: 'read', write: 'edit_register' },
  { pattern: '/kort', read: 'read', write: 'none' },
  { pattern: '/import/*', read: 'edit_register', write: 'edit_register' },
  { pattern: '/import', read: 'edit_register', write: 'edit_register' },
  { pattern: '/scenarier/*', read: 'read', write: 'edit_scenarios' },
  { pattern: '/scenarier', read: 'read', write: 'edit_scenarios' },
  { pattern: '/enheder/*', read: 'read', write: 'edit_hr' },
  { pattern: '/enheder', read: 'read', write: 'edit_hr' },
  { pattern: '/flytninger/*', read: 'read', write: 'edit_hr' },
  { pattern: '/flytninger', read: 'read', write: 'edit_hr' },
  { pattern: '/kapacitet/*', read: 'read', write: 'edit_hr' },
  { pattern: '/kapacitet', read: 'read', write: 'edit_hr' },
  { pattern: '/personer/*', read: 'read_people', write: 'edit_hr' },
  { pattern: '/personer', read: 'read_people', write: 'edit_hr' },
  { pattern: '/revision/*', read: 'admin', write: 'admin' },
  { pattern: '/revision', read: 'admin', write: 'admin' },
  { pattern: '/brugere/*', read: 'admin', write: 'admin' },
  { pattern: '/brugere', read: 'admin', write: 'admin' },
  { pattern: '/api/v1/*', read: 'read', write: 'none' },
]

const DEFAULT_RULE: Rule = { pattern: '*', read: 'read', write: 'none' }

/** The rule for a path. @example ruleFor('/ejendomme/7').write // 'edit_register' */
export function ruleFor(pathname: string): Rule {
  return ACCESS_RULES.find((r) => matchPath({ path: r.pattern, end: true }, pathname)) ?? DEFAULT_RULE
}

/** What a request needs: reading for GET/HEAD, writing otherwise. */
export function requiredFor(method: string, pathname: string): Permission | 'public' | 'none' {
  const rule = ruleFor(pathname)
  return method === 'GET' || method === 'HEAD' ? rule.read : rule.write
}
