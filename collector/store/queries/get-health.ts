/**
 * The health report: database reachable, last run per platform and job, accounts whose last
 * successful profile read is older than twice the schedule interval (stale), and X spend.
 */
import type { HealthBody } from '@crossreach/shared/api'
import type { CoreConfig } from '../../config.ts'
import type { Store } from '../db.ts'
import { getXSpendThisMonth } from './get-x-spend.ts'

/** Profile reads are at least daily; an account with no good read for two days is stale. */
const STALE_AFTER_HOURS = 48

export async function getHealth(store: Store, config: CoreConfig, now: Date): Promise<HealthBody> {
  const lastRuns = await store.all<{
    platform: string
    job: string
    status: string
    finishedAt: Date | null
  }>(
    `SELECT platform, job, status, finished_at FROM (
       SELECT platform, job, status, finished_at,
              row_number() OVER (PARTITION BY platform, job ORDER BY started_at DESC, id DESC) AS rn
       FROM collection_runs WHERE job IN ('profiles', 'posts')) WHERE rn = 1
     ORDER BY platform, job`,
  )
  const stale = await store.all<{
    id: number
    platform: string
    handle: string
    lastOkAt: Date | null
  }>(
    `SELECT a.id, a.platform, a.handle, max(r.finished_at) AS last_ok_at
     FROM accounts a
     LEFT JOIN collection_runs r ON r.account_id = a.id AND r.job = 'profiles' AND r.status = 'ok'
     WHERE a.removed_at IS NULL AND a.platform_id IS NOT NULL AND a.added_at < ?::TIMESTAMPTZ - INTERVAL ${STALE_AFTER_HOURS} HOUR
     GROUP BY a.id, a.platform, a.handle
     HAVING max(r.finished_at) IS NULL OR max(r.finished_at) < ?::TIMESTAMPTZ - INTERVAL ${STALE_AFTER_HOURS} HOUR
     ORDER BY a.platform, a.handle`,
    [now, now],
  )
  const spent = await getXSpendThisMonth(store, now)
  const anyError = lastRuns.some((r) => r.status === 'error')
  return {
    status: anyError || stale.length > 0 ? 'degraded' : 'ok',
    database: { ok: true, path: config.dbPath },
    schedule: { enabled: config.scheduleEnabled, running: [] },
    lastRuns: lastRuns.map((r) => ({
      ...r,
      finishedAt: r.finishedAt ? r.finishedAt.toISOString() : null,
    })),
    staleAccounts: stale.map((s) => ({
      ...s,
      lastOkAt: s.lastOkAt ? s.lastOkAt.toISOString() : null,
    })),
    xSpend: {
      monthToDateUsd: Math.round(spent * 10000) / 10000,
      monthlyBudgetUsd: config.xMonthlyBudgetUsd,
    },
  }
}
