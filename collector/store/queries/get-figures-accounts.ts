/**
 * Per account over a range, for the Accounts page: the last follower count in the range and its
 * change against the last count of the previous period, and the posts created in the range with
 * their interactions, and interactions per 1,000 followers (over the last count in the range).
 * Removed accounts appear only when something was collected for them in it. The follower
 * sparklines come from get-account-followers-series.ts (collector/figures/get-account-figures.ts).
 */
import type { AccountFigures } from '@crossreach/shared/api'
import { wholeRangePlan } from '../../figures/bucket-plan.ts'
import { postSum } from '../../figures/derive-metrics.ts'
import type { Selection } from '../../figures/selection.ts'
import type { Store } from '../db.ts'
import { accountBucketsSql } from './account-buckets-sql.ts'

type Row = Omit<
  AccountFigures,
  'removedAt' | 'followersAt' | 'interactions' | 'posts' | 'interactionsPer1kFollowers'
> & {
  removedAt: Date | null
  followersAt: Date | null
  observed: boolean
  posts: number
  measured: number
  interactionsSum: number | null
}

export async function getFiguresAccounts(
  store: Store,
  selection: Selection,
): Promise<Omit<AccountFigures, 'followersSeries'>[]> {
  const { sql, params } = accountBucketsSql(wholeRangePlan(selection.range), selection)
  const rows = await store.all<Row>(
    `${sql}
    SELECT a.id, a.platform, a.handle, a.display_name, a.profile_url,
           o.id AS organisation_id, o.name AS organisation, o.kind AS organisation_kind, a.removed_at,
           g.followers, g.followers_at, g.followers - g.prev_followers AS net_follower_change,
           g.observed, g.posts, g.measured, g.interactions AS interactions_sum
    FROM acct g
    JOIN accounts a ON a.id = g.account_id
    JOIN organisations o ON o.id = a.organisation_id
    WHERE NOT g.is_lookback AND (a.removed_at IS NULL OR g.observed)
    ORDER BY o.kind, o.name, a.platform, a.handle`,
    params,
  )
  return rows.map(({ observed, measured, interactionsSum, ...r }) => {
    const posts = observed ? r.posts : null
    const interactions = postSum(posts, measured, interactionsSum)
    return {
      ...r,
      removedAt: r.removedAt ? r.removedAt.toISOString() : null,
      followersAt: r.followersAt ? r.followersAt.toISOString() : null,
      posts,
      interactions,
      interactionsPer1kFollowers:
        interactions === null || r.followers === null || r.followers === 0
          ? null
          : (interactions / r.followers) * 1000,
    }
  })
}
