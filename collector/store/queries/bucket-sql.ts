/**
 * The bucket of a plan (collector/figures/bucket-plan.ts) that a DATE column falls in, as SQL,
 * shared by the figures and the sparklines. Dates before the plan's `from` fall in its look-back.
 * Months are calendar months (monthly plans step one month from a 1st); buckets of whole days
 * count from the look-back, which starts a bucket and precedes every date read, so the integer
 * division never rounds a negative number. (DuckDB's time_bucket per row, or a join with a list
 * of the plan's dates, took longer on the national benchmark.)
 */
import type { BucketPlan } from '../../figures/bucket-plan.ts'
import type { SqlValue } from '../db.ts'

/** `bind` adds a value to the statement's parameters and returns its placeholder. */
export function dayBucketSql(
  plan: BucketPlan,
  day: string,
  bind: (value: SqlValue) => string,
): string {
  if (plan.unit === 'month' && plan.step !== 1) throw new Error('monthly plans step one month')
  // Bound in the order the placeholders appear.
  const before = `CASE WHEN ${day} < ${bind(plan.from)}::DATE THEN ${bind(plan.lookback)}::DATE ELSE`
  const start =
    plan.unit === 'month'
      ? `date_trunc('month', ${day})::DATE`
      : `${bind(plan.lookback)}::DATE + ((${day} - ${bind(plan.lookback)}::DATE) // ${bind(plan.step)}::INTEGER * ${bind(plan.step)}::INTEGER)::INTEGER`
  return `${before} ${start} END`
}
