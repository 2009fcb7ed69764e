/** /api/crossposts: one organisation's messages posted on several platforms, compared at equal age. */
import { Hono } from 'hono'
import { crosspostsQuery } from '@crossreach/shared/api-crossposts'
import { getCrossposts } from '../../crossposts/get-crossposts.ts'
import type { AppEnv } from '../app-env.ts'
import { validate } from '../validate.ts'

export const crosspostsRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', crosspostsQuery),
  async (c) => {
    const { store, collectContext } = c.var.services
    return c.json(await getCrossposts(store, c.req.valid('query'), collectContext.now()))
  },
)
