/**
 * Follower totals from the account overview export, which has daily new follows and unfollows
 * but no total: anchored on one known total, the daily changes give the total on nearby days.
 */

export interface DailyFollowChange {
  day: string
  newFollows: number | null
  unfollows: number | null
}

export interface FollowerTotal {
  day: string
  followers: number
}

const DAY_MS = 86_400_000

/**
 * Reconstructs the follower total at the end of each covered day from one anchor.
 *
 * `anchor.followers` is the total at the END of `anchor.day` (from the API or typed in by hand).
 * With new(d) and unf(d) the new follows and unfollows during day d:
 * - after the anchor:  followers(d) = followers(d-1) + new(d) - unf(d)
 * - before the anchor: followers(d) = followers(d+1) - new(d+1) + unf(d+1)
 *
 * The walk goes both ways from the anchor and stops at the first missing day or the first day
 * whose new follows or unfollows are null: it never guesses across a gap. Only days in `days` are
 * returned (the anchor day too, with the anchor's total, when it is one of them), oldest first.
 * So the anchor must lie within the covered days or be the day just before them (the day just
 * after gives nothing: going back from it needs that day's own changes, which the export lacks);
 * otherwise the result is []. Arithmetic is exact on integers; nothing is rounded or clamped, so a
 * negative total means the anchor or the export is wrong.
 *
 * `days` may be in any order (the export is newest first). Throws RangeError on a malformed or
 * repeated day, or a non-integer count: those are programming errors, not user input.
 */
export function reconstructFollowerSeries(
  days: readonly DailyFollowChange[],
  anchor: FollowerTotal,
): FollowerTotal[] {
  const byDay = new Map<number, DailyFollowChange>()
  for (const d of days) {
    const n = dayNumber(d.day)
    if (byDay.has(n)) throw new RangeError(`day ${d.day} appears twice`)
    checkCount(d.newFollows, d.day)
    checkCount(d.unfollows, d.day)
    byDay.set(n, d)
  }
  checkCount(anchor.followers, anchor.day)
  const start = dayNumber(anchor.day)

  const series: FollowerTotal[] = []
  if (byDay.has(start)) series.push({ day: dayString(start), followers: anchor.followers })

  let total = anchor.followers
  for (let n = start + 1; ; n++) {
    const change = byDay.get(n)
    if (!change || change.newFollows === null || change.unfollows === null) break
    total = total + change.newFollows - change.unfollows
    series.push({ day: dayString(n), followers: total })
  }

  total = anchor.followers
  const before: FollowerTotal[] = []
  for (let n = start; byDay.has(n - 1); n--) {
    const change = byDay.get(n)
    if (!change || change.newFollows === null || change.unfollows === null) break
    total = total - change.newFollows + change.unfollows
    before.push({ day: dayString(n - 1), followers: total })
  }
  return [...before.reverse(), ...series]
}

function dayNumber(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN
  if (Number.isNaN(ms) || dayString(ms / DAY_MS) !== day) {
    throw new RangeError(`"${day}" is not a calendar day in the form YYYY-MM-DD`)
  }
  return ms / DAY_MS
}

function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

function checkCount(value: number | null, day: string): void {
  if (value !== null && !Number.isSafeInteger(value)) {
    throw new RangeError(`the count ${value} for ${day} is not an integer`)
  }
}
