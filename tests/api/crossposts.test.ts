/**
 * /api/crossposts on real DuckDB: which posts are grouped, each post's interactions at 7 days,
 * and the medians per platform and per pair of platforms, computed by hand from the seed below.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { CrosspostsBody } from '@crossreach/shared/api-crossposts'
import { testRuntime } from '../helpers/runtime.ts'
import { seedAccount, seedPosts } from '../helpers/seed.ts'

const A =
  'Het zwembad De Weide is vanaf maandag weer open. De nieuwe openingstijden en tarieven staan op onze website.'
const B =
  'Let op: de Kerkweg is van dinsdag tot en met vrijdag afgesloten voor alle verkeer wegens rioleringswerk.'
const C =
  'De raad praat donderdag over het nieuwe parkeerbeleid in het centrum. Spreken kan tot woensdag 12.00 uur.'
const D =
  'Wij zoeken een communicatieadviseur voor 32 uur per week. Solliciteren kan tot en met 20 maart.'
const TODAY =
  'Vandaag raadsvergadering om 19.30 uur in het gemeentehuis. Volg hem live via de website.'

async function seeded() {
  const t = await testRuntime()
  const store = t.runtime.store
  const x = await seedAccount(store, { platform: 'x', handle: '@gemeente' })
  const bsky = await seedAccount(store, { platform: 'bluesky', handle: '@gemeente.bsky.social' })
  const masto = await seedAccount(store, { platform: 'mastodon', handle: '@gemeente@social.nl' })
  const peer = await seedAccount(store, {
    platform: 'bluesky',
    handle: '@buurstad.bsky.social',
    organisation: 'Gemeente Buurstad',
    kind: 'peer',
  })
  await seedPosts(store, x, [
    // Group A: X at 7 days 10 + 2 = 12.
    {
      postId: 'xa',
      createdAt: '2026-03-02T09:00:00Z',
      text: `${A} https://t.co/abc`,
      counts: [
        { ageHours: 24, likes: 5 },
        { ageHours: 168, likes: 10, reposts: 2 },
      ],
    },
    {
      postId: 'xb',
      createdAt: '2026-03-04T10:00:00Z',
      text: B,
      counts: [{ ageHours: 168, likes: 30 }],
    },
    {
      postId: 'xd',
      createdAt: '2026-03-08T11:00:00Z',
      text: `${D} #vacature`,
      counts: [{ ageHours: 166, likes: 6 }],
    },
    // A reply to a resident with the words of D: never matched.
    {
      postId: 'xr',
      createdAt: '2026-03-08T11:05:00Z',
      text: `@jan ${D}`,
      kind: 'reply',
      counts: [{ ageHours: 168, likes: 1 }],
    },
    // The same template on two days.
    { postId: 'xt', createdAt: '2026-03-10T17:00:00Z', text: TODAY },
    // Outside the range (with its twin on Bluesky).
    { postId: 'xo', createdAt: '2026-02-20T09:00:00Z', text: A },
  ])
  await seedPosts(store, bsky, [
    {
      postId: 'ba',
      createdAt: '2026-03-02T09:03:00Z',
      text: `${A} gemeente.nl/zwembad`,
      counts: [{ ageHours: 170, likes: 20, replies: 5 }],
    },
    {
      postId: 'bb',
      createdAt: '2026-03-04T10:02:00Z',
      text: B,
      counts: [{ ageHours: 168, likes: 40, quotes: 1 }],
    },
    {
      postId: 'bc',
      createdAt: '2026-03-06T14:00:00Z',
      text: C,
      counts: [{ ageHours: 168, likes: 9 }],
    },
    {
      postId: 'bd',
      createdAt: '2026-03-08T11:01:00Z',
      text: D,
      counts: [{ ageHours: 168, likes: 50 }],
    },
    { postId: 'bt', createdAt: '2026-03-11T08:00:00Z', text: TODAY },
    { postId: 'bo', createdAt: '2026-02-20T09:02:00Z', text: A },
  ])
  await seedPosts(store, masto, [
    {
      postId: 'ma',
      createdAt: '2026-03-02T09:05:00Z',
      text: `${A} https://gemeente.nl/zwembad\n\n#Zwembad #Voorbeeld`,
      counts: [{ ageHours: 160, likes: 4 }],
    },
    // Group C on Mastodon: only a count at one day, so no count at 7 days (null, not 0).
    {
      postId: 'mc',
      createdAt: '2026-03-06T14:04:00Z',
      text: C,
      counts: [{ ageHours: 24, likes: 3 }],
    },
  ])
  // Another organisation's copy of A: never in our groups.
  await seedPosts(store, peer, [{ postId: 'pa', createdAt: '2026-03-02T09:01:00Z', text: A }])
  return t
}

async function get(t: Awaited<ReturnType<typeof seeded>>, query: string) {
  const res = await t.app.request(`/api/crossposts?${query}`)
  return { status: res.status, body: (await res.json()) as CrosspostsBody & { error?: unknown } }
}

test('cross-posts: groups, counts at 7 days and medians per platform and pair', async () => {
  const t = await seeded()
  try {
    const { status, body } = await get(t, 'from=2026-03-01&to=2026-03-31')
    assert.equal(status, 200)
    assert.deepEqual(body.organisation, { id: 1, name: 'Gemeente Voorbeeld' })
    assert.deepEqual(body.range, { from: '2026-03-01', to: '2026-03-31' })
    // 5 X + 5 Bluesky + 2 Mastodon posts in March (the February pair and the peer's post are out).
    assert.equal(body.postsConsidered, 12)
    assert.deepEqual(
      body.groups.map((g) => g.posts.map((p) => [p.postId, p.interactionsAt7Days])),
      [
        [
          ['xd', 6],
          ['bd', 50],
        ],
        [
          ['bc', 9],
          ['mc', null],
        ],
        [
          ['xb', 30],
          ['bb', 41],
        ],
        [
          ['xa', 12],
          ['ba', 25],
          ['ma', 4],
        ],
      ],
    )
    const xa = body.groups[3]!.posts[0]!
    assert.deepEqual(xa, {
      platform: 'x',
      accountId: 1,
      handle: '@gemeente',
      postId: 'xa',
      url: 'https://example.test/post/xa',
      createdAt: '2026-03-02T09:00:00.000Z',
      kind: 'original',
      text: `${A} https://t.co/abc`,
      interactionsAt7Days: 12,
      at7DaysAgeHours: 168,
    })
    assert.equal(body.groups[3]!.similarity, 1)
    assert.deepEqual(body.summary.platforms, [
      // X: groups A, B, D with 12, 30, 6.
      { platform: 'x', groups: 3, measured: 3, median: 12 },
      // Bluesky: 25, 41, 9, 50 → (25 + 41) / 2.
      { platform: 'bluesky', groups: 4, measured: 4, median: 33 },
      // Mastodon: A (4) and C (no count at 7 days).
      { platform: 'mastodon', groups: 2, measured: 1, median: 4 },
    ])
    assert.deepEqual(body.summary.pairs, [
      { platforms: ['x', 'bluesky'], groups: 3, medians: [12, 41] },
      { platforms: ['x', 'mastodon'], groups: 1, medians: [12, 4] },
      // C has no Mastodon count at 7 days, so only A counts.
      { platforms: ['bluesky', 'mastodon'], groups: 1, medians: [25, 4] },
    ])
    assert.deepEqual(body.method, {
      windowHours: 24,
      minContainment: 0.8,
      minJaccard: 0.4,
      equalAgeDays: 7,
      toleranceHours: 36,
    })
  } finally {
    await t.close()
  }
})

test('cross-posts: platforms narrow the groups; the peer organisation by id has its own', async () => {
  const t = await seeded()
  try {
    const { body } = await get(t, 'from=2026-03-01&to=2026-03-31&platforms=x,bluesky')
    assert.deepEqual(
      body.groups.map((g) => g.posts.map((p) => p.postId)),
      [
        ['xd', 'bd'],
        ['xb', 'bb'],
        ['xa', 'ba'],
      ],
    )
    assert.deepEqual(body.summary.platforms, [
      { platform: 'x', groups: 3, measured: 3, median: 12 },
      { platform: 'bluesky', groups: 3, measured: 3, median: 41 },
    ])
    const { organisations } = (await (await t.app.request('/api/organisations')).json()) as {
      organisations: { id: number; name: string }[]
    }
    const peerId = organisations.find((o) => o.name === 'Gemeente Buurstad')!.id
    const peer = await get(t, `organisation=${peerId}&from=2026-03-01&to=2026-03-31`)
    assert.deepEqual(peer.body.organisation, { id: peerId, name: 'Gemeente Buurstad' })
    assert.equal(peer.body.postsConsidered, 1)
    assert.deepEqual(peer.body.groups, [])
    assert.deepEqual(peer.body.summary.pairs[0], {
      platforms: ['x', 'bluesky'],
      groups: 0,
      medians: [null, null],
    })
  } finally {
    await t.close()
  }
})

test('cross-posts: bad input answers in the one error shape', async () => {
  const t = await seeded()
  try {
    const missing = await get(t, 'organisation=99')
    assert.equal(missing.status, 404)
    assert.deepEqual(missing.body, {
      error: {
        code: 'not_found',
        message: 'There is no organisation with id 99. See /api/organisations.',
      },
    })
    const one = await get(t, 'platforms=x')
    assert.equal(one.status, 400)
    assert.match(JSON.stringify(one.body), /at least two of x, bluesky, mastodon/)
    const unknown = await get(t, 'account=1')
    assert.equal(unknown.status, 400)
    assert.match(JSON.stringify(unknown.body), /account: unknown parameter/)
    const backwards = await get(t, 'from=2026-03-31&to=2026-03-01')
    assert.equal(backwards.status, 400)
  } finally {
    await t.close()
  }
})
