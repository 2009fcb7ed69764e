/** The most recent collection runs, newest first, with the account's handle. */
import type { Platform } from '@crossreach/shared/platforms'
import type { RunRecord } from '@crossreach/shared/api'
import type { SqlValue, Store } from '../db.ts'

export async function getRecentRuns(
  store: Store,
  opts: { limit: number; status?: RunRecord['status']; platform?: Platform },
): Promise<RunRecord[]> {
  const where: string[] = []
  const params: SqlValue[] = []
  if (opts.status) {
    where.push('r.status = ?')
    params.push(opts.status)
  }
  if (opts.platform) {
    where.push('r.platform = ?')
    params.push(opts.platform)
  }
  params.push(opts.limit)
  const rows = await store.all<
    Omit<RunRecord, 'slot' | 'startedAt' | 'finishedAt'> & {
      slot: Date
      startedAt: Date
      finishedAt: Date | null
    }
  >(
    `SELECT r.id, r.job, r.platform, r.account_id, a.handle, r.slot, r.trigger, r.status, r.started_at, r.finished_at,
            r.requests, r.retries, r.rate_limit_waits, r.rate_limit_wait_ms, r.rows_written,
            r.estimated_cost_usd::DOUBLE AS estimated_cost_usd, r.error, r.error_kind, r.detail
     FROM collection_runs r LEFT JOIN accounts a ON a.id = r.account_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY r.started_at DESC, r.id DESC LIMIT ?`,
    params,
  )
  return rows.map((r) => ({
    ...r,
    slot: r.slot.toISOString(),
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt ? r.finishedAt.toISOString() : null,
  }))
}
