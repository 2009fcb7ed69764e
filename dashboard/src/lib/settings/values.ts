/** Reading what was typed in the Settings forms: counts and today's date. */

/** A whole number typed with or without thousands separators ("12500", "12.500", "12,500"). */
export function parseCount(value: string): number | null {
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  if (/^\d{1,3}([.,\s\u00a0]\d{3})+$/.test(trimmed)) return Number(trimmed.replace(/\D/g, ''))
  return null
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today(): string {
  const now = Date.now()
  const offsetMs = new Date(now).getTimezoneOffset() * 60_000
  return new Date(now - offsetMs).toISOString().slice(0, 10)
}
