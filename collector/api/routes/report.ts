/**
 * The council report: /api/report (JSON), /api/report.csv (one table), /api/report.xlsx (every
 * table, one sheet each) and /api/report.pdf (the report page printed by headless Chromium).
 */
import { Hono } from 'hono'
import { reportCsvQuery, reportQuery, type ReportBody } from '@crossreach/shared/api-report'
import { getReport } from '../../report/get-report.ts'
import type { AppEnv } from '../app-env.ts'
import { validate } from '../validate.ts'

export const reportRoutes = new Hono<AppEnv>().get(
  '/report',
  validate('query', reportQuery),
  async (c) => {
    const { store, collectContext } = c.var.services
    const body: ReportBody = await getReport(store, c.req.valid('query'), collectContext.now())
    return c.json(body)
  },
)

export { reportCsvQuery }
