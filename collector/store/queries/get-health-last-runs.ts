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

/** The window searched first; a platform and job without a good run in it is looked up in all history. */
const RECENT_DAYS = 3

/** The last run and last success per platform and job among the runs `where` selects. */
function lastRunsSql(where: string): string {
  // A struct, because arg_max skips NULL arguments (an ok run has no error).
  return `SELECT platform, job, last.status, last.finished_at, last_ok_at,
            CASE WHEN last.status <> 'ok' THEN last.error END AS error,
            CASE WHEN last.status <> 'ok' THEN last.error_kind END AS error_kind
     FROM (
       SELECT platform, job,
              arg_max({status: status, finished_at: finished_at, error: error,
                       error_kind: error_kind}, (started_at, id)) AS last,
              max(finished_at) FILTER (WHERE status = 'ok') AS last_ok_at
       FROM collection_runs WHERE job IN ('profiles', 'posts') AND ${where}
       GROUP BY platform, job
     )`
}

/**
 * Two steps, so a healthy collection never aggregates the whole run history: the runs of the
 * last few days first; only a platform and job with no good run among them (or no run at all)
 * is looked up in all runs.
 */
export async function getHealthLastRuns(store: Store, now: Date): Promise<HealthLastRun[]> {
  const recent = await store.all<Row>(
    lastRunsSql(`started_at >= ?::TIMESTAMPTZ - INTERVAL ${RECENT_DAYS} DAY`),
    [now],
  )
  const platforms = await store.all<{ platform: string }>(
    `SELECT DISTINCT platform FROM accounts ORDER BY platform`,
  )
  const settled = new Set(
    recent.filter((r) => r.lastOkAt !== null).map((r) => `${r.platform}/${r.job}`),
  )
  const unsettled = platforms.flatMap(({ platform }) =>
    (['posts', 'profiles'] as const)
      .filter((job) => !settled.has(`${platform}/${job}`))
      .map((job) => [platform, job]),
  )
  const older =
    unsettled.length === 0
      ? []
      : await store.all<Row>(
          lastRunsSql(`(${unsettled.map(() => '(platform = ? AND job = ?)').join(' OR ')})`),
          unsettled.flat(),
        )
  const byKey = new Map<string, Row>()
  for (const r of [...recent, ...older]) byKey.set(`${r.platform}/${r.job}`, r)
  const rows = [...byKey.values()].sort(
    (a, b) => a.platform.localeCompare(b.platform) || a.job.localeCompare(b.job),
  )
  return rows.map((r) => ({
    ...r,
    finishedAt: r.finishedAt ? r.finishedAt.toISOString() : null,
    lastOkAt: r.lastOkAt ? r.lastOkAt.toISOString() : null,
  }))
}
