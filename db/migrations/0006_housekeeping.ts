/**
 * Indexes for housekeeping and the audit page: purging expired sessions and old log-in attempts
 * scans by time, and the audit trail is filtered by user.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('user_session_expires_idx').on('user_session').column('expires_at').execute()
  await db.schema.createIndex('user_session_seen_idx').on('user_session').column('last_seen_at').execute()
  await db.schema.createIndex('login_attempt_window_idx').on('login_attempt').column('window_start').execute()
  await db.schema.createIndex('audit_log_user_idx').on('audit_log').columns(['user_email', 'id']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['audit_log_user_idx', 'login_attempt_window_idx', 'user_session_seen_idx', 'user_session_expires_idx']) {
    await db.schema.dropIndex(name).execute()
  }
}
