/**
 * Monthly figures per platform for one organisation (or the own ones), read through the figures
 * query (collector/store/queries/get-figures-buckets.ts) so the rules are the Overview's: followers
 * are the last count in the month, interactions the sum over the posts created in the month, and a
 * month without a count is null.
 */
import type { Platform } from '@crossreach/shared/platforms'
import { seriesPlan } from '../figures/bucket-plan.ts'
import { deriveBucket } from '../figures/derive-metrics.ts'
import type { Selection } from '../figures/selection.ts'
import type { Store } from '../store/db.ts'
import { getFiguresBuckets } from '../store/queries/get-figures-buckets.ts'
import { monthEnd } from './months.ts'

export interface MonthlyPlatform {
  platform: Platform
  followers: (number | null)[]
  interactions: (number | null)[]
  /** Posts with interaction counts, and the sum of their counts (for interactions per post). */
  measured: number[]
  /** Posts created in the month (null: nothing collected). */
  posts: (number | null)[]
}

/** One entry per platform the selection has accounts on, values aligned with `months`. */
export async function monthlyFigures(
  store: Store,
  selection: Omit<Selection, 'range'>,
  months: readonly string[],
): Promise<MonthlyPlatform[]> {
  const first = months[0]
  const last = months.at(-1)
  if (!first || !last) return []
  const range = { from: first, to: monthEnd(last) }
  const rows = await getFiguresBuckets(store, seriesPlan(range, 'month'), selection)
  const present = selection.platforms.filter((p) => rows.some((r) => r.platform === p))
  return present.map((platform) => {
    const byMonth = new Map(rows.filter((r) => r.platform === platform).map((r) => [r.bucket, r]))
    const values = months.map((m) => ({
      row: byMonth.get(m),
      derived: deriveBucket(byMonth.get(m)),
    }))
    return {
      platform,
      followers: values.map((v) => v.derived.followers),
      interactions: values.map((v) => v.derived.interactions),
      measured: values.map((v) => (v.derived.interactions === null ? 0 : (v.row?.measured ?? 0))),
      posts: values.map((v) => v.derived.posts),
    }
  })
}
