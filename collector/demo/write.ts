/**
 * Writes the generated figures into the demo store: run records appended in bulk (DuckDB's
 * appender, as the collector opens them), profile and post snapshots through the collector's own
 * bulk upserts (save-snapshots.ts). Organisations, accounts and events: see write-cast.ts.
 */
import { appendKinds, type SqlValue, type Tx } from '../store/db.ts'
import {
  upsertPostRows,
  upsertProfileSnapshots,
  type PostRow,
  type ProfileRow,
} from '../store/writes/save-snapshots.ts'
import { countsAt } from './engagement.ts'
import type { DemoPost } from './posting.ts'
import type { DemoRun } from './runs.ts'
import { runKey, type PostRead } from './snapshots.ts'
import type { DemoTimeline } from './timeline.ts'

const CHUNK = 25_000

/**
 * Appends the run records in bulk, as the collector opens them (see openRuns): ids are drawn from
 * the run sequence, rows appended straight into collection_runs. Returns the ids by run key.
 */
export async function appendRuns(
  tx: Tx,
  runs: readonly DemoRun[],
): Promise<Map<number, { id: number; finishedAt: number }>> {
  const byKey = new Map<number, { id: number; finishedAt: number }>()
  if (runs.length === 0) return byKey
  const ids = await tx.all<{ id: number }>(`SELECT nextval('run_id_seq') AS id FROM range(?)`, [
    runs.length,
  ])
  // id, job, platform, account_id, slot, trigger, status, started_at, finished_at, requests, retries,
  // rate_limit_waits, rate_limit_wait_ms, rows_written, estimated_cost_usd, error, error_kind, detail
  const kinds = appendKinds(
    'int text text int timestamp text text timestamp timestamp int int int int int double text text text',
  )
  for (let i = 0; i < runs.length; i += CHUNK) {
    const rows = runs.slice(i, i + CHUNK).map((r, j): SqlValue[] => {
      const id = ids[i + j]!.id
      byKey.set(r.key, { id, finishedAt: r.finishedAt })
      return [
        id,
        r.job,
        r.platform,
        r.account.id,
        new Date(r.slot),
        'schedule',
        r.status,
        new Date(r.startedAt),
        new Date(r.finishedAt),
        r.requests,
        r.retries,
        0,
        0,
        r.rowsWritten,
        r.costUsd,
        r.error,
        r.errorKind,
        null,
      ]
    })
    await tx.append('collection_runs', kinds, rows)
  }
  return byKey
}

/** Profile counts of every successful profiles run. */
export async function writeProfiles(
  tx: Tx,
  runs: readonly DemoRun[],
  runIds: ReadonlyMap<number, { id: number; finishedAt: number }>,
  posts: readonly (readonly DemoPost[])[],
  timeline: DemoTimeline,
): Promise<number> {
  const rows: ProfileRow[] = []
  for (const run of runs) {
    if (run.job !== 'profiles' || run.status !== 'ok') continue
    const { account, slot } = run
    const followers = account.followers.at(slot)
    if (followers === null) continue
    const grown = Math.floor(((slot - timeline.start) / (timeline.end - timeline.start)) * 9)
    rows.push({
      accountId: account.id,
      slot: new Date(slot),
      source: 'api',
      counts: {
        followers,
        following: account.spec.following + grown,
        postsCount: account.spec.postsBefore + countBefore(posts[account.index] ?? [], slot),
      },
      collectedAt: new Date(run.finishedAt),
      runId: runIds.get(run.key)?.id ?? null,
    })
  }
  let written = 0
  for (let i = 0; i < rows.length; i += CHUNK) {
    written += await upsertProfileSnapshots(tx, rows.slice(i, i + CHUNK))
  }
  return written
}

/** One stage of post reads (each post at most once): the posts and their counts at that age. */
export async function writePostStage(
  tx: Tx,
  reads: readonly PostRead[],
  runIds: ReadonlyMap<number, { id: number; finishedAt: number }>,
  timeline: DemoTimeline,
): Promise<number> {
  const rows = reads.map(({ account, post, slot }): PostRow => {
    const run = runIds.get(runKey(account.index, slot))
    const quotesFrom = account.spec.instance ? (timeline.quotesFrom[account.spec.instance] ?? 0) : 0
    return {
      accountId: account.id,
      post: {
        postId: post.postId,
        url: post.url,
        createdAt: new Date(post.createdAt),
        kind: post.kind,
        text: post.text,
        lang: 'nl',
        hasMedia: post.hasMedia,
        counts: countsAt(
          account.spec.platform,
          post.totals,
          slot - post.createdAt,
          slot >= quotesFrom,
        ),
      },
      slot: new Date(slot),
      source: 'api',
      collectedAt: new Date(run?.finishedAt ?? slot),
      runId: run?.id ?? null,
    }
  })
  let written = 0
  for (let i = 0; i < rows.length; i += CHUNK) {
    written += await upsertPostRows(tx, rows.slice(i, i + CHUNK))
  }
  return written / 2
}

/** Posts created before a moment, in a list sorted by creation time. */
function countBefore(posts: readonly DemoPost[], ms: number): number {
  let lo = 0
  let hi = posts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (posts[mid]!.createdAt < ms) lo = mid + 1
    else hi = mid
  }
  return lo
}
