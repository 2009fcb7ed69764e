/** The UTC date of the latest follower count of an organisation's accounts, or null if none. */
import type { Store } from '../db.ts'

export async function getLastDataDate(
  store: Store,
  organisationId: number,
): Promise<string | null> {
  const row = await store.one<{ day: string | null }>(
    `SELECT strftime(max((s.slot AT TIME ZONE 'UTC')::DATE), '%Y-%m-%d') AS day
     FROM profile_snapshots s JOIN accounts a ON a.id = s.account_id
     WHERE a.organisation_id = ? AND s.followers IS NOT NULL`,
    [organisationId],
  )
  return row?.day ?? null
}
