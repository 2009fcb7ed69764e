/**
 * The counts of given post metric snapshots, by their key (account, post, slot, source): what
 * the Posts list shows for a post it ranked from its summary's history list (post_summaries,
 * migration 007), which holds each snapshot's interactions and impressions but not the separate
 * counts. The earliest and latest slot bound the scan as constants (row groups outside skipped).
 */
import type { PostMetric, Source } from '@crossreach/shared/platforms'
import type { Store } from '../db.ts'

export interface SnapshotKey {
  accountId: number
  postId: string
  slot: Date
  source: Source
}

export type SnapshotCounts = SnapshotKey & Record<PostMetric, number | null>

/** `${accountId} ${postId} ${slot ms} ${source}` → the snapshot's counts. */
export async function getPostSnapshotCounts(
  store: Store,
  keys: readonly SnapshotKey[],
): Promise<Map<string, SnapshotCounts>> {
  if (keys.length === 0) return new Map()
  const slots = [...new Set(keys.map((k) => k.slot.toISOString()))].sort()
  const accounts = [...new Set(keys.map((k) => k.accountId))]
  const ids = [...new Set(keys.map((k) => k.postId))]
  const list = (values: readonly unknown[], cast = '') => values.map(() => `?${cast}`).join(', ')
  const rows = await store.all<SnapshotCounts>(
    `SELECT account_id, post_id, slot, source, likes, reposts, replies, quotes, bookmarks, impressions
     FROM post_metric_snapshots
     WHERE slot >= ?::TIMESTAMPTZ AND slot <= ?::TIMESTAMPTZ AND slot IN (${list(slots, '::TIMESTAMPTZ')})
       AND account_id IN (${list(accounts)}) AND post_id IN (${list(ids)})`,
    [slots[0]!, slots.at(-1)!, ...slots, ...accounts, ...ids],
  )
  return new Map(rows.map((r) => [snapshotKey(r), r]))
}

export function snapshotKey(k: SnapshotKey): string {
  return `${k.accountId} ${k.postId} ${k.slot.getTime()} ${k.source}`
}
