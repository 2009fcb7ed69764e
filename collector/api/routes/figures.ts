/**
 * /api/figures: the metrics of a selection per platform and combined, as series per bucket and as
 * totals against the previous period; /api/figures/accounts: per account over the range, with
 * a follower sparkline per account.
 */
import { Hono } from 'hono'
import {
  figuresAccountsQuery,
  figuresQuery,
  type AccountFiguresBody,
  type FiguresBody,
} from '@crossreach/shared/api'
import { getAccountFigures } from '../../figures/get-account-figures.ts'
import { getFigures } from '../../figures/get-figures.ts'
import { requireKnownSelection, resolveSelection } from '../../figures/selection.ts'
import type { AppEnv } from '../app-env.ts'
import { validate } from '../validate.ts'

export const figuresRoutes = new Hono<AppEnv>()
  .get('/', validate('query', figuresQuery), async (c) => {
    const { grain, ...query } = c.req.valid('query')
    const { store, collectContext } = c.var.services
    const selection = resolveSelection(query, collectContext.now())
    await requireKnownSelection(store, selection)
    const body: FiguresBody = await getFigures(store, selection, grain)
    return c.json(body)
  })
  .get('/accounts', validate('query', figuresAccountsQuery), async (c) => {
    const { store, collectContext } = c.var.services
    const selection = resolveSelection(c.req.valid('query'), collectContext.now())
    await requireKnownSelection(store, selection)
    const body: AccountFiguresBody = await getAccountFigures(store, selection)
    return c.json(body)
  })
