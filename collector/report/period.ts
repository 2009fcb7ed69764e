/**
 * The report's period: the last full calendar quarter in the data when none is asked for, and
 * the grain of its charts (days for a month, weeks for a quarter, months beyond half a year).
 */
import {
  addDays,
  addMonths,
  rangeLength,
  type DateRange,
  type Grain,
} from '@crossreach/shared/periods'

/** The quarter (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) containing a date. */
export function quarterOf(date: string): DateRange {
  const year = date.slice(0, 4)
  const month = Number(date.slice(5, 7))
  const first = `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`
  return { from: first, to: addDays(addMonths(first, 3), -1) }
}

/** The latest quarter that ends on or before `lastDate` (the last day with data). */
export function lastFullQuarter(lastDate: string): DateRange {
  const q = quarterOf(lastDate)
  if (q.to === lastDate) return q
  return quarterOf(addDays(q.from, -1))
}

export function reportGrain(range: DateRange): Grain {
  const days = rangeLength(range)
  if (days <= 31) return 'day'
  if (days <= 190) return 'week'
  return 'month'
}
