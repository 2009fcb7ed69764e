/** Estimated X API spend of the current calendar month (UTC), from the run records. */
import type { Store } from '../db.ts'

export async function getXSpendThisMonth(store: Store, now: Date): Promise<number> {
  const row = await store.one<{ spent: number | null }>(
    `SELECT sum(estimated_cost_usd)::DOUBLE AS spent FROM collection_runs
     WHERE platform = 'x' AND status IN ('ok', 'error')
       AND started_at >= date_trunc('month', ?::TIMESTAMPTZ AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`,
    [now],
  )
  return row?.spent ?? 0
}
