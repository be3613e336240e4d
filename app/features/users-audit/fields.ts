/**
 * The user's fields, declared once: the admin's forms and their actions, and the Danish record
 * history and audit trail. The log-in events the audit trail records (log-in and log-out as a
 * session, a wrong password, a lock-out) are declared here too, so the audit page reads them.
 */
import { z } from 'zod'
import type { AppUser } from '#db/schema'
import { defineFields } from '~/core/fields'
import { codes } from '~/core/labels'
import { roleLabels } from '~/core/roles'
import { choice, flag, requiredText } from '~/core/schema-fields'
import type { LoginFailureEvent, SessionEvent } from './types'

const email = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : v),
  z.email({ error: 'Skriv en gyldig e-mail' }).max(254, 'E-mail må højst være 254 tegn'),
)

export const userFields = defineFields<AppUser>()([
  { key: 'email', label: 'E-mail', kind: 'text', schema: email },
  { key: 'name', label: 'Navn', kind: 'text', schema: requiredText('Navn', 120) },
  { key: 'role', label: 'Rolle', kind: 'enum', labels: roleLabels, schema: choice('Rolle', codes(roleLabels)) },
  { key: 'active', label: 'Aktiv', kind: 'flag', schema: flag },
  { key: 'mustChangePassword', label: 'Skal skifte adgangskode', kind: 'flag' },
  { key: 'createdAt', label: 'Oprettet', kind: 'text', history: false },
  { key: 'updatedAt', label: 'Ændret', kind: 'text', history: false },
  { key: 'version', label: 'Version', kind: 'integer', history: false },
])

export const sessionEventFields = defineFields<SessionEvent>()([{ key: 'address', label: 'Klientens adresse', kind: 'text' }])

export const loginFailureFields = defineFields<LoginFailureEvent>()([
  { key: 'account', label: 'Konto', kind: 'text' },
  { key: 'address', label: 'Klientens adresse', kind: 'text' },
  { key: 'lockMinutes', label: 'Spærret i', kind: 'integer', unit: 'minutter' },
])
