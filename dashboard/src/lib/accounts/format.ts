/** Number and time formats the Accounts pages need beyond lib/format.ts (Intl, UTC). */

/** A rate with one decimal (12,3 / 12.3). */
export function formatDecimal(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value)
}

/**
 * A moment as date and time in UTC, with the zone named (the product's dates are UTC). Intl does
 * not allow dateStyle/timeStyle together with timeZoneName, hence the separate fields.
 */
export function formatMoment(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(new Date(iso))
}
