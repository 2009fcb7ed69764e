/**
 * Per account of the given organisations over a range, for the peer benchmark: the last follower
 * count in the range and the last of the previous period, and the interactions on the posts of
 * the range (see account-buckets-sql.ts for the rules). Removed accounts appear only when
 * something was collected for them in the range.
 */
import { PLATFORMS, type Platform } from '@crossreach/shared/platforms'
import type { DateRange } from '@crossreach/shared/periods'
import { wholeRangePlan } from '../../figures/bucket-plan.ts'
import { postSum } from '../../figures/derive-metrics.ts'
import type { Store } from '../db.ts'
import { accountBucketsSql } from './account-buckets-sql.ts'

export interface PeerAccountFigures {
  organisationId: number
  accountId: number
  platform: Platform
  followers: number | null
  previousFollowers: number | null
  interactions: number | null
}

interface Row extends Omit<PeerAccountFigures, 'interactions'> {
  observed: boolean
  posts: number
  measured: number
  interactionsSum: number | null
}

export async function getPeerAccountFigures(
  store: Store,
  range: DateRange,
  organisationIds: readonly number[],
): Promise<PeerAccountFigures[]> {
  if (organisationIds.length === 0) return []
  const { sql, params } = accountBucketsSql(wholeRangePlan(range), {
    platforms: PLATFORMS,
    organisation: 'all',
    account: null,
  })
  const rows = await store.all<Row>(
    `${sql}
    SELECT a.organisation_id, a.id AS account_id, a.platform, g.followers,
           g.prev_followers AS previous_followers, g.observed, g.posts, g.measured,
           g.interactions AS interactions_sum
    FROM acct g JOIN accounts a ON a.id = g.account_id
    WHERE NOT g.is_lookback AND (a.removed_at IS NULL OR g.observed)
      AND a.organisation_id IN (${organisationIds.map(() => '?').join(', ')})
    ORDER BY a.organisation_id, a.platform, a.id`,
    [...params, ...organisationIds],
  )
  return rows.map(({ observed, posts, measured, interactionsSum, ...r }) => ({
    ...r,
    interactions: postSum(observed ? posts : null, measured, interactionsSum),
  }))
}
