/**
 * Whole calendar months for the scenario: a month is named by its first day (YYYY-MM-01). The
 * scenario works on whole months only, so a month in which tracking started, or the month asOf
 * falls in when it is not its last day, is left out: its counts would be partial.
 */
import { addDays, addMonths, bucketStart } from '@crossreach/shared/periods'

export function monthOf(date: string): string {
  return bucketStart(date, 'month')
}

/** Whole months from `a` to `b` (both month starts): 0 for the same month, negative when b is earlier. */
export function monthDiff(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number) as [number, number]
  const [yb, mb] = b.split('-').map(Number) as [number, number]
  return (yb - ya) * 12 + (mb - ma)
}

/** The month starts from `first` to `last`, inclusive (empty when last comes first). */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = []
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m)
  return months
}

/** The last day of the month that starts on `month`. */
export function monthEnd(month: string): string {
  return addDays(addMonths(month, 1), -1)
}

/** The last whole month on or before `date`: its own month when it is the month's last day. */
export function lastWholeMonth(date: string): string {
  return monthOf(addDays(date, 1)) === monthOf(date) ? addMonths(monthOf(date), -1) : monthOf(date)
}

/** The first whole month from `date` on: its own month when it is the month's first day. */
export function firstWholeMonth(date: string): string {
  return date === monthOf(date) ? date : addMonths(monthOf(date), 1)
}
