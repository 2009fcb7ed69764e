/**
 * Runs that failed, were skipped or were interrupted since a moment, grouped per platform, job,
 * status and kind: how many runs, how many accounts, first and last, and the newest reason.
 */
import type { HealthErrorGroup } from '@crossreach/shared/api'
import type { Store } from '../db.ts'

type Row = Omit<HealthErrorGroup, 'firstAt' | 'lastAt'> & { firstAt: Date; lastAt: Date }

export async function getRecentErrorGroups(
  store: Store,
  since: Date,
  now: Date,
): Promise<HealthErrorGroup[]> {
  const rows = await store.all<Row>(
    `SELECT platform, job, status, error_kind AS kind, count(*)::INTEGER AS runs,
            count(DISTINCT account_id)::INTEGER AS accounts,
            min(started_at) AS first_at, max(started_at) AS last_at,
            arg_max({e: error}, (started_at, id)).e AS latest_error
     FROM collection_runs
     WHERE status IN ('error', 'skipped', 'interrupted')
       AND started_at >= ?::TIMESTAMPTZ AND started_at <= ?::TIMESTAMPTZ
     GROUP BY platform, job, status, error_kind
     ORDER BY last_at DESC, platform, job, kind`,
    [since, now],
  )
  return rows.map((r) => ({
    ...r,
    firstAt: r.firstAt.toISOString(),
    lastAt: r.lastAt.toISOString(),
  }))
}
