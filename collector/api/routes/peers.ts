/**
 * /api/peers: the peer benchmark (GET ?group=&from=&to=) and peer groups (GET, POST, PUT and
 * DELETE /api/peers/groups; changes need the admin token like every mutation).
 */
import { Hono } from 'hono'
import { idParam } from '@crossreach/shared/api'
import { peerGroupBody, peersQuery } from '@crossreach/shared/api-peers'
import { getPeers } from '../../peers/get-peers.ts'
import { getPeerGroups } from '../../store/queries/get-peer-groups.ts'
import {
  createPeerGroup,
  deletePeerGroup,
  replacePeerGroup,
} from '../../store/writes/save-peer-group.ts'
import type { AppEnv } from '../app-env.ts'
import { requireAdmin } from '../auth.ts'
import { errorBody } from '../errors.ts'
import { validate } from '../validate.ts'

const noGroup = (id: number) =>
  errorBody('not_found', `There is no peer group with id ${id}. See /api/peers/groups.`)

export const peersRoutes = new Hono<AppEnv>()
  .get('/', validate('query', peersQuery), async (c) => {
    const { store, collectContext } = c.var.services
    return c.json(await getPeers(store, c.req.valid('query'), collectContext.now()))
  })
  .get('/groups', async (c) => c.json({ groups: await getPeerGroups(c.var.services.store) }))
  .post('/groups', requireAdmin, validate('json', peerGroupBody), async (c) => {
    const { store } = c.var.services
    const id = await createPeerGroup(store, c.req.valid('json'))
    const [group] = await getPeerGroups(store, id)
    return c.json({ group: group! }, 201)
  })
  .put(
    '/groups/:id',
    requireAdmin,
    validate('param', idParam),
    validate('json', peerGroupBody),
    async (c) => {
      const { store } = c.var.services
      const { id } = c.req.valid('param')
      if (!(await replacePeerGroup(store, id, c.req.valid('json')))) return c.json(noGroup(id), 404)
      const [group] = await getPeerGroups(store, id)
      return c.json({ group: group! })
    },
  )
  .delete('/groups/:id', requireAdmin, validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param')
    if (!(await deletePeerGroup(c.var.services.store, id))) return c.json(noGroup(id), 404)
    return c.json({ deleted: id })
  })
