import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FiguresBody, PostListBody } from '@crossreach/shared/api'
import { getOk, testRuntime } from '../helpers/runtime.ts'
import { seedAccount, seedFollowers, seedPosts } from '../helpers/seed.ts'

// Two ISO weeks, 2 to 15 March 2026; counts taken after 16 March 00:00 UTC do not count.
const RANGE = 'from=2026-03-02&to=2026-03-15'

async function seedPostsOnTwoPlatforms() {
  const t = await testRuntime({}, () => new Date('2026-03-20T10:00:00Z'))
  const store = t.runtime.store
  const mastodon = await seedAccount(store, {
    platform: 'mastodon',
    handle: 'gemeente@social.example',
  })
  const x = await seedAccount(store, { platform: 'x', handle: 'gemeente' })
  await seedFollowers(store, mastodon, [
    ['2026-03-03', 1_000],
    ['2026-03-10', 1_000],
  ])
  await seedFollowers(store, x, [
    ['2026-03-03', 20_000],
    ['2026-03-10', 20_000],
  ])
  await seedPosts(store, mastodon, [
    {
      postId: 'm1',
      createdAt: '2026-03-02T12:00:00Z',
      text: 'Afvalkalender 2026 staat online',
      counts: [
        { ageHours: 24, likes: 4, reposts: 1, replies: 0 },
        { ageHours: 150, likes: 8, reposts: 2, replies: 1 }, // 18 h before 7 days: closest (earlier of a tie)
        { ageHours: 186, likes: 9, reposts: 2, replies: 1 }, // 18 h after 7 days
        { ageHours: 300, likes: 12, reposts: 3, replies: 2, quotes: 1 }, // latest before the end
        { ageHours: 400, likes: 50, reposts: 9, replies: 9, quotes: 9 }, // after the range: ignored
      ],
    },
    {
      postId: 'm2',
      createdAt: '2026-03-04T12:00:00Z',
      counts: [
        { ageHours: 24, likes: 2 },
        { ageHours: 220, likes: 5 }, // 52 h past 7 days: outside the ±36 h window
      ],
    },
    {
      postId: 'm3',
      createdAt: '2026-03-14T12:00:00Z', // 1.5 days old at the end of the range
      counts: [{ ageHours: 24, likes: 7 }],
    },
  ])
  await seedPosts(store, x, [
    {
      postId: 'x1',
      createdAt: '2026-03-05T09:00:00Z',
      counts: [
        {
          ageHours: 24,
          likes: 1,
          reposts: 0,
          replies: 0,
          quotes: 0,
          bookmarks: 0,
          impressions: 500,
        },
        {
          ageHours: 168,
          likes: 3,
          reposts: 1,
          replies: 0,
          quotes: 0,
          bookmarks: 1,
          impressions: 2_000,
        },
      ],
    },
  ])
  return t
}

test('interactions at 7 days take the snapshot closest to 7 days, within ±36 h, of old-enough posts', async () => {
  const t = await seedPostsOnTwoPlatforms()
  try {
    const body = await getOk<FiguresBody>(t, `/api/figures?${RANGE}&grain=week`)
    const mastodon = body.platforms.find((p) => p.platform === 'mastodon')
    assert.ok(mastodon)
    // m1 at 150 h: 8 + 2 + 1 = 11. m2 has no count near 7 days, m3 is too young.
    assert.deepEqual(mastodon.series.interactionsAt7Days, [11, null])
    assert.deepEqual(mastodon.postsMeasured, { series: [1, 0], value: 1, previous: 0 })
    assert.deepEqual(mastodon.series.posts, [2, 1])
    // Latest counts before the end of the range: m1 12+3+2+1 = 18, m2 5; m3 7.
    assert.deepEqual(mastodon.series.interactions, [23, 7])
    assert.deepEqual(mastodon.series.interactionsPerPost, [11.5, 7])
    assert.deepEqual(mastodon.series.interactionsPer1kFollowers, [23, 7])
    assert.deepEqual(mastodon.totals.interactions.value, 30)
    // Combined at 7 days: m1 (11) and x1 (3+1+0+0+1 = 5) averaged.
    assert.deepEqual(body.combined.series.interactionsAt7Days, [8, null])
    assert.deepEqual(body.combined.postsMeasured.series, [2, 0])
  } finally {
    await t.close()
  }
})

test('Mastodon: impressions and bookmarks are not available, never 0', async () => {
  const t = await seedPostsOnTwoPlatforms()
  try {
    const body = await getOk<FiguresBody>(t, `/api/figures?${RANGE}&grain=week`)
    const [mastodon, x] = ['mastodon', 'x'].map((k) => body.platforms.find((p) => p.platform === k))
    assert.ok(mastodon && x)
    assert.deepEqual(mastodon.totals.impressions, {
      value: null,
      previous: null,
      change: null,
      changePct: null,
      available: false,
    })
    assert.deepEqual(mastodon.series.impressions, [null, null])
    assert.deepEqual(x.series.impressions, [2_000, 0])
    assert.equal(x.totals.impressions.available, true)

    const list = await getOk<PostListBody>(
      t,
      `/api/posts?${RANGE}&platforms=mastodon&sort=createdAt&order=asc`,
    )
    const m1 = list.posts[0]
    assert.ok(m1)
    assert.equal(m1.postId, 'm1')
    assert.deepEqual(m1.counts, {
      likes: { value: 12, available: true },
      reposts: { value: 3, available: true },
      replies: { value: 2, available: true },
      quotes: { value: 1, available: true },
      bookmarks: { value: null, available: false },
      impressions: { value: null, available: false },
    })
  } finally {
    await t.close()
  }
})

