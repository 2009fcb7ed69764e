/**
 * /api/figures: the metrics of a selection per platform and combined, as series per bucket and as
 * totals against the previous period; /api/figures/accounts: per account over the range.
 */
import { Hono } from 'hono'
import {
  figuresAccountsQuery,
  figuresQuery,
  type AccountFiguresBody,
  type FiguresBody,
} from '@crossreach/shared/api'
import { previousRange } from '@crossreach/shared/periods'
import { getFigures } from '../../figures/get-figures.ts'
import { requireKnownSelection, resolveSelection } from '../../figures/selection.ts'
import { getFiguresAccounts } from '../../store/queries/get-figures-accounts.ts'
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
    const body: AccountFiguresBody = {
      range: selection.range,
      previousRange: previousRange(selection.range),
      accounts: await getFiguresAccounts(store, selection),
    }
    return c.json(body)
  })
