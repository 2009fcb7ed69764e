/**
 * Follower series of every selected account in one query, for the Accounts page's sparklines:
 * per account and bucket the last non-null follower count (latest slot, then source). A bucket
 * without a count has no row; the shaping turns that into null (a gap), never 0.
 */
import type { BucketPlan } from '../../figures/bucket-plan.ts'
import type { Selection } from '../../figures/selection.ts'
import type { Store } from '../db.ts'
import { addDays } from '@crossreach/shared/periods'
import { latestKeySql, utcDateSql } from './post-counts-sql.ts'
import { selectedAccountsCte } from './selection-sql.ts'

export interface AccountFollowersRow {
  accountId: number
  /** First date of the bucket (YYYY-MM-DD). */
  bucket: string
  followers: number
}

export async function getAccountFollowersSeries(
  store: Store,
  plan: BucketPlan,
  selection: Omit<Selection, 'range'>,
): Promise<AccountFollowersRow[]> {
  const sel = selectedAccountsCte(selection, plan.from)
  return store.all<AccountFollowersRow>(
    `WITH p AS (
       SELECT ?::TIMESTAMPTZ AS from_ts, ?::TIMESTAMPTZ AS cutoff, ?::DATE AS origin,
              CASE WHEN ?::VARCHAR = 'month' THEN to_months(?::INTEGER) ELSE to_days(?::INTEGER) END AS step
     ),
     ${sel.sql}
     SELECT s.account_id,
            strftime(time_bucket(p.step, ${utcDateSql('s.slot')}, p.origin)::DATE, '%Y-%m-%d') AS bucket,
            arg_max(s.followers, ${latestKeySql('s')}) AS followers
     FROM profile_snapshots s, p
     WHERE s.slot >= p.from_ts AND s.slot < p.cutoff AND s.followers IS NOT NULL
       AND s.account_id IN (SELECT account_id FROM sel)
     GROUP BY ALL`,
    [
      `${plan.from}T00:00:00Z`,
      `${addDays(plan.to, 1)}T00:00:00Z`,
      plan.origin,
      plan.unit,
      plan.step,
      plan.step,
      ...sel.params,
    ],
  )
}
