/** /api/collect: collect now (all, one platform, one account). */
import { Hono } from 'hono'
import { collectBody } from '@crossreach/shared/api'
import { collect } from '../../schedule/collect.ts'
import type { AppEnv } from '../app-env.ts'
import { requireAdmin } from '../auth.ts'
import { validate } from '../validate.ts'

export const collectRoutes = new Hono<AppEnv>().post(
  '/',
  requireAdmin,
  validate('json', collectBody),
  async (c) => {
    const body = c.req.valid('json')
    const { collectContext, store } = c.var.services
    const summary = await collect(collectContext, { ...body, trigger: 'api' })
    await store.checkpoint()
    return c.json({ summary })
  },
)
