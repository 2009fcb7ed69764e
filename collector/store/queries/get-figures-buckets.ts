/**
 * Figures per platform and for the whole selection, one row per bucket (the look-back bucket
 * left out): the raw parts the derived metrics are shaped from in collector/figures. A platform's
 * bucket value is NULL when any of its tracked accounts has nothing for that bucket; the combined
 * row applies the same rule over all accounts (GROUPING SETS).
 */
import type { Platform } from '@crossreach/shared/platforms'
import type { BucketPlan } from '../../figures/bucket-plan.ts'
import type { Selection } from '../../figures/selection.ts'
import type { Store } from '../db.ts'
import { accountBucketsSql } from './account-buckets-sql.ts'

export interface FigureBucketRow {
  /** null for the combined row */
  platform: Platform | null
  bucket: string
  /** accounts of the selection on the platform (or in all) */
  accounts: number
  followers: number | null
  netFollowerChange: number | null
  /** null when any tracked account was not collected in the bucket */
  posts: number | null
  /** posts that have interaction counts, and the sum of those counts */
  measured: number
  interactionsSum: number | null
  withImpressions: number
  impressionsSum: number | null
  atAgePosts: number
  atAgeSum: number | null
}

export async function getFiguresBuckets(
  store: Store,
  plan: BucketPlan,
  selection: Omit<Selection, 'range'>,
): Promise<FigureBucketRow[]> {
  const { sql, params } = accountBucketsSql(plan, selection)
  return store.all<FigureBucketRow>(
    `${sql}
    SELECT CASE WHEN grouping(platform) = 1 THEN NULL ELSE platform END AS platform,
           strftime(bucket, '%Y-%m-%d') AS bucket, count(*) AS accounts,
           CASE WHEN count(*) FILTER (WHERE f_tracked) = 0
                  OR bool_or(f_tracked AND followers IS NULL) THEN NULL
                ELSE sum(followers) FILTER (WHERE f_tracked) END AS followers,
           CASE WHEN count(*) FILTER (WHERE f_tracked AND prev_f_tracked) = 0
                  OR bool_or(f_tracked AND prev_f_tracked AND (followers IS NULL OR prev_followers IS NULL)) THEN NULL
                ELSE sum(followers - prev_followers) FILTER (WHERE f_tracked AND prev_f_tracked) END
             AS net_follower_change,
           CASE WHEN count(*) FILTER (WHERE o_tracked) = 0
                  OR bool_or(o_tracked AND NOT observed) THEN NULL
                ELSE sum(posts) END AS posts,
           sum(measured) AS measured, sum(interactions) AS interactions_sum,
           sum(with_impressions) AS with_impressions, sum(impressions) AS impressions_sum,
           sum(at_age_posts) AS at_age_posts, sum(at_age_sum) AS at_age_sum
    FROM acct WHERE NOT is_lookback
    GROUP BY GROUPING SETS ((platform, bucket), (bucket))
    ORDER BY platform NULLS LAST, bucket`,
    params,
  )
}
