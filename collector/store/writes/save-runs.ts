/**
 * The collection_runs health record. A run is opened as 'running' before any request, and
 * closed as ok or error; a process that dies leaves 'running' rows that the next start marks
 * 'interrupted'. Skipped runs (budget, overlap, unavailable) are recorded too.
 */
import type { Platform } from '@crossreach/shared/platforms'
import { appendKinds, runScript, type SqlValue, type Store, type Tx } from '../db.ts'
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

export async function insertRun(tx: Tx, run: RunStart, status: 'running' | 'ok'): Promise<number> {
  const [row] = await tx.all<{ id: number }>(
    `INSERT INTO collection_runs (job, platform, account_id, slot, trigger, status, started_at)
     VALUES (?, ?, ?, ?::TIMESTAMPTZ, ?, ?, now()) RETURNING id`,
    [run.job, run.platform, run.accountId, run.slot, run.trigger, status],
  )
  if (!row) throw new Error('run record was not created')
  return row.id
}

/**
 * Opens the run records of a job's accounts at once: ids are drawn from the sequence in one query
 * and the rows appended in bulk. Returns run id by account id.
 */
export async function openRuns(tx: Tx, runs: readonly RunStart[]): Promise<Map<number, number>> {
  const ids = new Map<number, number>()
  if (runs.length === 0) return ids
  const drawn = await tx.all<{ id: number }>(`SELECT nextval('run_id_seq') AS id FROM range(?)`, [
    runs.length,
  ])
  const now = new Date()
  await tx.append(
    'collection_runs',
    // id, job, platform, account_id, slot, trigger, status, started_at, finished_at, requests,
    // retries, rate_limit_waits, rate_limit_wait_ms, rows_written, estimated_cost_usd, error, error_kind, detail
    appendKinds(
      'int text text int timestamp text text timestamp timestamp int int int int int double text text text',
    ),
    runs.map((r, i): SqlValue[] => {
      const id = drawn[i]!.id
      if (r.accountId !== null) ids.set(r.accountId, id)
      return [
        id,
        r.job,
        r.platform,
        r.accountId,
        r.slot,
        r.trigger,
        'running',
        now,
        null,
        0,
        0,
        0,
        0,
        0,
        0,
        null,
        null,
        null,
      ]
    }),
  )
  return ids
}

export interface RunOutcome {
  status: 'ok' | 'error' | 'skipped'
  stats: RunStats
  rowsWritten: number
  costUsd: number
  error?: string
  errorKind?: string
  detail?: string
}

/** Closes a run inside the transaction that wrote its rows, so both land or neither. */
export function closeRun(tx: Tx, id: number, outcome: RunOutcome): Promise<void> {
  return closeRuns(tx, [{ id, outcome }])
}

export interface RunClose {
  id: number
  outcome: RunOutcome
  /** Replaces the time the record was opened. */
  startedAt?: Date
}

/** Closes many runs in one statement. */
export async function closeRuns(tx: Tx, runs: readonly RunClose[]): Promise<void> {
  await runScript(tx, await stageRunCloses(tx, runs))
}

/** Appends the closes to staging; returns the statements that apply them (to run in order). */
export async function stageRunCloses(tx: Tx, runs: readonly RunClose[]): Promise<string[]> {
  if (runs.length === 0) return []
  await tx.append(
    'staging_run_closes',
    appendKinds('int text timestamp int int int int int double text text text'),
    runs.map(({ id, outcome: o, startedAt }): SqlValue[] => [
      id,
      o.status,
      startedAt ?? null,
      o.stats.requests,
      o.stats.retries,
      o.stats.rateLimitWaits,
      o.stats.rateLimitWaitMs,
      o.rowsWritten,
      o.costUsd,
      o.error ?? null,
      o.errorKind ?? null,
      o.detail ?? null,
    ]),
  )
  return [
    `UPDATE collection_runs SET status = v.status, started_at = coalesce(v.started_at, collection_runs.started_at),
       finished_at = now(), requests = v.requests, retries = v.retries, rate_limit_waits = v.rate_limit_waits,
       rate_limit_wait_ms = v.rate_limit_wait_ms, rows_written = v.rows_written,
       estimated_cost_usd = v.estimated_cost_usd, error = v.error, error_kind = v.error_kind, detail = v.detail
     FROM staging_run_closes AS v
     WHERE collection_runs.id = v.id`,
    'DELETE FROM staging_run_closes',
  ]
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
