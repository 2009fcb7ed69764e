/**
 * The collection_runs health record. A run is opened as 'running' before any request, and
 * closed as ok or error; a process that dies leaves 'running' rows that the next start marks
 * 'interrupted'. Skipped runs (budget, overlap, unavailable) are recorded too.
 */
import type { Platform } from '@crossreach/shared/platforms'
import type { Store, Tx } from '../db.ts'
import type { RunStats } from '../../net/run-stats.ts'

export type Job = 'profiles' | 'posts' | 'import' | 'manual'
export type Trigger = 'schedule' | 'command' | 'api'

export interface RunStart {
  job: Job
  platform: Platform
  accountId: number | null
  slot: Date
  trigger: Trigger
}

export async function openRun(store: Store, run: RunStart): Promise<number> {
  return store.write(async (tx) => insertRun(tx, run, 'running'))
}

export async function insertRun(tx: Tx, run: RunStart, status: 'running' | 'ok'): Promise<number> {
  const [row] = await tx.all<{ id: number }>(
    `INSERT INTO collection_runs (job, platform, account_id, slot, trigger, status, started_at)
     VALUES (?, ?, ?, ?::TIMESTAMPTZ, ?, ?, now()) RETURNING id`,
    [run.job, run.platform, run.accountId, run.slot, run.trigger, status],
  )
  if (!row) throw new Error('run record was not created')
  return row.id
}

export interface RunOutcome {
  status: 'ok' | 'error'
  stats: RunStats
  rowsWritten: number
  costUsd: number
  error?: string
  errorKind?: string
  detail?: string
}

/** Closes a run inside the transaction that wrote its rows, so both land or neither. */
export async function closeRun(tx: Tx, id: number, outcome: RunOutcome): Promise<void> {
  await tx.run(
    `UPDATE collection_runs SET status = ?, finished_at = now(), requests = ?, retries = ?,
       rate_limit_waits = ?, rate_limit_wait_ms = ?, rows_written = ?, estimated_cost_usd = ?,
       error = ?, error_kind = ?, detail = ?
     WHERE id = ?`,
    [
      outcome.status,
      outcome.stats.requests,
      outcome.stats.retries,
      outcome.stats.rateLimitWaits,
      Math.round(outcome.stats.rateLimitWaitMs),
      outcome.rowsWritten,
      outcome.costUsd,
      outcome.error ?? null,
      outcome.errorKind ?? null,
      outcome.detail ?? null,
      id,
    ],
  )
}

export async function recordSkippedRun(
  store: Store,
  run: RunStart,
  reason: string,
  kind: string,
  estimatedCostUsd = 0,
): Promise<number> {
  return store.write(async (tx) => {
    const [row] = await tx.all<{ id: number }>(
      `INSERT INTO collection_runs (job, platform, account_id, slot, trigger, status, started_at, finished_at, error, error_kind, detail)
       VALUES (?, ?, ?, ?::TIMESTAMPTZ, ?, 'skipped', now(), now(), ?, ?, ?) RETURNING id`,
      [
        run.job,
        run.platform,
        run.accountId,
        run.slot,
        run.trigger,
        reason,
        kind,
        estimatedCostUsd > 0 ? `estimated cost $${estimatedCostUsd.toFixed(3)}` : null,
      ],
    )
    return row?.id ?? 0
  })
}

/** At start: runs left 'running' by a process that died are marked interrupted. */
export async function markInterruptedRuns(store: Store): Promise<number> {
  return store.write(async (tx) => {
    const rows = await tx.all(
      `UPDATE collection_runs SET status = 'interrupted', finished_at = now(),
         error = 'crossreach stopped during this run; nothing of it was saved', error_kind = 'interrupted'
       WHERE status = 'running' RETURNING id`,
    )
    return rows.length
  })
}
