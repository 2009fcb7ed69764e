/** /api/runs: the most recent collection runs, newest first, errors in plain words. */
import { Hono } from 'hono'
import { runsQuery } from '@crossreach/shared/api'
import { getRecentRuns } from '../../store/queries/get-recent-runs.ts'
import type { AppEnv } from '../app-env.ts'
import { validate } from '../validate.ts'

export const runsRoutes = new Hono<AppEnv>().get('/', validate('query', runsQuery), async (c) =>
  c.json({ runs: await getRecentRuns(c.var.services.store, c.req.valid('query')) }),
)
