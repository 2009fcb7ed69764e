/**
 * /api/health: the database, the schedule, the last run per platform and job, stale accounts,
 * recent failures by kind, gaps and X spend. Time is the collection clock (tests can fix it).
 */
import { Hono } from 'hono'
import type { HealthBody } from '@crossreach/shared/api'
import { getHealth } from '../../store/queries/get-health.ts'
import type { AppEnv } from '../app-env.ts'

export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { store, config, runningJobs, collectContext } = c.var.services
  const now = collectContext.now()
  let body: HealthBody
  try {
    body = await getHealth(store, config, now)
    body.schedule.running = runningJobs()
  } catch (err) {
    body = {
      status: 'error',
      database: {
        ok: false,
        path: config.dbPath,
        error: err instanceof Error ? err.message : String(err),
      },
      schedule: { enabled: config.scheduleEnabled, running: runningJobs() },
      checkedAt: now.toISOString(),
      errorsSince: now.toISOString(),
      gapsSince: now.toISOString(),
      lastRuns: [],
      staleAccounts: [],
      recentErrors: [],
      gaps: [],
      xSpend: {
        monthToDateUsd: 0,
        monthlyBudgetUsd: config.xMonthlyBudgetUsd,
        shareOfBudget: null,
      },
    }
  }
  return c.json(body, body.status === 'error' ? 503 : 200)
})
