/** /api/accounts: list, one by id (removed ones too), add (checked against the platform), remove. */
import { Hono } from 'hono'
import { accountsQuery, addAccountBody, idParam } from '@crossreach/shared/api'
import { addAccount } from '../../actions/add-account.ts'
import { getAccountList } from '../../store/queries/get-account-list.ts'
import { removeAccount } from '../../store/writes/save-account.ts'
import type { AppEnv } from '../app-env.ts'
import { requireAdmin } from '../auth.ts'
import { errorBody } from '../errors.ts'
import { validate } from '../validate.ts'

export const accountsRoutes = new Hono<AppEnv>()
  .get('/', validate('query', accountsQuery), async (c) => {
    const { includeRemoved } = c.req.valid('query')
    return c.json({ accounts: await getAccountList(c.var.services.store, { includeRemoved }) })
  })
  .get('/:id', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param')
    const [account] = await getAccountList(c.var.services.store, { id })
    if (!account) return c.json(errorBody('not_found', `No account with id ${id}.`), 404)
    return c.json({ account })
  })
  .post('/', requireAdmin, validate('json', addAccountBody), async (c) => {
    const { store, adapters } = c.var.services
    const added = await addAccount(store, adapters, c.req.valid('json'))
    return c.json({ account: added }, 201)
  })
  .delete('/:id', requireAdmin, validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param')
    const removed = await removeAccount(c.var.services.store, id)
    if (!removed) return c.json(errorBody('not_found', `No active account with id ${id}.`), 404)
    return c.json({ removed: id })
  })
