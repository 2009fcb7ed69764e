import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { AccountFiguresBody, FiguresBody, PostListBody } from '@crossreach/shared/api'
import { getOk, testRuntime } from '../helpers/runtime.ts'
import { seedAccount, seedFollowers, seedOrganisation, seedPosts } from '../helpers/seed.ts'

const RANGE = 'from=2026-03-02&to=2026-03-29'

/** Two own organisations, one peer, and an own X account removed long before the range. */
async function seedOrganisations() {
  const t = await testRuntime({}, () => new Date('2026-04-01T10:00:00Z'))
  const store = t.runtime.store
  const ownA = await seedOrganisation(store, 'Gemeente A')
  const peerB = await seedOrganisation(store, 'Gemeente B', 'peer')
  const a1 = await seedAccount(store, {
    platform: 'bluesky',
    handle: 'a.bsky.social',
    organisation: 'Gemeente A',
  })
  const b1 = await seedAccount(store, {
    platform: 'bluesky',
    handle: 'b.bsky.social',
    organisation: 'Gemeente B',
    kind: 'peer',
  })
  const c1 = await seedAccount(store, {
    platform: 'mastodon',
    handle: 'provincie@social.example',
    organisation: 'Provincie C',
  })
  const removed = await seedAccount(store, {
    platform: 'x',
    handle: 'oud_account',
    organisation: 'Gemeente A',
    removedAt: '2026-01-10T09:00:00Z',
  })
  await seedFollowers(store, a1, [
    ['2026-02-20', 900],
    ['2026-03-04', 1_000],
    ['2026-03-25', 1_100],
  ])
  await seedFollowers(store, b1, [
    ['2026-02-20', 4_800],
    ['2026-03-04', 5_000],
    ['2026-03-25', 5_200],
  ])
  await seedFollowers(store, c1, [
    ['2026-03-04', 300],
    ['2026-03-25', 330],
  ])
  await seedFollowers(store, removed, [['2025-12-01', 7_000]])
  await seedPosts(store, a1, [
    { postId: 'a-1', createdAt: '2026-03-05', counts: [{ ageHours: 24, likes: 10 }] },
  ])
  await seedPosts(store, b1, [
    { postId: 'b-1', createdAt: '2026-03-06', counts: [{ ageHours: 24, likes: 99 }] },
  ])
  return { t, ownA, peerB, a1, b1, c1 }
}

function followersByPlatform(body: FiguresBody) {
  return body.platforms.map((p) => [p.platform, p.totals.followers.value, p.accounts])
}

test('organisation and account filters choose whose figures are counted', async () => {
  const { t, ownA, peerB, b1 } = await seedOrganisations()
  try {
    const figures = (query: string) => getOk<FiguresBody>(t, `/api/figures?${RANGE}${query}`)
    // Default: own organisations; the X account removed in January is left out entirely.
    assert.deepEqual(followersByPlatform(await figures('')), [
      ['bluesky', 1_100, 1],
      ['mastodon', 330, 1],
    ])
    assert.deepEqual(followersByPlatform(await figures('&organisation=peer')), [
      ['bluesky', 5_200, 1],
    ])
    assert.deepEqual(followersByPlatform(await figures(`&organisation=${peerB}`)), [
      ['bluesky', 5_200, 1],
    ])
    assert.deepEqual(followersByPlatform(await figures(`&organisation=${ownA}`)), [
      ['bluesky', 1_100, 1],
    ])
    assert.deepEqual(followersByPlatform(await figures('&organisation=all&platforms=bluesky')), [
      ['bluesky', 6_300, 2],
    ])
    // One account by id, whichever organisation it belongs to.
    const one = await figures(`&account=${b1}`)
    assert.deepEqual(followersByPlatform(one), [['bluesky', 5_200, 1]])
    assert.deepEqual(one.platforms[0]?.totals.interactions.value, 99)
    // An account outside the organisation asked for: nothing selected, nothing invented.
    const none = await figures(`&account=${b1}&organisation=own`)
    assert.deepEqual(none.platforms, [])
    assert.deepEqual(none.combined.totals.followers, {
      value: null,
      previous: null,
      change: null,
      changePct: null,
      available: true,
    })
  } finally {
    await t.close()
  }
})

test('/api/figures/accounts: latest followers, change, posts and interactions per account', async () => {
  const { t, a1, c1, b1, ownA } = await seedOrganisations()
  try {
    const provincieC = await seedOrganisation(t.runtime.store, 'Provincie C')
    const body = await getOk<AccountFiguresBody>(t, `/api/figures/accounts?${RANGE}`)
    assert.deepEqual(body.previousRange, { from: '2026-02-02', to: '2026-03-01' })
    // The sparklines are checked in accounts-figures.test.ts.
    assert.deepEqual(
      body.accounts.map(({ followersSeries: _, ...a }) => a),
      [
        {
          id: a1,
          platform: 'bluesky',
          handle: 'a.bsky.social',
          displayName: null,
          profileUrl: 'https://example.test/a.bsky.social',
          organisationId: ownA,
          organisation: 'Gemeente A',
          organisationKind: 'own',
          removedAt: null,
          followers: 1_100,
          followersAt: '2026-03-25T12:00:00.000Z',
          netFollowerChange: 200,
          posts: 1,
          interactions: 10,
          interactionsPer1kFollowers: (10 / 1_100) * 1000,
        },
        {
          id: c1,
          platform: 'mastodon',
          handle: 'provincie@social.example',
          displayName: null,
          profileUrl: 'https://example.test/provincie@social.example',
          organisationId: provincieC,
          organisation: 'Provincie C',
          organisationKind: 'own',
          removedAt: null,
          followers: 330,
          followersAt: '2026-03-25T12:00:00.000Z',
          netFollowerChange: null, // no count in the previous period
          posts: 0,
          interactions: 0,
          interactionsPer1kFollowers: 0,
        },
      ],
    )
    const all = await getOk<AccountFiguresBody>(
      t,
      `/api/figures/accounts?${RANGE}&organisation=all`,
    )
    assert.deepEqual(
      all.accounts.map((a) => [a.id, a.organisationKind, a.netFollowerChange]),
      [
        [a1, 'own', 200],
        [c1, 'own', null],
        [b1, 'peer', 400],
      ],
    )
  } finally {
    await t.close()
  }
})

