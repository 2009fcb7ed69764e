/** /api/manual-followers: a follower count typed in by hand, for a date. */
import { Hono } from 'hono'
import { manualFollowersBody } from '@crossreach/shared/api'
import { enterManualFollowers } from '../../actions/enter-manual-followers.ts'
import type { AppEnv } from '../app-env.ts'
import { requireAdmin } from '../auth.ts'
import { validate } from '../validate.ts'

export const manualRoutes = new Hono<AppEnv>().post(
  '/',
  requireAdmin,
  validate('json', manualFollowersBody),
  async (c) => {
    const entry = await enterManualFollowers(c.var.services.store, c.req.valid('json'), 'api')
    return c.json({ entry }, 201)
  },
)
