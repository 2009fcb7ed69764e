/**
 * The Accounts page's API: /api/figures/accounts with its per-account follower sparklines (one
 * query for all accounts, null for a bucket without a count), interactions per 1,000 followers,
 * removed accounts kept with their history, and /api/accounts/:id.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { AccountFiguresBody, AccountSummary } from '@crossreach/shared/api'
import { getOk, testRuntime } from '../helpers/runtime.ts'
import { seedAccount, seedFollowers, seedOrganisation, seedPosts } from '../helpers/seed.ts'

// Six ISO weeks, 2 March to 12 April 2026 (42 days: a weekly sparkline).
const RANGE = 'from=2026-03-02&to=2026-04-12&organisation=all'
const WEEKS = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06']

async function seedAccounts() {
  const t = await testRuntime({}, () => new Date('2026-04-20T10:00:00Z'))
  const store = t.runtime.store
  const own = await seedOrganisation(store, 'Gemeente A')
  const peer = await seedOrganisation(store, 'Gemeente B', 'peer')
  const bluesky = await seedAccount(store, {
    platform: 'bluesky',
    handle: 'a.bsky.social',
    organisation: 'Gemeente A',
  })
  // Tracked, but nothing was ever collected for it.
  const mastodon = await seedAccount(store, {
    platform: 'mastodon',
    handle: 'a@social.example',
    organisation: 'Gemeente A',
  })
  // A peer that left X on 20 March: its history stays.
  const x = await seedAccount(store, {
    platform: 'x',
    handle: 'gemeente_b',
    organisation: 'Gemeente B',
    kind: 'peer',
    removedAt: '2026-03-20T09:00:00Z',
  })
  await seedFollowers(store, bluesky, [
    ['2026-02-28', 990], // the previous period's last count
    ['2026-03-03', 1_000],
    ['2026-03-05', 1_010], // last of week 1
    // week 2: collection failed
    ['2026-03-17', 1_030],
    ['2026-03-23', 1_040],
    ['2026-03-24', null], // a snapshot without a follower count is not a count
    ['2026-03-31', 1_050],
    ['2026-04-12', 1_060],
  ])
  await seedFollowers(store, x, [
    ['2026-02-25', 5_010],
    ['2026-03-04', 5_000],
    ['2026-03-11', 4_990],
    ['2026-03-18', 4_980],
  ])
  await seedPosts(store, bluesky, [
    {
      postId: 'a-1',
      createdAt: '2026-03-05',
      counts: [
        { ageHours: 24, likes: 10, reposts: 2 },
        { ageHours: 168, likes: 20, reposts: 5 },
      ],
    },
    { postId: 'a-2', createdAt: '2026-04-01', counts: [{ ageHours: 24, likes: 5 }] },
  ])
  return { t, own, peer, bluesky, mastodon, x }
}

test('accounts figures: weekly follower sparklines with gaps, per 1,000 followers, removed accounts', async () => {
  const { t, own, peer, bluesky, mastodon, x } = await seedAccounts()
  try {
    const body = await getOk<AccountFiguresBody>(t, `/api/figures/accounts?${RANGE}`)
    assert.deepEqual(body.sparkline, { grain: 'week', buckets: WEEKS })
    const rows = body.accounts.map((a) => ({
      id: a.id,
      organisationId: a.organisationId,
      removedAt: a.removedAt,
      followers: a.followers,
      netFollowerChange: a.netFollowerChange,
      posts: a.posts,
      interactions: a.interactions,
      interactionsPer1kFollowers: a.interactionsPer1kFollowers,
      followersSeries: a.followersSeries,
    }))
    assert.deepEqual(rows, [
      {
        id: bluesky,
        organisationId: own,
        removedAt: null,
        followers: 1_060,
        netFollowerChange: 70, // 1,060 − 990
        posts: 2,
        interactions: 30, // 25 (latest count of a-1) + 5
        interactionsPer1kFollowers: (30 / 1_060) * 1000,
        followersSeries: [1_010, null, 1_030, 1_040, 1_050, 1_060],
      },
      {
        id: mastodon,
        organisationId: own,
        removedAt: null,
        followers: null,
        netFollowerChange: null,
        posts: null, // nothing collected: unknown, not 0
        interactions: null,
        interactionsPer1kFollowers: null,
        followersSeries: [null, null, null, null, null, null],
      },
      {
        id: x,
        organisationId: peer,
        removedAt: '2026-03-20T09:00:00.000Z',
        followers: 4_980,
        netFollowerChange: -30,
        posts: 0,
        interactions: 0,
        interactionsPer1kFollowers: 0,
        followersSeries: [5_000, 4_990, 4_980, null, null, null],
      },
    ])

    // A week: one point per day; the removed account is left out of a range after it left.
    const week = await getOk<AccountFiguresBody>(
      t,
      '/api/figures/accounts?from=2026-03-30&to=2026-04-05&organisation=all',
    )
    assert.equal(week.sparkline.grain, 'day')
    assert.equal(week.sparkline.buckets.length, 7)
    assert.deepEqual(
      week.accounts.map((a) => [a.id, a.followersSeries]),
      [
        [bluesky, [null, 1_050, null, null, null, null, null]],
        [mastodon, [null, null, null, null, null, null, null]],
      ],
    )

    // Over two years: months.
    const long = await getOk<AccountFiguresBody>(
      t,
      '/api/figures/accounts?from=2024-04-01&to=2026-04-12&organisation=peer',
    )
    assert.equal(long.sparkline.grain, 'month')
    assert.equal(long.sparkline.buckets.length, 25)
    // February, March (the last count before it left), April (gone): no zero after the exit.
    assert.deepEqual(long.accounts[0]?.followersSeries.slice(-3), [5_010, 4_980, null])
  } finally {
    await t.close()
  }
})

test('/api/accounts/:id: one account, removed ones too; an unknown id is 404', async () => {
  const { t, peer, x } = await seedAccounts()
  try {
    const { account } = await getOk<{ account: AccountSummary }>(t, `/api/accounts/${x}`)
    assert.deepEqual(
      {
        id: account.id,
        handle: account.handle,
        organisationId: account.organisationId,
        organisation: account.organisation,
        organisationKind: account.organisationKind,
        removedAt: account.removedAt,
        latestFollowers: account.latestFollowers,
        latestFollowersAt: account.latestFollowersAt,
      },
      {
        id: x,
        handle: 'gemeente_b',
        organisationId: peer,
        organisation: 'Gemeente B',
        organisationKind: 'peer',
        removedAt: '2026-03-20T09:00:00.000Z',
        latestFollowers: 4_980,
        latestFollowersAt: '2026-03-18T12:00:00.000Z',
      },
    )
    const missing = await t.app.request('/api/accounts/999')
    assert.equal(missing.status, 404)
    assert.deepEqual(await missing.json(), {
      error: { code: 'not_found', message: 'No account with id 999.' },
    })
    assert.equal((await t.app.request('/api/accounts/abc')).status, 400)
  } finally {
    await t.close()
  }
})