test('/api/posts honours the organisation and account filters', async () => {
  const { t, b1 } = await seedOrganisations()
  try {
    const own = await getOk<PostListBody>(t, `/api/posts?${RANGE}`)
    assert.deepEqual(
      own.posts.map((p) => [p.postId, p.organisation, p.interactions]),
      [['a-1', 'Gemeente A', 10]],
    )
    const peer = await getOk<PostListBody>(t, `/api/posts?${RANGE}&account=${b1}`)
    assert.deepEqual(
      peer.posts.map((p) => [p.postId, p.organisation, p.interactions]),
      [['b-1', 'Gemeente B', 99]],
    )
  } finally {
    await t.close()
  }
})

test('invalid query parameters answer the one error shape, naming the parameter', async () => {
  const t = await testRuntime({}, () => new Date('2026-04-01T10:00:00Z'))
  try {
    const cases: [string, string][] = [
      ['/api/figures?grain=year', 'grain must be day, week or month'],
      ['/api/figures?from=2026-02-30', 'from must be a calendar date as YYYY-MM-DD'],
      ['/api/figures?to=1-3-2026', 'to must be a calendar date as YYYY-MM-DD'],
      [
        '/api/figures?platforms=x,facebook',
        'platforms must be a comma-separated list of x, bluesky, mastodon (not facebook)',
      ],
      [
        '/api/figures?organisation=gemeente',
        'organisation must be own, peer, all or an organisation id',
      ],
      ['/api/figures/accounts?account=abc', 'account must be an account id'],
      [
        '/api/figures?from=2026-03-05&to=2026-03-01',
        'to (2026-03-01) must be on or after from (2026-03-05).',
      ],
      [
        '/api/figures?from=2015-01-01&to=2026-03-01&grain=month',
        'from 2015-01-01 to 2026-03-01 is longer than 3660 days; choose a shorter range.',
      ],
      [
        '/api/figures?from=2022-01-01&to=2026-03-01&grain=day',
        'grain day gives 1521 points for this range (at most 1000); choose week or month, or a shorter range.',
      ],
      [
        '/api/figures?grian=week',
        'grian: unknown parameter; use from, to, platforms, organisation, account, grain',
      ],
      ['/api/posts?sort=likes', 'sort must be interactionsAt7Days, interactions or createdAt'],
      ['/api/posts?limit=0', 'limit must be at least 1'],
      ['/api/posts?offset=-5', 'offset cannot be negative'],
    ]
    for (const [url, message] of cases) {
      const res = await t.app.request(url)
      assert.equal(res.status, 400, url)
      assert.deepEqual(await res.json(), { error: { code: 'invalid_input', message } }, url)
    }
  } finally {
    await t.close()
  }
})

test('an organisation or account id that does not exist is answered 404, not with nothing', async () => {
  const t = await testRuntime({}, () => new Date('2026-04-01T10:00:00Z'))
  try {
    const cases: [string, string][] = [
      [
        '/api/figures?account=999',
        'There is no account with id 999. See the account ids with: npm run crossreach -- accounts list',
      ],
      [
        '/api/posts?organisation=42',
        'There is no organisation with id 42. See the organisations with: npm run crossreach -- accounts list',
      ],
    ]
    for (const [url, message] of cases) {
      const res = await t.app.request(url)
      assert.equal(res.status, 404, url)
      assert.deepEqual(await res.json(), { error: { code: 'not_found', message } }, url)
    }
  } finally {
    await t.close()
  }
})

test('defaults: the last 90 days up to today (UTC), by week, all platforms', async () => {
  const t = await testRuntime({}, () => new Date('2026-04-01T23:30:00Z'))
  try {
    const body = await getOk<FiguresBody>(t, '/api/figures')
    assert.deepEqual(body.range, { from: '2026-01-02', to: '2026-04-01' })
    assert.deepEqual(body.previousRange, { from: '2025-10-04', to: '2026-01-01' })
    assert.equal(body.grain, 'week')
    assert.equal(body.buckets.length, 14)
    assert.equal(body.buckets[0], '2025-12-29')
    assert.deepEqual(body.platforms, [])
    assert.deepEqual(body.combined.series.followers, new Array(14).fill(null))
  } finally {
    await t.close()
  }
})
