/** /api/organisations: own and peer organisations, for filters and event forms. */
import { Hono } from 'hono'
import { getOrganisations } from '../../store/queries/get-organisations.ts'
import type { AppEnv } from '../app-env.ts'

export const organisationsRoutes = new Hono<AppEnv>().get('/', async (c) =>
  c.json({ organisations: await getOrganisations(c.var.services.store) }),
)
