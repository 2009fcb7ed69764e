/** /api/posts: posts of a selection across platforms, with their interactions at equal age. */
import { Hono } from 'hono'
import { postsQuery, type PostListBody } from '@crossreach/shared/api'
import { requireKnownSelection, resolveSelection } from '../../figures/selection.ts'
import { getPostList } from '../../store/queries/get-post-list.ts'
import type { AppEnv } from '../app-env.ts'
import { validate } from '../validate.ts'

export const postsRoutes = new Hono<AppEnv>().get('/', validate('query', postsQuery), async (c) => {
  const { sort, order, limit, offset, ...query } = c.req.valid('query')
  const { store, collectContext } = c.var.services
  const selection = resolveSelection(query, collectContext.now())
  await requireKnownSelection(store, selection)
  const page = { sort, order, limit, offset }
  const { total, posts } = await getPostList(store, selection, page)
  const body: PostListBody = { range: selection.range, ...page, total, posts }
  return c.json(body)
})
