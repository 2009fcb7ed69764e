/** Locale-aware number and date formatting with Intl; every date is a UTC calendar date. */
import type { Grain } from '@crossreach/shared/periods'

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)
}

/** A signed whole number: +1.234 or −56. */
export function formatSigned(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(value)
}

/** A signed percentage from a number already in percent (12.5 reads +12,5%). */
export function formatSignedPct(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(value / 100)
}

/** A fraction from 0 to 1 as a percentage (0.745 reads 74,5%). */
export function formatShare(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value)
}

export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  )
}

/** The name of a bucket starting on `isoDate`: a date, "week of …" or a month and year. */
export function formatBucket(
  isoDate: string,
  grain: Grain,
  locale: string,
  weekOf: (date: string) => string,
): string {
  if (grain === 'month') {
    return new Intl.DateTimeFormat(locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${isoDate}T00:00:00Z`))
  }
  const date = formatDate(isoDate, locale)
  return grain === 'week' ? weekOf(date) : date
}

/** A quotient with a fixed number of decimals (12.5 reads 12,50 in Dutch). */
export function formatDecimal(value: number, locale: string, decimals = 2): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value)
}
