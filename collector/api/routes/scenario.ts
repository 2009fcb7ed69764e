/** /api/scenario: the partial-exit scenario of an organisation (see collector/scenario/). */
import { Hono } from 'hono'
import { scenarioQuery, type ScenarioBody } from '@crossreach/shared/api-scenario'
import { getScenario } from '../../scenario/get-scenario.ts'
import type { AppEnv } from '../app-env.ts'
import { validate } from '../validate.ts'

export const scenarioRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', scenarioQuery),
  async (c) => {
    const { store, collectContext } = c.var.services
    const body: ScenarioBody = await getScenario(store, c.req.valid('query'), collectContext.now())
    return c.json(body)
  },
)
