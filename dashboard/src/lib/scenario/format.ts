/** Number formats of the Scenario page: shares given in percent, points of change, months. */
import { formatBucket, formatCount } from '../format.ts'

/** A percentage given as 0–100 with one decimal (59.6 reads 59,6% in Dutch). */
export function formatPercent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value / 100)
}

/** A signed number with at most one decimal (−5,3 or +350). */
export function formatSignedDecimal(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(value)
}

/** A count with at most one decimal (8,3). */
export function formatOneDecimal(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)
}

export function formatMonth(month: string, locale: string): string {
  return formatBucket(month, 'month', locale, (d) => d)
}

export { formatCount }
