/**
 * One user in the admin's list: name, role and access edited in place, and a new one-time
 * password. A change of one's own role or access comes back with a question and a button that
 * sends the same form again, confirmed.
 */
import { Form } from 'react-router'
import { formLabelOf, type FieldDef } from '~/core/fields'
import { userFields } from '../fields'
import type { UserListRow } from '../types'

const field = (key: string) => userFields.find((f) => f.key === key) as FieldDef<never>
const roleField = field('role')
const roleOptions = Object.entries(roleField.labels ?? {}).map(([value, label]) => ({ value, label }))

/** What the admin sent for this row when the answer was a question: the values to show again. */
export interface PendingChange {
  name: string
  role: string
  active: boolean
  question: string
}

/** One user's row; `pending` when the last answer asked about this row. @example <UserRow user={u} pending={null} /> */
export function UserRow({ user, pending }: { user: UserListRow; pending: PendingChange | null }) {
  const values = pending ?? { name: user.name, role: user.role, active: user.active === 1 }
  return (
    <tr>
      <td>{user.email}</td>
      <td colSpan={4}>
        <Form method="post" className="toolbar" style={{ margin: 0 }} key={pending ? 'pending' : user.version}>
          <input type="hidden" name="intent" value="update" />
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="version" value={user.version} />
          <input name="name" defaultValue={values.name} aria-label={`${formLabelOf(field('name'))} for ${user.email}`} />
          <select name="role" defaultValue={values.role} aria-label={`${formLabelOf(roleField)} for ${user.email}`}>
            {roleOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <label>
            <input type="checkbox" name="active" defaultChecked={values.active} /> {formLabelOf(field('active'))}
          </label>
          <button type="submit" className="secondary">
            Gem
          </button>
          {pending && (
            <span role="alert" className="alert error">
              {pending.question}{' '}
              <button type="submit" name="bekraeft" value="ja">
                Ja, gem ændringen
              </button>
            </span>
          )}
        </Form>
      </td>
      <td>
        <Form method="post" style={{ margin: 0 }}>
          <input type="hidden" name="intent" value="reset" />
          <input type="hidden" name="userId" value={user.id} />
          <button type="submit" className="secondary">
            Ny adgangskode
          </button>
        </Form>
      </td>
    </tr>
  )
}

/**
 * The question the last answer asked about this row, with the values that were sent, or null.
 * @example pendingFor(outcomeFor(actionData, 'update'), user.id)
 */
export function pendingFor(
  outcome: {
    ok: boolean
    reply: { initialValue?: Record<string, unknown> | null; error?: Record<string, string[] | null> | null } | null
  } | null,
  userId: number,
): PendingChange | null {
  const question = outcome && !outcome.ok ? outcome.reply?.error?.bekraeft?.[0] : undefined
  const sent = outcome?.reply?.initialValue
  if (!question || !sent || String(sent.userId) !== String(userId)) return null
  return { name: String(sent.name ?? ''), role: String(sent.role ?? ''), active: sent.active === 'on', question }
}
