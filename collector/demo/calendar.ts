/**
 * Time helpers for the demo generator: UTC day arithmetic, Dutch local time (CET/CEST), the
 * quiet periods of a Dutch comms team (weekends, summer holidays, Christmas) and Dutch date words
 * for post texts. Written out by hand so the output does not depend on the machine's locale data.
 */

export const MINUTE = 60_000
export const HOUR = 3_600_000
export const DAY = 86_400_000

export function floorDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The last Sunday of a month (UTC midnight), for the European summer-time switch. */
function lastSunday(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0)
  return lastDay - new Date(lastDay).getUTCDay() * DAY
}

/** Hours the Netherlands is ahead of UTC at this moment: 2 in summer time, else 1. */
export function amsterdamOffsetHours(ms: number): number {
  const year = new Date(ms).getUTCFullYear()
  const start = lastSunday(year, 2) + HOUR
  const end = lastSunday(year, 9) + HOUR
  return ms >= start && ms < end ? 2 : 1
}

/** The UTC instant (whole seconds) of a local Dutch wall-clock time on the UTC day `dayMs`. */
export function localToUtc(dayMs: number, localHours: number): number {
  const guess = Math.round((dayMs + localHours * HOUR) / 1000) * 1000
  return guess - amsterdamOffsetHours(guess) * HOUR
}

export function isWeekend(dayMs: number): boolean {
  const weekday = new Date(dayMs).getUTCDay()
  return weekday === 0 || weekday === 6
}

/** How busy a comms team is on this day, 1 on an ordinary working day. */
export function activityFactor(dayMs: number): number {
  const d = new Date(dayMs)
  const month = d.getUTCMonth()
  const date = d.getUTCDate()
  let factor = isWeekend(dayMs) ? 0.22 : 1
  // Summer holidays (mid July to the end of August) and the Christmas break are quiet.
  if ((month === 6 && date >= 12) || month === 7) factor *= 0.55
  if ((month === 11 && date >= 23) || (month === 0 && date <= 2)) factor *= 0.4
  return factor
}

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]

/** "dinsdag 14 oktober" for the UTC day of `ms`. */
export function dutchDate(ms: number): string {
  const d = new Date(ms)
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`
}

/** "14 oktober" for the UTC day of `ms`. */
export function dutchDayMonth(ms: number): string {
  const d = new Date(ms)
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`
}

/** Calendar months back from `endMs` (UTC), clamped to the last day of a shorter month. */
export function monthsBefore(endMs: number, months: number): number {
  const end = new Date(endMs)
  const target = new Date(endMs)
  target.setUTCDate(1)
  target.setUTCMonth(end.getUTCMonth() - months)
  const lastOfMonth = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate()
  target.setUTCDate(Math.min(end.getUTCDate(), lastOfMonth))
  return target.getTime()
}
