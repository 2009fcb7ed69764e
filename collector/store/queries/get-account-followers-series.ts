/**
 * Follower series of every selected account in one query, for the Accounts page's sparklines:
 * per account and bucket the last non-null follower count (latest slot, then source), from each
 * day's last count in account_days. A bucket without a count has no row; the shaping turns that
 * into null (a gap), never 0.
 */
import type { BucketPlan } from '../../figures/bucket-plan.ts'
import type { Selection } from '../../figures/selection.ts'
import { binder, type SqlValue, type Store } from '../db.ts'
import { dayBucketSql } from './bucket-sql.ts'
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
  const params: SqlValue[] = [...sel.params]
  const bind = binder(params)
  return store.all<AccountFollowersRow>(
    `WITH ${sel.sql}
     SELECT d.account_id, (${dayBucketSql(plan, 'd.day', bind)} - DATE '1970-01-01')::INTEGER AS bucket_day,
            arg_max(d.followers, d.followers_key) AS followers
     FROM account_days d
     -- Bounds bound where they are used: a constant filter lets DuckDB skip old row groups.
     WHERE d.day >= ${bind(plan.from)}::DATE AND d.day <= ${bind(plan.to)}::DATE AND d.has_followers
       AND d.account_id IN (SELECT account_id FROM sel)
     GROUP BY ALL`,
    params,
  )
}
