/**
 * The last run of each platform and job (profiles, posts), with when that job last succeeded on
 * the platform and, when the last run failed or was skipped, its reason in plain words.
 */
import type { HealthLastRun } from '@crossreach/shared/api'
import type { Store } from '../db.ts'

type Row = Omit<HealthLastRun, 'finishedAt' | 'lastOkAt'> & {
  finishedAt: Date | null
  lastOkAt: Date | null
}

export async function getHealthLastRuns(store: Store): Promise<HealthLastRun[]> {
  const rows = await store.all<Row>(
    // A struct, because arg_max skips NULL arguments (an ok run has no error).
    `SELECT platform, job, last.status, last.finished_at, last_ok_at,
            CASE WHEN last.status <> 'ok' THEN last.error END AS error,
            CASE WHEN last.status <> 'ok' THEN last.error_kind END AS error_kind
     FROM (
       SELECT platform, job,
              arg_max({status: status, finished_at: finished_at, error: error,
                       error_kind: error_kind}, (started_at, id)) AS last,
              max(finished_at) FILTER (WHERE status = 'ok') AS last_ok_at
       FROM collection_runs WHERE job IN ('profiles', 'posts')
       GROUP BY platform, job
     )
     ORDER BY platform, job`,
  )
  return rows.map((r) => ({
    ...r,
    finishedAt: r.finishedAt ? r.finishedAt.toISOString() : null,
    lastOkAt: r.lastOkAt ? r.lastOkAt.toISOString() : null,
  }))
}
