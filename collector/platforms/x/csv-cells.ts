/**
 * Reading single cells of X analytics exports: counts, post ids and the two date formats.
 * Each reader throws a CellError with a plain reason; the row reader adds line, column and value.
 */
import { format } from 'date-fns/format'
import { isValid } from 'date-fns/isValid'
import { parse } from 'date-fns/parse'
import { enUS } from 'date-fns/locale/en-US'

/** A cell that cannot be read; `reason` completes the sentence `"<value>" …`. */
export class CellError extends Error {}

const WHOLE_OR_POINT_ZERO = /^\d+(\.\d+)?$/
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/

/**
 * A count: "" and "-" (not available, e.g. promoted columns of an unpromoted tweet) are null;
 * "3423.0" is 3423; "1,234" is 1234. Fractions, negatives and anything else are rejected.
 */
export function readCount(raw: string): number | null {
  const s = raw.trim()
  if (s === '' || s === '-') return null
  const digits = THOUSANDS.test(s) ? s.replaceAll(',', '') : s
  if (!WHOLE_OR_POINT_ZERO.test(digits)) throw new CellError('is not a number')
  const n = Number(digits)
  if (!Number.isInteger(n)) throw new CellError('is not a whole number')
  if (!Number.isSafeInteger(n)) throw new CellError('is too large to be a count')
  return n
}

/** X post ids are digit strings. Spreadsheet programs turn them into "1.47587E+18". */
export function readPostId(raw: string): string {
  const s = raw.trim()
  if (/^\d{1,20}$/.test(s)) return s
  if (s === '') throw new CellError('is empty; every post needs its id')
  if (/^\d(\.\d+)?e\+\d+$/i.test(s)) {
    throw new CellError(
      'is a rounded number, not a post id (a spreadsheet program changed it when the file was saved)',
    )
  }
  throw new CellError('is not an X post id (digits only)')
}

// X was founded in 2006; anything outside this range is a misread date, not a post.
const FIRST_YEAR = 2006
const LAST_YEAR = 2100
const REFERENCE = new Date(2000, 0, 1)
const LOCALE = { locale: enUS }

/** Legacy "time" cell, `YYYY-MM-DD HH:mm +0000`: an exact instant. */
export function readLegacyTime(raw: string): Date {
  const d = parse(raw.trim(), 'yyyy-MM-dd HH:mm xx', REFERENCE, LOCALE)
  if (!isValid(d)) throw new CellError('is not a date and time like "2021-12-28 16:45 +0000"')
  checkYear(d.getUTCFullYear())
  return d
}

/**
 * A calendar date of the current exports, `EEE, MMM d, yyyy` in English ("Tue, Sep 9, 2025"),
 * or ISO `yyyy-MM-dd` (documented for the 11-column overview). Returns YYYY-MM-DD. The weekday,
 * when given, must match the date, so a damaged date is not silently taken for another day.
 */
export function readCalendarDay(raw: string): string {
  const s = raw.trim().replace(/\s+/g, ' ')
  const iso = parse(s, 'yyyy-MM-dd', REFERENCE, LOCALE)
  if (isValid(iso)) return checkedDay(iso)
  const d = parse(s, 'EEE, MMM d, yyyy', REFERENCE, LOCALE)
  if (!isValid(d)) throw new CellError('is not a date like "Tue, Sep 9, 2025"')
  const weekday = s.slice(0, s.indexOf(',')).toLowerCase()
  if (format(d, 'EEE', LOCALE).toLowerCase() !== weekday) {
    throw new CellError(
      `has the wrong weekday: ${format(d, 'MMM d, yyyy', LOCALE)} is a ${format(d, 'EEEE', LOCALE)}`,
    )
  }
  return checkedDay(d)
}

// date-fns parses calendar dates as local midnight; reading the local fields gives the date back.
function checkedDay(d: Date): string {
  checkYear(d.getFullYear())
  return format(d, 'yyyy-MM-dd')
}

function checkYear(year: number): void {
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new CellError(`has the year ${year}, which cannot be a date on X`)
  }
}

/** A calendar day as the instant used for date-only posts: 12:00 UTC on that day. */
export function noonUtc(day: string): Date {
  return new Date(`${day}T12:00:00.000Z`)
}
