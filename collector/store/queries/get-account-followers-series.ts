/**
 * Follower series of every selected account in one query, for the Accounts page's sparklines:
 * per account and bucket the last non-null follower count (latest slot, then source), from each
 * day's last count in account_days. A bucket without a count has no row; the shaping turns that
 * into null (a gap), never 0.
 */
import type { BucketPlan } from '../../figures/bucket-plan.ts'
import type { Selection } from '../../figures/selection.ts'
import type { Store } from '../db.ts'
import { selectedAccountsCte } from './selection-sql.ts'

export interface AccountFollowersRow {
  accountId: number
  /**
   * First date of the bucket as days since 1970-01-01 (a number converts about twice as fast
   * as a date string, and the Accounts page reads one row per account and bucket).
   */
  bucketDay: number
  followers: number
}

export async function getAccountFollowersSeries(
  store: Store,
  plan: BucketPlan,
  selection: Omit<Selection, 'range'>,
): Promise<AccountFollowersRow[]> {
  const sel = selectedAccountsCte(selection, plan.from)
  return store.all<AccountFollowersRow>(
    `WITH ${sel.sql},
     -- Each date of the range with its bucket, so the days find theirs by a join.
     day_buckets AS (
       SELECT day, (time_bucket(step, day, ?::DATE)::DATE - DATE '1970-01-01')::INTEGER AS bucket_day
       FROM (SELECT unnest(generate_series(?::TIMESTAMP, ?::TIMESTAMP, INTERVAL 1 DAY))::DATE AS day,
                    CASE WHEN ?::VARCHAR = 'month' THEN to_months(?::INTEGER) ELSE to_days(?::INTEGER) END AS step)
     )
     SELECT d.account_id, db.bucket_day, arg_max(d.followers, d.followers_key) AS followers
     FROM account_days d JOIN day_buckets db USING (day)
     -- Bounds as parameters: a constant filter lets DuckDB skip old row groups.
     WHERE d.day >= ?::DATE AND d.day <= ?::DATE AND d.has_followers
       AND d.account_id IN (SELECT account_id FROM sel)
     GROUP BY ALL`,
    [
      ...sel.params,
      plan.origin,
      plan.from,
      plan.to,
      plan.unit,
      plan.step,
      plan.step,
      plan.from,
      plan.to,
    ],
  )
}
