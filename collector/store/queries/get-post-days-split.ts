/**
 * For the figures of a range: the first day from which posts must be summed one by one rather
 * than from post_days, namely the first day of the range holding a post whose snapshots do not
 * all lie in the range (it was still being re-read after it) or that is not yet old enough for
 * the equal-age count by the end of the range. The day after the range when there is none.
 */
import { EQUAL_AGE } from '@crossreach/shared/metrics'
import { addDays } from '@crossreach/shared/periods'
import type { Store } from '../db.ts'

export async function getPostDaysSplit(
  store: Store,
  range: { from: string; to: string },
): Promise<string> {
  const cutoff = `${addDays(range.to, 1)}T00:00:00Z`
  const row = await store.one<{ split: string | null }>(
    `SELECT strftime(min(day), '%Y-%m-%d') AS split FROM post_days
     WHERE day >= ?::DATE AND day <= ?::DATE
       AND NOT (coalesce(first_slot >= ?::TIMESTAMPTZ AND last_slot < ?::TIMESTAMPTZ, true)
                AND epoch_ms(last_created_at) <= ?::BIGINT)`,
    // Epoch arithmetic: TIMESTAMPTZ plus an interval goes through ICU, a microsecond per row.
    [
      range.from,
      range.to,
      `${range.from}T00:00:00Z`,
      cutoff,
      Date.parse(cutoff) - EQUAL_AGE.seconds * 1000,
    ],
  )
  return row?.split ?? addDays(range.to, 1)
}
