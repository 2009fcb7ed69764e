/**
 * The Posts page's view in the URL: what a URL means, the short URL a view writes, the API query
 * of a page, and what a click on a sort heading does.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  postsViewToQuery,
  postsViewToSearch,
  readPostsView,
  sortedBy,
} from '../../dashboard/src/lib/posts/filters.ts'

test('reads the view from the URL, ignoring what is malformed', () => {
  assert.deepEqual(
    readPostsView(
      new URLSearchParams(
        'from=2026-10-01&to=2026-10-31&platforms=mastodon,x&organisation=4&sort=createdAt&order=asc&page=3',
      ),
    ),
    {
      from: '2026-10-01',
      to: '2026-10-31',
      platforms: ['x', 'mastodon'],
      organisation: 4,
      sort: 'createdAt',
      order: 'asc',
      page: 3,
    },
  )
  assert.deepEqual(
    readPostsView(
      new URLSearchParams('from=2026-02-30&organisation=0&sort=likes&order=up&page=-2&platforms=a'),
    ),
    {
      from: undefined,
      to: undefined,
      platforms: ['x', 'bluesky', 'mastodon'],
      organisation: 'own',
      sort: 'interactionsAt7Days',
      order: 'desc',
      page: 1,
    },
  )
  assert.equal(readPostsView(new URLSearchParams('organisation=peer')).organisation, 'peer')
})

test('writes short URLs and the API query of a page', () => {
  const view = readPostsView(new URLSearchParams(''))
  assert.equal(postsViewToSearch(view), '')
  const next = { ...view, platforms: ['bluesky' as const], organisation: 'all' as const, page: 2 }
  assert.equal(postsViewToSearch(next), '?platforms=bluesky&organisation=all&page=2')
  assert.deepEqual(postsViewToQuery(next), {
    from: undefined,
    to: undefined,
    platforms: 'bluesky',
    organisation: 'all',
    sort: 'interactionsAt7Days',
    order: 'desc',
    limit: '25',
    offset: '25',
  })
})

test('a sort heading flips the order of its own column, starts another descending, page 1', () => {
  const view = { ...readPostsView(new URLSearchParams('page=4')) }
  const byDate = sortedBy(view, 'createdAt')
  assert.deepEqual([byDate.sort, byDate.order, byDate.page], ['createdAt', 'desc', 1])
  const ascending = sortedBy(byDate, 'createdAt')
  assert.deepEqual([ascending.sort, ascending.order], ['createdAt', 'asc'])
  assert.equal(postsViewToSearch(ascending), '?sort=createdAt&order=asc')
  const other = sortedBy(ascending, 'interactions')
  assert.deepEqual([other.sort, other.order], ['interactions', 'desc'])
})
