/**
 * Moments (timestamps) for people: a date with the time in UTC, as the schedule and the data use
 * UTC throughout; and money in US dollars (X bills in dollars).
 */

/** "20 nov 2026, 18:00 UTC" / "20 Nov 2026, 18:00 UTC". */
export function formatMoment(iso: string, locale: string): string {
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso))
  return `${text} UTC`
}

/** The calendar date (UTC) of a moment, as YYYY-MM-DD. */
export function isoDay(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10)
}

export function formatUsd(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value)
}
