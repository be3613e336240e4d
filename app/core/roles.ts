/**
 * Roles and what each may do. Shared by server checks and the navigation (hiding a link is a
 * courtesy; the server check in access.server.ts is the rule).
 */
import type { Role } from '#db/schema'

export type { Role }

export const ROLES: readonly Role[] = ['udvalg', 'ejendom', 'hr', 'admin']

export const roleLabels: Record<Role, string> = {
  udvalg: 'Kapacitetsudvalget',
  ejendom: 'Ejendomsafdelingen',
  hr: 'HR',
  admin: 'Administrator',
}

/** What a request may need. `read` is everything but named HR data. */
export type Permission = 'read' | 'edit_register' | 'edit_scenarios' | 'edit_hr' | 'read_people' | 'admin'

const GRANTS: Record<Role, readonly Permission[]> = {
  udvalg: ['read', 'edit_scenarios'],
  ejendom: ['read', 'edit_register'],
  hr: ['read', 'edit_hr', 'read_people'],
  admin: ['read', 'edit_register', 'edit_scenarios', 'edit_hr', 'read_people', 'admin'],
}

/** @example can('ejendom', 'edit_register') // true */
export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? GRANTS[role].includes(permission) : false
}
