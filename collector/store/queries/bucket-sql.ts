/**
 * A plan's buckets (collector/figures/bucket-plan.ts) in SQL, the one definition the figures,
 * the sparklines and their tests use: the first date of each bucket, and the bucket a DATE falls
 * in. Dates before the plan's `from` fall in its look-back. Months are calendar months (monthly
 * plans step one month); buckets of whole days count from the look-back, which starts a bucket,
 * so for dates from `from` on the integer division never rounds a negative number. (DuckDB's
 * time_bucket per row, or a join with a list of the plan's dates, took longer on the national
 * benchmark.)
 */
import type { BucketPlan } from '../../figures/bucket-plan.ts'
import type { Bind } from '../db.ts'

/** The first dates of the plan's buckets, look-back first, as a subquery with column `bucket`. */
export function bucketStartsSql(plan: BucketPlan, bind: Bind): string {
  // Bound in the order the placeholders appear.
  const from = `${bind(plan.lookback)}::TIMESTAMP, ${bind(plan.lastBucket)}::TIMESTAMP`
  const step = `${plan.unit === 'month' ? 'to_months' : 'to_days'}(${bind(plan.step)}::INTEGER)`
  return `(SELECT unnest(generate_series(${from}, ${step}))::DATE AS bucket)`
}

/** The first date of the bucket that the DATE expression `day` falls in. */
export function dayBucketSql(plan: BucketPlan, day: string, bind: Bind): string {
  if (plan.unit === 'month' && plan.step !== 1) throw new Error('monthly plans step one month')
  // Bound in the order the placeholders appear.
  const before = `CASE WHEN ${day} < ${bind(plan.from)}::DATE THEN ${bind(plan.lookback)}::DATE ELSE`
  const start =
    plan.unit === 'month'
      ? `date_trunc('month', ${day})::DATE`
      : `${bind(plan.lookback)}::DATE + ((${day} - ${bind(plan.lookback)}::DATE) // ${bind(plan.step)}::INTEGER * ${bind(plan.step)}::INTEGER)::INTEGER`
  return `${before} ${start} END`
}
