/**
 * Reading what was typed in the Settings forms (counts, dates, today's date) and which field a server
 * refusal is about. Plain functions, testable without a browser.
 */

/** A whole number typed with or without thousands separators ("12500", "12.500", "12,500"). */
export function parseCount(value: string): number | null {
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  if (/^\d{1,3}([.,\s\u00a0]\d{3})+$/.test(trimmed)) return Number(trimmed.replace(/\D/g, ''))
  return null
}

/** Whether a date input holds a whole date (YYYY-MM-DD); an empty or partial one does not. */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today(): string {
  const now = Date.now()
  const offsetMs = new Date(now).getTimezoneOffset() * 60_000
  return new Date(now - offsetMs).toISOString().slice(0, 10)
}

/**
 * The field a validation refusal names: the server's message starts with the field's path
 * ("handle is empty…", "followers cannot be negative"); `fields` maps such names to control ids.
 */
export function fieldInMessage(message: string, fields: Record<string, string>): string | null {
  const first = /^([A-Za-z.]+)\s/.exec(message)?.[1]
  return first !== undefined && Object.hasOwn(fields, first) ? (fields[first] ?? null) : null
}
