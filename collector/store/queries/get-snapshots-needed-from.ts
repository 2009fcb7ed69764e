/**
 * For the figures of a range: the earliest slot from which post metric snapshots must still be
 * read, namely those of posts created in the range whose summary (post_summaries) does not fit
 * in it (a snapshot after the range, or before it). Null when every summary fits: the figures
 * then read no snapshots at all.
 */
import { addDays } from '@crossreach/shared/periods'
import type { Store } from '../db.ts'

export async function getSnapshotsNeededFrom(
  store: Store,
  range: { from: string; to: string },
): Promise<Date | null> {
  const from = `${range.from}T00:00:00Z`
  const cutoff = `${addDays(range.to, 1)}T00:00:00Z`
  const row = await store.one<{ lo: Date | null }>(
    `SELECT min(first_slot) AS lo FROM post_summaries
     WHERE created_at >= ?::TIMESTAMPTZ AND created_at < ?::TIMESTAMPTZ
       AND NOT (first_slot >= ?::TIMESTAMPTZ AND last_slot < ?::TIMESTAMPTZ)`,
    [from, cutoff, from, cutoff],
  )
  return row?.lo ?? null
}
