/** Shapes shared by the users-audit pages, services and registries (no server code). */
import type { Role } from '#db/schema'

/** A user as the admin's list shows it. */
export interface UserListRow {
  id: number
  email: string
  name: string
  role: Role
  active: number
  mustChangePassword: number
  version: number
  createdAt: string
}

/** What the audit trail stores for a log-in or log-out (entity `session`). */
export interface SessionEvent {
  address: string
}

/** What it stores for a wrong password (`login_failure`) and a lock-out (`lockout`). */
export interface LoginFailureEvent {
  account: string
  address: string
  lockMinutes: number
}

/** The audit page's filter, read from its URL. */
export interface AuditFilter {
  entity?: string
  entityId?: string
  user?: string
  /** ISO dates, inclusive. */
  from?: string
  to?: string
}
