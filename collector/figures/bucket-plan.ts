/**
 * How the figures SQL cuts time into buckets: the series plan (one bucket per day, ISO week or
 * month), the whole-range plan (the range as one bucket) and the periods plan (the previous
 * period and the range as one bucket each, for the totals and their change). Each plan also
 * names a look-back bucket just before its first, so the first bucket's net follower change has
 * a "last count before" to compare with; the look-back itself is never shown.
 */
import {
  bucketStart,
  previousBucketStart,
  previousRange,
  rangeLength,
  addDays,
  type DateRange,
  type Grain,
} from '@crossreach/shared/periods'

export interface BucketPlan {
  /** Dates counted in the buckets (inclusive). */
  from: string
  to: string
  /** Start of the look-back bucket: dates from here up to the day before `from` fall in it. */
  lookback: string
  /** First date of the last bucket. */
  lastBucket: string
  /**
   * Buckets are `step` days (counted from the look-back, which starts one) or `step` calendar
   * months long; store/queries/bucket-sql.ts turns a date into its bucket.
   */
  unit: 'day' | 'month'
  step: number
  /**
   * The periods whose posts are counted as they stood at the period's end, in date order and
   * together covering from..to. A bucket belongs to the period its first date falls in (the
   * look-back to the first). Accounts removed before a period's `activeSince` are left out of
   * its buckets.
   */
  periods: PlanPeriod[]
}

export interface PlanPeriod {
  from: string
  to: string
  activeSince: string
}

export function seriesPlan(range: DateRange, grain: Grain): BucketPlan {
  const first = bucketStart(range.from, grain)
  return {
    from: range.from,
    to: range.to,
    lookback: previousBucketStart(first, grain),
    lastBucket: bucketStart(range.to, grain),
    unit: grain === 'month' ? 'month' : 'day',
    step: grain === 'week' ? 7 : 1,
    periods: [{ from: range.from, to: range.to, activeSince: previousBucketStart(first, grain) }],
  }
}

/** The range as one bucket; the look-back is the previous period of the same length. */
export function wholeRangePlan(range: DateRange): BucketPlan {
  const days = rangeLength(range)
  const lookback = addDays(range.from, -days)
  return {
    from: range.from,
    to: range.to,
    lookback,
    lastBucket: range.from,
    unit: 'day',
    step: days,
    periods: [{ from: range.from, to: range.to, activeSince: lookback }],
  }
}

/**
 * The previous period and the range, one bucket each, in one query: each bucket gives what the
 * whole-range plan of its own period gives (its posts as they stood at its end, its accounts).
 */
export function periodsPlan(range: DateRange): BucketPlan {
  const current = wholeRangePlan(range)
  const before = wholeRangePlan(previousRange(range))
  return {
    ...current,
    from: before.from,
    lookback: before.lookback,
    periods: [...before.periods, ...current.periods],
  }
}
