/**
 * Per account of an organisation, the days of a range on which its collection failed (a run
 * with status error or interrupted) and the days without any follower count. An account is
 * checked from its first follower count or its addition, whichever is earlier, up to its removal;
 * days are UTC calendar dates.
 */
import type { Store } from '../db.ts'

export interface ReportGapRow {
  accountId: number
  platform: 'x' | 'bluesky' | 'mastodon'
  handle: string
  failedDays: string[]
  missingDays: string[]
}

export async function getReportGaps(
  store: Store,
  organisationId: number,
  range: { from: string; to: string },
): Promise<ReportGapRow[]> {
  const rows = await store.all<{
    accountId: number
    platform: ReportGapRow['platform']
    handle: string
    failedDays: string[] | null
    missingDays: string[] | null
  }>(
    `WITH acc AS (
       SELECT a.id, a.platform, a.handle,
              greatest(?::DATE, least((a.added_at AT TIME ZONE 'UTC')::DATE,
                coalesce((SELECT min((s.slot AT TIME ZONE 'UTC')::DATE) FROM profile_snapshots s
                          WHERE s.account_id = a.id), (a.added_at AT TIME ZONE 'UTC')::DATE))) AS first_day,
              least(?::DATE, coalesce((a.removed_at AT TIME ZONE 'UTC')::DATE, ?::DATE)) AS last_day
       FROM accounts a WHERE a.organisation_id = ?
     ),
     days AS (
       SELECT acc.id AS account_id, CAST(d AS DATE) AS day
       FROM acc, generate_series(acc.first_day::TIMESTAMP, acc.last_day::TIMESTAMP, INTERVAL 1 DAY) g(d)
       WHERE acc.first_day <= acc.last_day
     ),
     counted AS (
       SELECT DISTINCT s.account_id, (s.slot AT TIME ZONE 'UTC')::DATE AS day
       FROM profile_snapshots s JOIN acc ON acc.id = s.account_id
       WHERE s.followers IS NOT NULL
         AND s.slot >= ?::TIMESTAMPTZ - INTERVAL 1 DAY AND s.slot < ?::TIMESTAMPTZ + INTERVAL 2 DAY
     ),
     failed AS (
       SELECT DISTINCT r.account_id, (r.slot AT TIME ZONE 'UTC')::DATE AS day
       FROM collection_runs r JOIN acc ON acc.id = r.account_id
       WHERE r.status IN ('error', 'interrupted')
         AND r.slot >= ?::TIMESTAMPTZ - INTERVAL 1 DAY AND r.slot < ?::TIMESTAMPTZ + INTERVAL 2 DAY
     )
     SELECT acc.id AS account_id, acc.platform, acc.handle,
            (SELECT list(strftime(f.day, '%Y-%m-%d') ORDER BY f.day) FROM failed f
             JOIN days d ON d.account_id = f.account_id AND d.day = f.day
             WHERE f.account_id = acc.id) AS failed_days,
            (SELECT list(strftime(d.day, '%Y-%m-%d') ORDER BY d.day) FROM days d
             LEFT JOIN counted c ON c.account_id = d.account_id AND c.day = d.day
             WHERE d.account_id = acc.id AND c.day IS NULL) AS missing_days
     FROM acc ORDER BY acc.platform = 'x', acc.platform, acc.handle`,
    [
      range.from,
      range.to,
      range.to,
      organisationId,
      `${range.from}T00:00:00Z`,
      `${range.to}T00:00:00Z`,
      `${range.from}T00:00:00Z`,
      `${range.to}T00:00:00Z`,
    ],
  )
  return rows.map((r) => ({
    accountId: r.accountId,
    platform: r.platform,
    handle: r.handle,
    failedDays: r.failedDays ?? [],
    missingDays: r.missingDays ?? [],
  }))
}
