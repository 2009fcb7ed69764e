/**
 * Mutations need the admin token when the server listens beyond this machine. On loopback the
 * machine's users are trusted (a self-hosted tool); anywhere else, requests must carry
 * `Authorization: Bearer <CROSSREACH_ADMIN_TOKEN>`. Comparison is constant-time.
 */
import { timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { isLoopback } from '../config.ts'
import type { AppEnv } from './app-env.ts'
import { errorBody } from './errors.ts'

export const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { config } = c.var.services
  if (isLoopback(config.host) && !config.adminToken) return next()
  const given = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? ''
  const expected = config.adminToken ?? ''
  const ok =
    expected.length > 0 &&
    given.length === expected.length &&
    timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  if (!ok)
    return c.json(
      errorBody('unauthorized', 'This change needs the admin token (Authorization: Bearer …).'),
      401,
    )
  return next()
}
