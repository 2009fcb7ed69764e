/** /api/imports/x-csv: upload an X Analytics CSV export (the raw file as the request body). */
import { Hono } from 'hono'
import { importXCsvQuery } from '@crossreach/shared/api'
import { importXCsv } from '../../actions/import-x-csv.ts'
import type { AppEnv } from '../app-env.ts'
import { requireAdmin } from '../auth.ts'
import { validate } from '../validate.ts'

export const importsRoutes = new Hono<AppEnv>().post(
  '/x-csv',
  requireAdmin,
  validate('query', importXCsvQuery),
  async (c) => {
    const { accountId, fileName } = c.req.valid('query')
    const content = Buffer.from(await c.req.arrayBuffer())
    const summary = await importXCsv(c.var.services.store, { accountId, fileName, content }, 'api')
    return c.json({ import: summary }, 201)
  },
)
