/** Events (exits, pauses, campaigns, notes), oldest first, optionally for one organisation. */
import type { EventRecord } from '@crossreach/shared/api'
import type { SqlValue, Store } from '../db.ts'

export async function getEvents(
  store: Store,
  opts: { organisationId?: number } = {},
): Promise<EventRecord[]> {
  const params: SqlValue[] = []
  let where = ''
  if (opts.organisationId !== undefined) {
    where = 'WHERE e.organisation_id = ?'
    params.push(opts.organisationId)
  }
  return store.all<EventRecord>(
    `SELECT e.id, e.organisation_id, o.name AS organisation, e.account_id, a.platform, a.handle, e.kind,
            strftime(e.starts_on, '%Y-%m-%d') AS starts_on, strftime(e.ends_on, '%Y-%m-%d') AS ends_on,
            e.title, e.note
     FROM events e JOIN organisations o ON o.id = e.organisation_id
     LEFT JOIN accounts a ON a.id = e.account_id
     ${where}
     ORDER BY e.starts_on, e.id`,
    params,
  )
}
