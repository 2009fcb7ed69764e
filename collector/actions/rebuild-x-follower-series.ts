/**
 * X's account overview export has daily new follows and unfollows but no total. This rebuilds the
 * daily follower series of an X account from those figures and one anchor total (the latest API
 * or manual count on one of the imported days or the day before the first; a count from after the
 * last day cannot be walked back, as that day's follows are not in the export), replacing earlier rebuilt rows.
 * Rebuilt rows are profile snapshots with source 'csv' at the end of each day (23:59:59 UTC).
 * An anchor taken during a day is treated as that day's closing count.
 */
import type { Store } from '../store/db.ts'
import { upsertProfileSnapshots } from '../store/writes/save-snapshots.ts'
import { rebuildAccountDays } from '../store/writes/save-account-days.ts'
import { reconstructFollowerSeries } from '../platforms/x/csv-reconstruct.ts'

export async function rebuildXFollowerSeries(store: Store, accountId: number): Promise<number> {
  const days = await store.all<{
    day: string
    newFollows: number | null
    unfollows: number | null
  }>(
    `SELECT strftime(day, '%Y-%m-%d') AS day, new_follows, unfollows FROM account_daily_metrics
     WHERE account_id = ? AND source = 'csv' ORDER BY day`,
    [accountId],
  )
  if (days.length === 0) return 0
  const first = days[0]!.day
  const last = days[days.length - 1]!.day
  const anchor = await store.one<{ day: string; followers: number }>(
    `SELECT strftime(slot AT TIME ZONE 'UTC', '%Y-%m-%d') AS day, followers FROM profile_snapshots
     WHERE account_id = ? AND source IN ('api', 'manual') AND followers IS NOT NULL
       AND CAST(slot AT TIME ZONE 'UTC' AS DATE) BETWEEN CAST(? AS DATE) - 1 AND CAST(? AS DATE)
     ORDER BY slot DESC, source LIMIT 1`,
    [accountId, first, last],
  )
  const series = anchor
    ? reconstructFollowerSeries(days, anchor).filter((p) => p.day !== anchor.day)
    : []
  await store.write(async (tx) => {
    await tx.run(`DELETE FROM profile_snapshots WHERE account_id = ? AND source = 'csv'`, [
      accountId,
    ])
    await upsertProfileSnapshots(
      tx,
      series.map((point) => ({
        accountId,
        slot: new Date(`${point.day}T23:59:59Z`),
        source: 'csv' as const,
        counts: { followers: point.followers, following: null, postsCount: null },
        collectedAt: new Date(),
        runId: null,
      })),
    )
    // The delete may have emptied days: recompute the account's days (figures' spans).
    await rebuildAccountDays(tx, accountId)
  })
  return series.length
}
