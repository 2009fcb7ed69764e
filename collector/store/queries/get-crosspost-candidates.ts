/**
 * Posts of one organisation's accounts on the given platforms created in a window of time, the
 * candidates for cross-post matching, each with its interactions at equal age: the snapshot
 * closest to EQUAL_AGE (within its tolerance, whenever taken; NULL when there is none).
 */
import type { CrosspostPost } from '@crossreach/shared/api-crossposts'
import { EQUAL_AGE } from '@crossreach/shared/metrics'
import type { Platform } from '@crossreach/shared/platforms'
import type { Store } from '../db.ts'
import { interactionsSql, sourceRankSql } from './post-counts-sql.ts'

export interface CrosspostCandidateRow extends Omit<
  CrosspostPost,
  'createdAt' | 'at7DaysAgeHours'
> {
  organisationId: number
  createdAt: Date
  at7DaysAgeSeconds: number | null
}

export async function getCrosspostCandidates(
  store: Store,
  q: { organisationId: number; platforms: readonly Platform[]; from: Date; until: Date },
): Promise<CrosspostCandidateRow[]> {
  const rank = sourceRankSql('m')
  return store.all<CrosspostCandidateRow>(
    `WITH p AS (
       SELECT ?::TIMESTAMPTZ AS from_ts, ?::TIMESTAMPTZ AS until_ts,
              ?::BIGINT AS age_s, ?::BIGINT AS tolerance_s
     ),
     acc AS (
       SELECT a.id AS account_id, a.platform, a.handle, a.organisation_id
       FROM accounts a
       WHERE a.organisation_id = ? AND a.platform IN (${q.platforms.map(() => '?').join(', ')})
     ),
     cand AS (
       SELECT po.account_id, po.post_id, po.url, po.created_at, po.kind, po.text,
              acc.platform, acc.handle, acc.organisation_id
       FROM posts po JOIN acc USING (account_id), p
       WHERE po.created_at >= p.from_ts AND po.created_at < p.until_ts
     ),
     at_age AS (
       SELECT m.account_id, m.post_id,
              arg_min({interactions: ${interactionsSql('m')}, age: m.age_seconds},
                      (abs(m.age_seconds - p.age_s), m.slot, -${rank}))
                FILTER (WHERE abs(m.age_seconds - p.age_s) <= p.tolerance_s
                          AND ${interactionsSql('m')} IS NOT NULL) AS a
       FROM post_metric_snapshots m JOIN cand USING (account_id, post_id), p
       GROUP BY ALL
     )
     SELECT c.platform, c.account_id, c.handle, c.organisation_id, c.post_id, c.url,
            c.created_at, c.kind, c.text,
            t.a.interactions AS interactions_at_7_days, t.a.age AS at_7_days_age_seconds
     FROM cand c LEFT JOIN at_age t USING (account_id, post_id)
     ORDER BY c.created_at, c.account_id, c.post_id`,
    [
      q.from.toISOString(),
      q.until.toISOString(),
      EQUAL_AGE.seconds,
      EQUAL_AGE.toleranceSeconds,
      q.organisationId,
      ...q.platforms,
    ],
  )
}
