/**
 * The Accounts pages' URL filters and ordering: what a URL means, the short URL a choice writes,
 * nulls sorted last in both directions, the range of a removed account, the followers grain.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { AccountFigures } from '@crossreach/shared/api'
import {
  accountRange,
  accountsSearch,
  followersGrain,
  readAccountsFilters,
  sortAccounts,
} from '../../dashboard/src/lib/accounts/filters.ts'

test('reads range, organisation and sort, ignoring what is malformed', () => {
  assert.deepEqual(
    readAccountsFilters(
      new URLSearchParams('from=2026-05-01&to=2026-06-30&organisation=7&sort=posts&order=desc'),
    ),
    { from: '2026-05-01', to: '2026-06-30', organisation: 7, sort: 'posts', order: 'desc' },
  )
  assert.deepEqual(
    readAccountsFilters(new URLSearchParams('from=2026-02-30&organisation=0&sort=x&order=up')),
    { from: undefined, to: undefined, organisation: 'all', sort: 'organisation', order: 'asc' },
  )
  assert.equal(
    accountsSearch({
      from: '2026-05-01',
      to: undefined,
      organisation: 'peer',
      sort: 'followers',
      order: 'desc',
    }),
    '?from=2026-05-01&organisation=peer&sort=followers&order=desc',
  )
  assert.equal(
    accountsSearch({
      from: undefined,
      to: undefined,
      organisation: 'all',
      sort: 'organisation',
      order: 'asc',
    }),
    '',
  )
})

function account(id: number, followers: number | null): AccountFigures {
  return {
    id,
    platform: 'bluesky',
    handle: `a${id}`,
    displayName: null,
    profileUrl: null,
    organisationId: 1,
    organisation: 'Gemeente',
    organisationKind: 'own',
    removedAt: null,
    followers,
    followersAt: null,
    netFollowerChange: null,
    posts: null,
    interactions: null,
    interactionsPer1kFollowers: null,
    followersSeries: [],
  }
}

test('an unknown value sorts last whichever way', () => {
  const rows = [account(1, 50), account(2, null), account(3, 900), account(4, 0)]
  const ids = (order: 'asc' | 'desc') => sortAccounts(rows, 'followers', order).map((a) => a.id)
  assert.deepEqual(ids('desc'), [3, 1, 4, 2])
  assert.deepEqual(ids('asc'), [4, 1, 3, 2])
})

test('a removed account defaults to the 90 days up to its removal; grain by range length', () => {
  const none = { from: undefined, to: undefined }
  assert.deepEqual(accountRange(none, '2026-05-29T08:00:00.000Z'), {
    from: '2026-03-01',
    to: '2026-05-29',
  })
  assert.deepEqual(accountRange(none, null), none)
  const chosen = { from: '2026-01-01', to: '2026-02-01' }
  assert.deepEqual(accountRange(chosen, '2026-05-29T08:00:00.000Z'), chosen)
  assert.equal(followersGrain(none), 'day')
  assert.equal(followersGrain({ from: '2026-01-01', to: '2026-05-02' }), 'day') // 122 days
  assert.equal(followersGrain({ from: '2026-01-01', to: '2026-05-03' }), 'week')
})
