/**
 * Each platform's share of the organisation's followers and of its interactions per month, and how
 * the share in the reference month (the last of `months`) moved against 3, 6 and 12 months before.
 * A month's shares exist only when every platform has a count that month (as on the Overview).
 */
import { SHARE_CHANGE_MONTHS, type SharePart } from '@crossreach/shared/api-scenario'
import { addMonths } from '@crossreach/shared/periods'
import { audienceShares } from '../figures/derive-metrics.ts'
import type { MonthlyPlatform } from './monthly.ts'
import { round1 } from './round.ts'

export function shareSeries(
  data: readonly MonthlyPlatform[],
  months: readonly string[],
  metric: 'followers' | 'interactions',
): SharePart {
  const perMonth = months.map((_, i) =>
    audienceShares(data.map((p) => p[metric][i] ?? null)).map((s) =>
      round1(s === null ? null : s * 100),
    ),
  )
  const last = months.length - 1
  const reference = months[last]
  const series: SharePart['series'] = {}
  const rows = data.map((p, j) => {
    const values = perMonth.map((shares) => shares[j] ?? null)
    series[p.platform] = values
    const now = values[last] ?? null
    return {
      platform: p.platform,
      value: p[metric][last] ?? null,
      share: now,
      changes: SHARE_CHANGE_MONTHS.map((k) => {
        const thenMonth = reference ? addMonths(reference, -k) : ''
        const at = months.indexOf(thenMonth)
        const then = at >= 0 ? (values[at] ?? null) : null
        return {
          months: k,
          thenMonth,
          then,
          now,
          changePp: then === null || now === null ? null : round1(now - then),
        }
      }),
    }
  })
  return { rows, series }
}
