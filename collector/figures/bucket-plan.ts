/**
 * How the figures SQL cuts time into buckets: the series plan (one bucket per day, ISO week or
 * month) and the whole-range plan (the range as one bucket, for totals). Each plan also names a
 * look-back bucket just before the range, so the first bucket's net follower change has a
 * "last count before" to compare with; the look-back itself is never shown.
 */
import {
  bucketStart,
  previousBucketStart,
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
  /** Buckets are `step` days or months long, counted from `origin` (DuckDB's time_bucket). */
  unit: 'day' | 'month'
  step: number
  origin: string
}

/** Any Monday: ISO weeks start on Mondays. */
const MONDAY = '2000-01-03'
const FIRST_OF_MONTH = '2000-01-01'

export function seriesPlan(range: DateRange, grain: Grain): BucketPlan {
  const first = bucketStart(range.from, grain)
  return {
    from: range.from,
    to: range.to,
    lookback: previousBucketStart(first, grain),
    lastBucket: bucketStart(range.to, grain),
    unit: grain === 'month' ? 'month' : 'day',
    step: grain === 'week' ? 7 : 1,
    origin: grain === 'week' ? MONDAY : FIRST_OF_MONTH,
  }
}

/** The range as one bucket; the look-back is the previous period of the same length. */
export function wholeRangePlan(range: DateRange): BucketPlan {
  const days = rangeLength(range)
  return {
    from: range.from,
    to: range.to,
    lookback: addDays(range.from, -days),
    lastBucket: range.from,
    unit: 'day',
    step: days,
    origin: range.from,
  }
}
