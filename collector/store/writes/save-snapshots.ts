/**
 * Writes collected figures inside the caller's transaction, as batched multi-row upserts keyed
 * on natural keys: re-running a slot or re-importing a file updates rows, never duplicates them.
 */
import type { Source } from '@crossreach/shared/platforms'
import { valuesClause, type SqlValue, type Tx } from '../db.ts'
import type { CollectedPost, ProfileCounts } from '../../platforms/types.ts'

const BATCH = 500

export async function upsertProfileSnapshot(
  tx: Tx,
  s: {
    accountId: number
    slot: Date
    source: Source
    counts: ProfileCounts
    collectedAt: Date
    runId: number | null
  },
): Promise<number> {
  await tx.run(
    `INSERT INTO profile_snapshots (account_id, slot, source, followers, following, posts_count, collected_at, run_id)
     VALUES (?, ?::TIMESTAMPTZ, ?, ?, ?, ?, ?::TIMESTAMPTZ, ?)
     ON CONFLICT (account_id, slot, source) DO UPDATE SET followers = excluded.followers,
       following = excluded.following, posts_count = excluded.posts_count,
       collected_at = excluded.collected_at, run_id = excluded.run_id`,
    [
      s.accountId,
      s.slot,
      s.source,
      s.counts.followers,
      s.counts.following,
      s.counts.postsCount,
      s.collectedAt,
      s.runId,
    ],
  )
  return 1
}

/** Posts and one metric snapshot per post at `slot`. Returns rows written. */
export async function upsertPostsWithMetrics(
  tx: Tx,
  accountId: number,
  posts: readonly CollectedPost[],
  meta: { slot: Date; source: Source; collectedAt: Date; runId: number | null },
): Promise<number> {
  const unique = [...new Map(posts.map((p) => [p.postId, p])).values()]
  let written = 0
  for (let i = 0; i < unique.length; i += BATCH) {
    const chunk = unique.slice(i, i + BATCH)
    const postRows = chunk.map((p): SqlValue[] => [
      accountId,
      p.postId,
      p.url,
      p.createdAt.toISOString(),
      p.kind,
      p.text,
      p.lang,
      p.hasMedia,
      meta.source,
      meta.collectedAt.toISOString(),
    ])
    const posts = valuesClause(postRows)
    await tx.run(
      `INSERT INTO posts (account_id, post_id, url, created_at, kind, text, lang, has_media, source, first_seen_at)
       SELECT col0, col1, col2, col3::TIMESTAMPTZ, col4, col5, col6, col7, col8, col9::TIMESTAMPTZ FROM (VALUES ${posts.sql})
       ON CONFLICT (account_id, post_id) DO UPDATE SET url = excluded.url, text = excluded.text,
         lang = excluded.lang, kind = excluded.kind, has_media = excluded.has_media`,
      posts.params,
    )
    const metricRows = chunk.map((p): SqlValue[] => [
      accountId,
      p.postId,
      meta.slot.toISOString(),
      meta.source,
      Math.max(0, Math.round((meta.slot.getTime() - p.createdAt.getTime()) / 1000)),
      p.counts.likes,
      p.counts.reposts,
      p.counts.replies,
      p.counts.quotes,
      p.counts.bookmarks,
      p.counts.impressions,
      meta.collectedAt.toISOString(),
      meta.runId,
    ])
    const metrics = valuesClause(metricRows)
    await tx.run(
      `INSERT INTO post_metric_snapshots (account_id, post_id, slot, source, age_seconds, likes, reposts, replies,
         quotes, bookmarks, impressions, collected_at, run_id)
       SELECT col0, col1, col2::TIMESTAMPTZ, col3, col4, col5, col6, col7, col8, col9, col10, col11::TIMESTAMPTZ, col12
       FROM (VALUES ${metrics.sql})
       ON CONFLICT (account_id, post_id, slot, source) DO UPDATE SET age_seconds = excluded.age_seconds,
         likes = excluded.likes, reposts = excluded.reposts, replies = excluded.replies, quotes = excluded.quotes,
         bookmarks = excluded.bookmarks, impressions = excluded.impressions,
         collected_at = excluded.collected_at, run_id = excluded.run_id`,
      metrics.params,
    )
    written += chunk.length * 2
  }
  return written
}
