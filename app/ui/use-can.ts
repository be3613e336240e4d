/**
 * Whether the signed-in user may do something, for hiding what they cannot use. A courtesy only:
 * the server checks every request (access.ts, middleware.server.ts).
 */
import { useRouteLoaderData } from 'react-router'
import { can, type Permission, type Role } from '~/core/roles'

export function useCan(permission: Permission): boolean {
  const data = useRouteLoaderData('root') as { user?: { role: Role } | null } | undefined
  return can(data?.user?.role, permission)
}
