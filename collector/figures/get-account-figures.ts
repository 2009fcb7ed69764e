/**
 * The Accounts page's figures, callable without HTTP: each account's figures over the range
 * (get-figures-accounts.ts) and, from one more query for all accounts together, its follower
 * sparkline: the last count per day (ranges up to 31 days), ISO week (up to two years) or month,
 * null where there is no count.
 */
import type { AccountFiguresBody } from '@crossreach/shared/api'
import {
  bucketStarts,
  epochDay,
  previousRange,
  rangeLength,
  type DateRange,
  type Grain,
} from '@crossreach/shared/periods'
import type { Store } from '../store/db.ts'
import { getAccountFollowersSeries } from '../store/queries/get-account-followers-series.ts'
import { getFiguresAccounts } from '../store/queries/get-figures-accounts.ts'
import { seriesPlan } from './bucket-plan.ts'
import type { Selection } from './selection.ts'

export function sparklineGrain(range: DateRange): Grain {
  const days = rangeLength(range)
  if (days <= 31) return 'day'
  return days <= 731 ? 'week' : 'month'
}

export async function getAccountFigures(
  store: Store,
  selection: Selection,
): Promise<AccountFiguresBody> {
  const { range } = selection
  const grain = sparklineGrain(range)
  const buckets = bucketStarts(range, grain)
  // Two independent reads: side by side on the store's read connections.
  const [accounts, rows] = await Promise.all([
    getFiguresAccounts(store, selection),
    getAccountFollowersSeries(store, seriesPlan(range, grain), selection),
  ])
  const position = new Map(buckets.map((b, i) => [epochDay(b), i]))
  const series = new Map<number, (number | null)[]>()
  for (const row of rows) {
    const i = position.get(row.bucketDay)
    if (i === undefined) continue
    let values = series.get(row.accountId)
    if (!values) {
      values = buckets.map(() => null)
      series.set(row.accountId, values)
    }
    values[i] = row.followers
  }
  return {
    range,
    previousRange: previousRange(range),
    sparkline: { grain, buckets },
    accounts: accounts.map((a) => ({
      ...a,
      followersSeries: series.get(a.id) ?? buckets.map(() => null),
    })),
  }
}
