/**
 * The health report: database reachable, the last run per platform and job, stale accounts (no
 * good read for more than a day), failed and skipped runs of the last 7 days grouped by kind,
 * gaps of the last 30 days, and X spend against the monthly budget. Each part is its own query.
 */
import type { HealthBody } from '@crossreach/shared/api'
import type { CoreConfig } from '../../config.ts'
import type { Store } from '../db.ts'
import { getCollectionGaps } from './get-collection-gaps.ts'
import { getHealthLastRuns } from './get-health-last-runs.ts'
import { getRecentErrorGroups } from './get-recent-error-groups.ts'
import { getStaleAccounts } from './get-stale-accounts.ts'
import { getXSpendThisMonth } from './get-x-spend.ts'

const DAY_MS = 86_400_000
export const ERRORS_WINDOW_DAYS = 7
export const GAPS_WINDOW_DAYS = 30

const round4 = (n: number): number => Math.round(n * 10000) / 10000

export async function getHealth(store: Store, config: CoreConfig, now: Date): Promise<HealthBody> {
  const errorsSince = new Date(now.getTime() - ERRORS_WINDOW_DAYS * DAY_MS)
  const gapsSince = new Date(now.getTime() - GAPS_WINDOW_DAYS * DAY_MS)
  const [lastRuns, staleAccounts, recentErrors, gaps, spent] = await Promise.all([
    getHealthLastRuns(store, now),
    getStaleAccounts(store, now),
    getRecentErrorGroups(store, errorsSince, now),
    getCollectionGaps(store, gapsSince, now),
    getXSpendThisMonth(store, now),
  ])
  const budget = config.xMonthlyBudgetUsd
  const anyError = lastRuns.some((r) => r.status === 'error')
  return {
    status: anyError || staleAccounts.length > 0 ? 'degraded' : 'ok',
    database: { ok: true, path: config.dbPath },
    schedule: { enabled: config.scheduleEnabled, running: [] },
    checkedAt: now.toISOString(),
    errorsSince: errorsSince.toISOString(),
    gapsSince: gapsSince.toISOString(),
    lastRuns,
    staleAccounts,
    recentErrors,
    gaps,
    xSpend: {
      monthToDateUsd: round4(spent),
      monthlyBudgetUsd: budget,
      shareOfBudget: budget > 0 ? round4(spent / budget) : null,
    },
  }
}
