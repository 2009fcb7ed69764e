/**
 * Gaps in collection since a moment: per platform and job, runs of consecutive scheduled slots in
 * which at least one account's run failed or was interrupted (so its counts are missing), with
 * the first and last failed slot, the failed runs and the accounts affected. Newest first.
 */
import type { HealthGap } from '@crossreach/shared/api'
import type { Store } from '../db.ts'

type Row = Omit<HealthGap, 'from' | 'to'> & { gapFrom: Date; gapTo: Date }

export async function getCollectionGaps(
  store: Store,
  since: Date,
  now: Date,
): Promise<HealthGap[]> {
  const rows = await store.all<Row>(
    `WITH runs AS (
       SELECT platform, job, slot, account_id, status IN ('error', 'interrupted') AS failed
       FROM collection_runs
       WHERE job IN ('profiles', 'posts') AND status <> 'running'
         AND slot >= ?::TIMESTAMPTZ AND slot <= ?::TIMESTAMPTZ
     ),
     slots AS (
       SELECT platform, job, slot, bool_or(failed) AS failed FROM runs GROUP BY ALL
     ),
     islands AS (
       SELECT platform, job, slot, failed,
              row_number() OVER (PARTITION BY platform, job ORDER BY slot)
                - row_number() OVER (PARTITION BY platform, job, failed ORDER BY slot) AS island
       FROM slots
     )
     SELECT i.platform, i.job, min(i.slot) AS gap_from, max(i.slot) AS gap_to,
            count(*)::INTEGER AS failed_runs, count(DISTINCT r.account_id)::INTEGER AS accounts
     FROM islands i JOIN runs r USING (platform, job, slot)
     WHERE i.failed AND r.failed
     GROUP BY i.platform, i.job, i.island
     ORDER BY gap_from DESC, i.platform, i.job`,
    [since, now],
  )
  return rows.map(({ gapFrom, gapTo, ...r }) => ({
    ...r,
    from: gapFrom.toISOString(),
    to: gapTo.toISOString(),
  }))
}
