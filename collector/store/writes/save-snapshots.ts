/**
 * Writes collected figures inside the caller's transaction, as batched multi-row upserts keyed
 * on natural keys: re-running a slot or re-importing a file updates rows, never duplicates them.
 * Rows of many account-runs go into the same few statements (DuckDB's cost is per statement).
 */
import type { Source } from '@crossreach/shared/platforms'
import { valuesClause, type SqlValue, type Tx } from '../db.ts'
import type { CollectedPost, ProfileCounts } from '../../platforms/types.ts'

const BATCH = 500

export interface ProfileRow {
  accountId: number
  slot: Date
  source: Source
  counts: ProfileCounts
  collectedAt: Date
  runId: number | null
}

export interface PostRow {
  accountId: number
  post: CollectedPost
  slot: Date
  source: Source
  collectedAt: Date
  runId: number | null
}

export async function upsertProfileSnapshots(tx: Tx, rows: readonly ProfileRow[]): Promise<number> {
  const unique = dedupe(rows, (r) => `${r.accountId}|${r.slot.getTime()}|${r.source}`)
  for (let i = 0; i < unique.length; i += BATCH) {
    const v = valuesClause(
      unique
        .slice(i, i + BATCH)
        .map((s): SqlValue[] => [
          s.accountId,
          s.slot.toISOString(),
          s.source,
          s.counts.followers,
          s.counts.following,
          s.counts.postsCount,
          s.collectedAt.toISOString(),
          s.runId,
        ]),
    )
    await tx.run(
      `INSERT INTO profile_snapshots (account_id, slot, source, followers, following, posts_count, collected_at, run_id)
       SELECT col0, col1::TIMESTAMPTZ, col2, col3, col4, col5, col6::TIMESTAMPTZ, col7 FROM (VALUES ${v.sql})
       ON CONFLICT (account_id, slot, source) DO UPDATE SET followers = excluded.followers,
         following = excluded.following, posts_count = excluded.posts_count,
         collected_at = excluded.collected_at, run_id = excluded.run_id`,
      v.params,
    )
  }
  return unique.length
}

export function upsertProfileSnapshot(tx: Tx, row: ProfileRow): Promise<number> {
  return upsertProfileSnapshots(tx, [row])
}

/** Posts, and one metric snapshot per post at its row's slot. Returns rows written. */
export async function upsertPostRows(tx: Tx, rows: readonly PostRow[]): Promise<number> {
  const unique = dedupe(rows, (r) => `${r.accountId}|${r.post.postId}`)
  for (let i = 0; i < unique.length; i += BATCH) {
    const chunk = unique.slice(i, i + BATCH)
    const posts = valuesClause(
      chunk.map(({ accountId, post: p, source, collectedAt }): SqlValue[] => [
        accountId,
        p.postId,
        p.url,
        p.createdAt.toISOString(),
        p.kind,
        p.text,
        p.lang,
        p.hasMedia,
        source,
        collectedAt.toISOString(),
      ]),
    )
    await tx.run(
      `INSERT INTO posts (account_id, post_id, url, created_at, kind, text, lang, has_media, source, first_seen_at)
       SELECT col0, col1, col2, col3::TIMESTAMPTZ, col4, col5, col6, col7, col8, col9::TIMESTAMPTZ FROM (VALUES ${posts.sql})
       ON CONFLICT (account_id, post_id) DO UPDATE SET url = excluded.url, text = excluded.text,
         lang = excluded.lang, kind = excluded.kind, has_media = excluded.has_media`,
      posts.params,
    )
    const metrics = valuesClause(
      chunk.map(({ accountId, post: p, slot, source, collectedAt, runId }): SqlValue[] => [
        accountId,
        p.postId,
        slot.toISOString(),
        source,
        Math.max(0, Math.round((slot.getTime() - p.createdAt.getTime()) / 1000)),
        p.counts.likes,
        p.counts.reposts,
        p.counts.replies,
        p.counts.quotes,
        p.counts.bookmarks,
        p.counts.impressions,
        collectedAt.toISOString(),
        runId,
      ]),
    )
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
  }
  return unique.length * 2
}

/** Posts of one account with their metrics at one slot. Returns rows written. */
export function upsertPostsWithMetrics(
  tx: Tx,
  accountId: number,
  posts: readonly CollectedPost[],
  meta: { slot: Date; source: Source; collectedAt: Date; runId: number | null },
): Promise<number> {
  return upsertPostRows(
    tx,
    posts.map((post) => ({ accountId, post, ...meta })),
  )
}

/** Keeps the last row per key: DuckDB refuses an upsert that hits the same key twice. */
function dedupe<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()]
}
