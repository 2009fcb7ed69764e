/**
 * Tracked accounts with no successful collection (profiles or posts) for more than a day, with
 * when they last succeeded and why their latest run failed or was skipped. Accounts added less
 * than a day ago, removed accounts and X accounts without API access (CSV and manual only) are
 * left out: nothing is expected of them.
 */
import type { HealthStaleAccount } from '@crossreach/shared/api'
import type { Store } from '../db.ts'

/** Posts are read hourly and profiles at least daily: a day without any good read is stale. */
export const STALE_AFTER_HOURS = 24

type Row = Omit<HealthStaleAccount, 'lastOkAt'> & { lastOkAt: Date | null }

export async function getStaleAccounts(store: Store, now: Date): Promise<HealthStaleAccount[]> {
  const rows = await store.all<Row>(
    // Two steps, so a healthy collection never aggregates the whole run history: first the
    // accounts without a good run that finished in the last day (a scan of recent runs only),
    // then the last success and the latest run of just those accounts.
    `WITH p AS (SELECT ?::TIMESTAMPTZ - INTERVAL ${STALE_AFTER_HOURS} HOUR AS stale_before),
     fresh AS (
       SELECT DISTINCT account_id FROM collection_runs, p
       WHERE finished_at >= p.stale_before AND status = 'ok' AND job IN ('profiles', 'posts')
     ),
     candidates AS (
       SELECT a.* FROM accounts a, p
       WHERE a.removed_at IS NULL AND a.platform_id IS NOT NULL AND a.added_at < p.stale_before
         AND a.id NOT IN (SELECT account_id FROM fresh WHERE account_id IS NOT NULL)
     ),
     per_account AS (
       SELECT account_id,
              max(finished_at) FILTER (WHERE status = 'ok') AS last_ok_at,
              -- a struct, because arg_max skips NULL arguments
              arg_max({status: status, error: error, kind: error_kind}, (started_at, id)) AS last
       FROM collection_runs
       WHERE job IN ('profiles', 'posts') AND status <> 'running'
         AND account_id IN (SELECT id FROM candidates)
       GROUP BY account_id
     )
     SELECT a.id, a.platform, a.handle, r.last_ok_at,
            CASE WHEN r.last.status <> 'ok' THEN r.last.error END AS last_error,
            CASE WHEN r.last.status <> 'ok' THEN r.last.kind END AS last_error_kind
     FROM candidates a LEFT JOIN per_account r ON r.account_id = a.id, p
     WHERE r.last_ok_at IS NULL OR r.last_ok_at < p.stale_before
     ORDER BY a.platform, a.handle`,
    [now],
  )
  return rows.map((r) => ({ ...r, lastOkAt: r.lastOkAt ? r.lastOkAt.toISOString() : null }))
}
