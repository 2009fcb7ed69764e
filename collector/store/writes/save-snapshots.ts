/**
 * Writes collected figures inside the caller's transaction. Rows of many account-runs are
 * appended to a staging table (DuckDB's appender: no SQL per row), then moved with one upsert per
 * table keyed on natural keys, so re-running a slot or re-importing a file updates rows and never
 * duplicates them. DuckDB's cost is per statement, not per row. The stage* functions append and
 * return the statements that move the rows, so a caller saving several kinds sends all its
 * statements in one script (runScript).
 */

/** Rows appended to staging tables, and the statements that move them (to run in order). */
export interface Staged {
  rows: number
  statements: string[]
}
import type { Source } from '@crossreach/shared/platforms'
import { appendKinds, runScript, type SqlValue, type Tx } from '../db.ts'
import type { CollectedPost, ProfileCounts } from '../../platforms/types.ts'
import {
  MARK_POST_DAYS_SQL,
  markProfileDaysSql,
  WIDEN_SPANS_FROM_POSTS_SQL,
  WIDEN_SPANS_FROM_PROFILES_SQL,
} from './save-account-days.ts'
import { refreshPostDaysSql } from './save-post-days.ts'
import { refreshPostSummariesSql, stagedPostsFrom } from './save-post-summaries.ts'

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

const PROFILE_KINDS = appendKinds('int timestamp text int int int timestamp int')

export async function upsertProfileSnapshots(tx: Tx, rows: readonly ProfileRow[]): Promise<number> {
  const staged = await stageProfileSnapshots(tx, rows)
  await runScript(tx, staged.statements)
  return staged.rows
}

export async function stageProfileSnapshots(tx: Tx, rows: readonly ProfileRow[]): Promise<Staged> {
  const unique = dedupe(rows, (r) => `${r.accountId}|${r.slot.getTime()}|${r.source}`)
  if (unique.length === 0) return { rows: 0, statements: [] }
  await tx.append(
    'staging_profile_snapshots',
    PROFILE_KINDS,
    unique.map((s): SqlValue[] => [
      s.accountId,
      s.slot,
      s.source,
      s.counts.followers,
      s.counts.following,
      s.counts.postsCount,
      s.collectedAt,
      s.runId,
    ]),
  )
  const slots = unique.map((r) => r.slot.getTime())
  return {
    rows: unique.length,
    statements: [
      `INSERT INTO profile_snapshots (account_id, slot, source, followers, following, posts_count, collected_at, run_id)
     SELECT * FROM staging_profile_snapshots
     ON CONFLICT (account_id, slot, source) DO UPDATE SET followers = excluded.followers,
       following = excluded.following, posts_count = excluded.posts_count,
       collected_at = excluded.collected_at, run_id = excluded.run_id`,
      markProfileDaysSql(new Date(Math.min(...slots)), new Date(Math.max(...slots))),
      WIDEN_SPANS_FROM_PROFILES_SQL,
      'DELETE FROM staging_profile_snapshots',
    ],
  }
}

export function upsertProfileSnapshot(tx: Tx, row: ProfileRow): Promise<number> {
  return upsertProfileSnapshots(tx, [row])
}

const POST_KINDS = appendKinds(
  'int text text timestamp text text text bool text timestamp int int int int int int int timestamp int',
)

/** Posts, and one metric snapshot per post at its row's slot. Returns rows written. */
export async function upsertPostRows(tx: Tx, rows: readonly PostRow[]): Promise<number> {
  const staged = await stagePostRows(tx, rows)
  await runScript(tx, staged.statements)
  return staged.rows
}

/** Posts and their metric snapshots; `rows` counts both (two per post). */
export async function stagePostRows(tx: Tx, rows: readonly PostRow[]): Promise<Staged> {
  const unique = dedupe(rows, (r) => `${r.accountId}|${r.post.postId}`)
  if (unique.length === 0) return { rows: 0, statements: [] }
  await tx.append(
    'staging_post_rows',
    POST_KINDS,
    unique.map(({ accountId, post: p, slot, source, collectedAt, runId }): SqlValue[] => [
      accountId,
      p.postId,
      p.url,
      p.createdAt,
      p.kind,
      p.text,
      p.lang,
      p.hasMedia,
      source,
      slot,
      Math.max(0, Math.round((slot.getTime() - p.createdAt.getTime()) / 1000)),
      p.counts.likes,
      p.counts.reposts,
      p.counts.replies,
      p.counts.quotes,
      p.counts.bookmarks,
      p.counts.impressions,
      collectedAt,
      runId,
    ]),
  )
  // Read before the upserts: the staged posts' summaries are not changed until the last statements.
  const from = await stagedPostsFrom(tx)
  return {
    rows: unique.length * 2,
    statements: [
      `INSERT INTO posts (account_id, post_id, url, created_at, kind, text, lang, has_media, source, first_seen_at)
     SELECT account_id, post_id, url, created_at, kind, text, lang, has_media, source, collected_at FROM staging_post_rows
     ON CONFLICT (account_id, post_id) DO UPDATE SET url = excluded.url, text = excluded.text,
       lang = excluded.lang, kind = excluded.kind, has_media = excluded.has_media`,
      `INSERT INTO post_metric_snapshots (account_id, post_id, slot, source, age_seconds, likes, reposts, replies,
       quotes, bookmarks, impressions, collected_at, run_id)
     SELECT account_id, post_id, slot, source, age_seconds, likes, reposts, replies, quotes, bookmarks, impressions,
       collected_at, run_id FROM staging_post_rows
     ON CONFLICT (account_id, post_id, slot, source) DO UPDATE SET age_seconds = excluded.age_seconds,
       likes = excluded.likes, reposts = excluded.reposts, replies = excluded.replies, quotes = excluded.quotes,
       bookmarks = excluded.bookmarks, impressions = excluded.impressions,
       collected_at = excluded.collected_at, run_id = excluded.run_id`,
      MARK_POST_DAYS_SQL,
      WIDEN_SPANS_FROM_POSTS_SQL,
      ...(from ? [refreshPostSummariesSql(from)] : []),
      refreshPostDaysSql(utcDayStart(Math.min(...unique.map((r) => r.post.createdAt.getTime())))),
      'DELETE FROM staging_post_rows',
    ],
  }
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

/** Midnight UTC of the day an instant (epoch ms) falls on. */
function utcDayStart(ms: number): Date {
  return new Date(Math.floor(ms / 86_400_000) * 86_400_000)
}

/** Keeps the last row per key: DuckDB refuses an upsert that hits the same key twice. */
function dedupe<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()]
}
