/**
 * Every account (or one, by id) with its organisation and latest follower count, for the command
 * line and the API.
 */
import type { Store } from '../db.ts'
import type { AccountSummary } from '@crossreach/shared/api'

export async function getAccountList(
  store: Store,
  opts: { includeRemoved?: boolean; id?: number } = {},
): Promise<AccountSummary[]> {
  const rows = await store.all<
    Omit<AccountSummary, 'latestFollowersAt'> & {
      latestFollowersAt: Date | null
      addedAt: Date
      removedAt: Date | null
    }
  >(
    `SELECT a.id, a.platform, a.handle, a.display_name, a.profile_url, a.platform_id,
            o.id AS organisation_id, o.name AS organisation, o.kind AS organisation_kind, a.added_at, a.removed_at,
            s.followers AS latest_followers, s.slot AS latest_followers_at, s.source AS latest_followers_source
     FROM accounts a
     JOIN organisations o ON o.id = a.organisation_id
     LEFT JOIN (
       SELECT account_id, followers, slot, source,
              row_number() OVER (PARTITION BY account_id ORDER BY slot DESC, source) AS rn
       FROM profile_snapshots WHERE followers IS NOT NULL
     ) s ON s.account_id = a.id AND s.rn = 1
     WHERE ${opts.includeRemoved || opts.id !== undefined ? 'true' : 'a.removed_at IS NULL'}
       AND ${opts.id === undefined ? 'true' : 'a.id = ?'}
     ORDER BY o.kind, o.name, a.platform, a.handle`,
    opts.id === undefined ? [] : [opts.id],
  )
  return rows.map((r) => ({
    ...r,
    addedAt: r.addedAt.toISOString(),
    removedAt: r.removedAt ? r.removedAt.toISOString() : null,
    latestFollowersAt: r.latestFollowersAt ? r.latestFollowersAt.toISOString() : null,
  }))
}
