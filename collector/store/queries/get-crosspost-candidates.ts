/**
 * Posts of one organisation's accounts on the given platforms created in a window of time, the
 * candidates for cross-post matching, each with its interactions at equal age: the snapshot
 * closest to EQUAL_AGE (within its tolerance, whenever taken; NULL when there is none), as its
 * summary holds it (post_summaries.at_age, save-post-summaries.ts).
 */
import type { CrosspostPost } from '@crossreach/shared/api-crossposts'
import type { Platform } from '@crossreach/shared/platforms'
import type { Store } from '../db.ts'

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
  return store.all<CrosspostCandidateRow>(
    `WITH acc AS (
       SELECT a.id AS account_id, a.platform, a.handle, a.organisation_id
       FROM accounts a
       WHERE a.organisation_id = ? AND a.platform IN (${q.platforms.map(() => '?').join(', ')})
     )
     SELECT acc.platform, po.account_id, acc.handle, acc.organisation_id, po.post_id, po.url,
            po.created_at, po.kind, po.text,
            s.at_age AS interactions_at_7_days, s.at_age_seconds AS at_7_days_age_seconds
     FROM posts po JOIN acc USING (account_id)
     LEFT JOIN post_summaries s USING (account_id, post_id)
     WHERE po.created_at >= ?::TIMESTAMPTZ AND po.created_at < ?::TIMESTAMPTZ
     ORDER BY po.created_at, po.account_id, po.post_id`,
    [q.organisationId, ...q.platforms, q.from.toISOString(), q.until.toISOString()],
  )
}
