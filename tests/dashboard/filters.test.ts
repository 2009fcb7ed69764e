/**
 * The Overview's URL filters: what a URL means, and the short URL a choice of filters writes.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  filtersToQuery,
  filtersToSearch,
  readFilters,
} from '../../dashboard/src/lib/overview/filters.ts'

test('reads from, to, grain, platforms and organisation, ignoring what is malformed', () => {
  assert.deepEqual(
    readFilters(
      new URLSearchParams(
        'from=2026-05-01&to=2026-06-30&grain=month&platforms=mastodon,x&organisation=peer',
      ),
    ),
    {
      from: '2026-05-01',
      to: '2026-06-30',
      grain: 'month',
      platforms: ['x', 'mastodon'],
      organisation: 'peer',
    },
  )
  assert.equal(readFilters(new URLSearchParams('organisation=12')).organisation, 12)
  assert.deepEqual(
    readFilters(
      new URLSearchParams('from=2026-02-30&to=soon&grain=year&platforms=myspace&organisation=0'),
    ),
    {
      from: undefined,
      to: undefined,
      grain: 'week',
      platforms: ['x', 'bluesky', 'mastodon'],
      organisation: 'own',
    },
  )
})

test('writes only what differs from the defaults, and the API query from the same filters', () => {
  const all = readFilters(new URLSearchParams(''))
  assert.equal(filtersToSearch(all), '')
  const some = {
    ...all,
    from: '2026-05-01',
    grain: 'day' as const,
    platforms: ['bluesky' as const],
    organisation: 7,
  }
  assert.equal(filtersToSearch(some), '?from=2026-05-01&grain=day&platforms=bluesky&organisation=7')
  assert.deepEqual(readFilters(new URLSearchParams(filtersToSearch(some))), some)
  assert.deepEqual(filtersToQuery(some), {
    from: '2026-05-01',
    to: undefined,
    grain: 'day',
    platforms: 'bluesky',
    organisation: '7',
  })
})