test('/api/posts: posts across platforms at equal age, nulls last, paged', async () => {
  const t = await seedPostsOnTwoPlatforms()
  try {
    const list = await getOk<PostListBody>(t, `/api/posts?${RANGE}`)
    assert.equal(list.total, 4)
    assert.deepEqual(
      list.posts.map((p) => [p.postId, p.interactionsAt7Days, p.at7DaysAgeHours, p.interactions]),
      [
        ['m1', 11, 150, 18],
        ['x1', 5, 168, 5],
        ['m3', null, null, 7], // no 7-day count: last, newest first
        ['m2', null, null, 5],
      ],
    )
    const first = list.posts[0]
    assert.ok(first)
    assert.equal(first.text, 'Afvalkalender 2026 staat online')
    assert.equal(first.url, 'https://example.test/post/m1')
    assert.equal(first.createdAt, '2026-03-02T12:00:00.000Z')
    assert.equal(first.countedAt, '2026-03-15T00:00:00.000Z')

    const page = await getOk<PostListBody>(
      t,
      `/api/posts?${RANGE}&sort=interactions&order=asc&limit=2&offset=1`,
    )
    assert.deepEqual(
      page.posts.map((p) => p.postId),
      ['m2', 'm3'],
    )
    assert.equal(page.total, 4)
    const beyond = await getOk<PostListBody>(t, `/api/posts?${RANGE}&offset=10`)
    assert.deepEqual([beyond.total, beyond.posts.length], [4, 0])
  } finally {
    await t.close()
  }
})

test('a range that ended while posts were still re-read counts each post as it stood at its end', async () => {
  // 2 to 15 March 2026, asked on 20 March: every post here was re-read after 16 March 00:00 UTC.
  const t = await testRuntime({}, () => new Date('2026-03-20T10:00:00Z'))
  try {
    const store = t.runtime.store
    const x = await seedAccount(store, { platform: 'x', handle: 'gemeente' })
    await seedPosts(store, x, [
      {
        postId: 'p1', // read from its day lists: the last counts of 15 March
        createdAt: '2026-03-02T10:00:00Z',
        counts: [
          { ageHours: 24, likes: 2, impressions: 100 },
          { ageHours: 300, likes: 9, impressions: 900 },
          { ageHours: 325, likes: 10 }, // 15 March 23:00: latest interactions, no impressions
          { ageHours: 326, likes: 20, impressions: 2_000 }, // 16 March 00:00: after the range
          { ageHours: 400, likes: 30, impressions: 3_000 },
        ],
      },
      {
        postId: 'p2', // old enough on the last possible instant; its closest-to-7-days count is after the range
        createdAt: '2026-03-09T00:00:00Z',
        counts: [
          { ageHours: 150, likes: 4 },
          { ageHours: 168, likes: 7 },
        ],
      },
      {
        postId: 'p3',
        createdAt: '2026-03-05T00:00:00Z',
        counts: [
          { ageHours: 168, likes: 6 },
          { ageHours: 300, likes: 9 },
        ],
      },
      {
        postId: 'p4', // too young for the equal-age count, which it reached after the range
        createdAt: '2026-03-14T00:00:00Z',
        counts: [
          { ageHours: 12, likes: 1 },
          { ageHours: 40, likes: 2 },
          { ageHours: 60, likes: 5 },
          { ageHours: 168, likes: 8 },
        ],
      },
      {
        postId: 'p5', // read at 1 March 23:50 by a clock 30 minutes behind, then after the range
        createdAt: '2026-03-02T00:20:00Z',
        counts: [
          { ageHours: -0.5, likes: 1 },
          { ageHours: 400, likes: 9 },
        ],
      },
    ])
    const body = await getOk<FiguresBody>(t, `/api/figures?${RANGE}&grain=week`)
    const xs = body.platforms.find((p) => p.platform === 'x')
    assert.ok(xs)
    assert.deepEqual(xs.series.posts, [3, 2])
    // Week 1: p1 10 + p3 6 + p5 1 (its latest count before the end, though taken before the
    // range began); week 2: p2 4 + p4 2.
    assert.deepEqual(xs.series.interactions, [17, 6])
    assert.equal(xs.totals.interactions.value, 23)
    // p3 at 168 h (6); p2 at 150 h (4), not at 168 h, which is after the range.
    assert.deepEqual(xs.series.interactionsAt7Days, [6, 4])
    assert.deepEqual(xs.postsMeasured, { series: [1, 1], value: 2, previous: 0 })
    // p1's latest impressions before the end of the range; no post of week 2 has any.
    assert.deepEqual(xs.series.impressions, [900, null])
  } finally {
    await t.close()
  }
})
