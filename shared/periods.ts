/**
 * Date ranges, grains and buckets. Everything here works on UTC calendar dates written as
 * YYYY-MM-DD: a snapshot taken at 2026-03-01T23:30Z belongs to 1 March, whatever the server's or
 * the reader's time zone. A range includes both its `from` and its `to` date.
 *
 * Buckets are aligned to the grain: a day; an ISO week (Monday to Sunday); a calendar month. A
 * bucket is named by its first date, so the first bucket of a range that starts mid-week is named
 * by that week's Monday, although only the dates from `from` onwards count in it (the same holds
 * for the last bucket and `to`). The previous period of a range is the range of the same number of
 * days that ends the day before `from`.
 *
 * Plain Date UTC arithmetic only: no time zone library, nothing that depends on the local zone.
 */

export const GRAINS = ['day', 'week', 'month'] as const
export type Grain = (typeof GRAINS)[number]

/** An inclusive range of UTC calendar dates, both YYYY-MM-DD. */
export interface DateRange {
  from: string
  to: string
}

const DAY_MS = 86_400_000

/** The Date at 00:00 UTC of a YYYY-MM-DD date, or null when it is not a real calendar date. */
export function parseIsoDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const date = new Date(`${value}T00:00:00Z`)
  if (Number.isNaN(date.getTime()) || toIsoDate(date) !== value) return null
  return date
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** The UTC calendar date of a moment. */
export function utcDate(moment: Date): string {
  return toIsoDate(moment)
}

function mustParse(value: string): Date {
  const date = parseIsoDate(value)
  if (!date) throw new Error(`${value} is not a calendar date (YYYY-MM-DD)`)
  return date
}

export function addDays(date: string, days: number): string {
  return toIsoDate(new Date(mustParse(date).getTime() + days * DAY_MS))
}

/** Adds whole months to a date; the day of the month is kept, so use it on month starts. */
export function addMonths(date: string, months: number): string {
  const d = mustParse(date)
  return toIsoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate())))
}

/** Whole days from `from` to `to`, negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((mustParse(to).getTime() - mustParse(from).getTime()) / DAY_MS)
}

const EPOCH = '1970-01-01'

/** Days since 1970-01-01 (SQL: `date - DATE '1970-01-01'`), and back. */
export function epochDay(date: string): number {
  return daysBetween(EPOCH, date)
}

export function fromEpochDay(day: number): string {
  return addDays(EPOCH, day)
}

/** The number of dates in a range, both ends included. */
export function rangeLength(range: DateRange): number {
  return daysBetween(range.from, range.to) + 1
}

/** The first date of the bucket a date falls in: itself, its week's Monday, or its month's 1st. */
export function bucketStart(date: string, grain: Grain): string {
  const d = mustParse(date)
  if (grain === 'day') return date
  if (grain === 'month')
    return toIsoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)))
  const sinceMonday = (d.getUTCDay() + 6) % 7
  return addDays(date, -sinceMonday)
}

/** The first date of the bucket after the one that starts at `start`. */
export function nextBucketStart(start: string, grain: Grain): string {
  if (grain === 'day') return addDays(start, 1)
  if (grain === 'week') return addDays(start, 7)
  return addMonths(start, 1)
}

/** The bucket before the one that starts at `start`. */
export function previousBucketStart(start: string, grain: Grain): string {
  if (grain === 'day') return addDays(start, -1)
  if (grain === 'week') return addDays(start, -7)
  return addMonths(start, -1)
}

/** First dates of the buckets that cover a range, in order. */
export function bucketStarts(range: DateRange, grain: Grain): string[] {
  const starts: string[] = []
  for (let s = bucketStart(range.from, grain); s <= range.to; s = nextBucketStart(s, grain)) {
    starts.push(s)
  }
  return starts
}

/** How many buckets cover a range, without listing them. */
export function bucketCount(range: DateRange, grain: Grain): number {
  const first = bucketStart(range.from, grain)
  const last = bucketStart(range.to, grain)
  if (grain === 'day') return daysBetween(first, last) + 1
  if (grain === 'week') return daysBetween(first, last) / 7 + 1
  const a = mustParse(first)
  const b = mustParse(last)
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth()) + 1
}

/** The range of the same length that ends the day before `range.from`. */
export function previousRange(range: DateRange): DateRange {
  const length = rangeLength(range)
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) }
}

/** The last `days` dates up to and including `today`. */
export function lastDays(today: string, days: number): DateRange {
  return { from: addDays(today, -(days - 1)), to: today }
}
