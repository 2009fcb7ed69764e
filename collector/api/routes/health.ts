/** /api/health: the database, the schedule, the last run per platform and job, stale accounts, X spend. */
import { Hono } from 'hono'
import type { HealthBody } from '@crossreach/shared/api'
import { getHealth } from '../../store/queries/get-health.ts'
import type { AppEnv } from '../app-env.ts'

export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { store, config, runningJobs } = c.var.services
  let body: HealthBody
  try {
    body = await getHealth(store, config, new Date())
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
      lastRuns: [],
      staleAccounts: [],
      xSpend: { monthToDateUsd: 0, monthlyBudgetUsd: config.xMonthlyBudgetUsd },
    }
  }
  return c.json(body, body.status === 'error' ? 503 : 200)
})
