/**
 * The Posts list reads a post's summary (post_summaries) when the range holds all its snapshots
 * and the snapshots otherwise: these tests pin that both give what the snapshots alone say, for
 * a range ending in the past (posts counted after its end, posts too young for 7 days), a range
 * up to today, every sort, order and page, posts never counted sorting after every counted one;
 * and that the summaries kept on each collection write equal the ones rebuilt from scratch.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { PostFigures, PostListBody } from '@crossreach/shared/api'
import { PLATFORM_INFO, type Platform, type Source } from '@crossreach/shared/platforms'
import { upsertPostRows } from '../../collector/store/writes/save-snapshots.ts'
import { rebuildPostSummaries } from '../../collector/store/writes/save-post-summaries.ts'
import { getOk, testRuntime } from '../helpers/runtime.ts'
import {
  collectedPostRows,
  seedAccount,
  seedCountValues,
  seedPosts,
  type SeedCounts,
  type SeedPost,
} from '../helpers/seed.ts'

const NOW = new Date('2026-03-30T10:00:00Z')
// Ends 16 March 00:00 UTC; posts created up to 9 March 00:00 are old enough for 7 days.
const PAST = 'from=2026-03-02&to=2026-03-15'
const TO_TODAY = 'from=2026-03-02&to=2026-03-30'

const all = (
  likes: number,
  reposts: number,
  replies: number,
  quotes: number,
  bookmarks: number,
) => ({
  likes,
  reposts,
  replies,
  quotes,
  bookmarks,
})

async function seedStraddling() {
  const t = await testRuntime({}, () => NOW)
  const store = t.runtime.store
  const x = await seedAccount(store, { platform: 'x', handle: 'gemeente' })
  const mastodon = await seedAccount(store, {
    platform: 'mastodon',
    handle: 'gemeente@social.example',
  })
  await seedPosts(store, x, [
    { postId: 'p0', createdAt: '2026-03-01', counts: [{ ageHours: 24, likes: 99 }] }, // before
    {
      postId: 'p1',
      createdAt: '2026-03-03',
      counts: [
        { ageHours: 24, ...all(1, 0, 0, 0, 0), impressions: 100 },
        { ageHours: 160, ...all(6, 1, 1, 0, 0), impressions: 400 }, // 8 h before 7 days: 8
        { ageHours: 176, ...all(7, 1, 1, 0, 1), impressions: 450 }, // 8 h after: later slot
        { ageHours: 250, ...all(9, 2, 1, 1, 1), impressions: 600 }, // latest before the end: 14
        { ageHours: 300, ...all(20, 2, 1, 1, 1), impressions: 800 }, // at 16 March 00:00: after
      ],
    },
    {
      postId: 'p2',
      createdAt: '2026-03-10', // too young for 7 days by 16 March
      counts: [
        { ageHours: 24, likes: 2, impressions: 50 },
        { ageHours: 100, likes: 5, reposts: 1 }, // latest before the end: 6
        { ageHours: 170, likes: 30 }, // 7 days, but after the end
      ],
    },
    {
      postId: 'p3',
      createdAt: '2026-03-04', // every count in the range: read from its summary
      counts: [
        { ageHours: 24, ...all(2, 0, 0, 0, 0), impressions: 80 },
        { ageHours: 168, ...all(4, 1, 0, 0, 0), impressions: 300 }, // the API's read: 5
        { ageHours: 168, likes: 3, source: 'csv' }, // same slot from a CSV: the API's wins
        { ageHours: 200, impressions: 900 }, // no interactions: not the list's latest count
      ],
    },
    { postId: 'p4', createdAt: '2026-03-08' }, // never counted
    {
      postId: 'p6',
      createdAt: '2026-03-09', // read from its summary, but 6.5 days old at the end
      counts: [
        { ageHours: 24, likes: 1 },
        { ageHours: 140, likes: 10, reposts: 2 }, // near 7 days of age, yet not 7 days: 12
      ],
    },
    {
      postId: 'p5',
      createdAt: '2026-03-15T23:00:00Z',
      counts: [{ ageHours: 2, likes: 4 }], // first counted after the end
    },
  ])
  await seedPosts(store, mastodon, [
    {
      postId: 'm1',
      createdAt: '2026-03-02',
      counts: [
        { ageHours: 24, likes: 3, reposts: 1, replies: 0 },
        { ageHours: 150, likes: 8, reposts: 2, replies: 1, quotes: 0 }, // 18 h before 7 days: 11
        { ageHours: 186, likes: 9, reposts: 2, replies: 1, quotes: 0 }, // 18 h after
        { ageHours: 320, likes: 12, reposts: 3, replies: 2, quotes: 1 }, // latest: 18
      ],
    },
  ])
  return t
}

const brief = (p: PostFigures) => [
  p.postId,
  p.interactions,
  p.countedAt,
  p.interactionsAt7Days,
  p.at7DaysAgeHours,
]

test('a range ending in the past: counts up to its end, 7 days only for posts old enough by then', async () => {
  const t = await seedStraddling()
  try {
    const list = await getOk<PostListBody>(t, `/api/posts?${PAST}&limit=10`)
    assert.equal(list.total, 7)
    assert.deepEqual(list.posts.map(brief), [
      ['m1', 18, '2026-03-15T20:00:00.000Z', 11, 150],
      ['p1', 14, '2026-03-13T22:00:00.000Z', 8, 160],
      ['p3', 5, '2026-03-11T12:00:00.000Z', 5, 168],
      ['p5', null, null, null, null], // counted only after the end
      ['p2', 6, '2026-03-14T16:00:00.000Z', null, null], // too young by 16 March
      ['p6', 12, '2026-03-15T08:00:00.000Z', null, null], // too young by 16 March
      ['p4', null, null, null, null],
    ])
    const counts = Object.fromEntries(list.posts.map((p) => [p.postId, p.counts]))
    assert.deepEqual(counts.p1, {
      likes: { value: 9, available: true },
      reposts: { value: 2, available: true },
      replies: { value: 1, available: true },
      quotes: { value: 1, available: true },
      bookmarks: { value: 1, available: true },
      impressions: { value: 600, available: true },
    })
    // The latest count with interactions, and the impressions of that same count.
    assert.deepEqual(counts.p3, {
      likes: { value: 4, available: true },
      reposts: { value: 1, available: true },
      replies: { value: 0, available: true },
      quotes: { value: 0, available: true },
      bookmarks: { value: 0, available: true },
      impressions: { value: 300, available: true },
    })
    assert.deepEqual(counts.m1?.impressions, { value: null, available: false })

    const byInteractions = await getOk<PostListBody>(
      t,
      `/api/posts?${PAST}&sort=interactions&order=asc&limit=3&offset=1`,
    )
    assert.deepEqual(
      byInteractions.posts.map((p) => p.postId),
      ['p2', 'p6', 'p1'],
    )

    // Up to today every count lies in the range: p1's last count and p2's 7 days now count.
    const later = await getOk<PostListBody>(t, `/api/posts?${TO_TODAY}&sort=createdAt&limit=10`)
    assert.deepEqual(later.posts.map(brief), [
      ['p5', 4, '2026-03-16T01:00:00.000Z', null, null],
      ['p2', 30, '2026-03-17T14:00:00.000Z', 30, 170],
      ['p6', 12, '2026-03-15T08:00:00.000Z', 12, 140],
      ['p4', null, null, null, null],
      ['p3', 5, '2026-03-11T12:00:00.000Z', 5, 168],
      ['p1', 25, '2026-03-16T00:00:00.000Z', 8, 160],
      ['m1', 18, '2026-03-15T20:00:00.000Z', 11, 150],
    ])
  } finally {
    await t.close()
  }
})

/** A small deterministic generator (mulberry32), so the seed is varied but the same every run. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let r = Math.imul(a ^ (a >>> 15), 1 | a)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) / 4_294_967_296
  }
}

interface Snap {
  slot: number
  age: number
  source: Source
  values: Record<
    'likes' | 'reposts' | 'replies' | 'quotes' | 'bookmarks' | 'impressions',
    number | null
  >
}

/** Posts over 1–24 March with 0–6 counts each at ages up to 17 days, some missing metrics. */
function generatePosts(rand: () => number, prefix: string): SeedPost[] {
  const posts: SeedPost[] = []
  for (let i = 0; i < 24; i++) {
    const created = Date.parse('2026-03-01T00:00:00Z') + Math.floor(rand() * 24 * 24) * 3_600_000
    const ages = new Set<number>()
    const n = Math.floor(rand() * 7)
    while (ages.size < n) ages.add(Math.floor(rand() * 17 * 24))
    const counts: SeedCounts[] = []
    const value = () => (rand() < 0.15 ? undefined : Math.floor(rand() * 40))
    for (const ageHours of ages) {
      const c: SeedCounts = {
        ageHours,
        likes: value(),
        reposts: value(),
        replies: value(),
        quotes: value(),
        bookmarks: value(),
        impressions: value(),
      }
      counts.push(c)
      if (rand() < 0.15) counts.push({ ageHours, likes: value(), source: 'csv' })
    }
    posts.push({ postId: `${prefix}${i}`, createdAt: new Date(created).toISOString(), counts })
  }
  return posts
}

const RANK: Record<Source, number> = { api: 3, csv: 2, manual: 1 }
const COMPONENTS = ['likes', 'reposts', 'replies', 'quotes', 'bookmarks'] as const

/** What the list must say, from the snapshots alone, in plain TypeScript. */
function expectedList(
  seeded: { accountId: number; platform: Platform; posts: SeedPost[] }[],
  range: { from: string; to: string },
  sort: 'interactionsAt7Days' | 'interactions' | 'createdAt',
  order: 'asc' | 'desc',
) {
  const from = Date.parse(`${range.from}T00:00:00Z`)
  const cutoff = Date.parse(`${range.to}T00:00:00Z`) + 86_400_000
  const rows = seeded.flatMap(({ accountId, platform, posts }) =>
    posts
      .map((p) => ({ p, created: Date.parse(p.createdAt) }))
      .filter(({ created }) => created >= from && created < cutoff)
      .map(({ p, created }) => {
        const snaps: Snap[] = (p.counts ?? []).map((c) => ({
          slot: created + c.ageHours * 3_600_000,
          age: Math.round(c.ageHours * 3600),
          source: c.source ?? 'api',
          values: seedCountValues(c),
        }))
        const sum = (s: Snap) =>
          COMPONENTS.every((k) => s.values[k] === null)
            ? null
            : COMPONENTS.reduce((n, k) => n + (s.values[k] ?? 0), 0)
        const counted = snaps.filter((s) => s.slot >= from && s.slot < cutoff && sum(s) !== null)
        const latest = counted.reduce<Snap | null>(
          (a, s) =>
            !a || s.slot > a.slot || (s.slot === a.slot && RANK[s.source] > RANK[a.source]) ? s : a,
          null,
        )
        const week = 7 * 86_400
        const near =
          created + week * 1000 <= cutoff
            ? counted.filter((s) => Math.abs(s.age - week) <= 36 * 3600)
            : []
        const atAge = near.reduce<Snap | null>((a, s) => {
          if (!a) return s
          const d = Math.abs(s.age - week) - Math.abs(a.age - week)
          if (d !== 0) return d < 0 ? s : a
          if (s.slot !== a.slot) return s.slot < a.slot ? s : a
          return RANK[s.source] > RANK[a.source] ? s : a
        }, null)
        return {
          accountId,
          postId: p.postId,
          created,
          interactions: latest ? sum(latest) : null,
          countedAt: latest ? new Date(latest.slot).toISOString() : null,
          likes: latest?.values.likes ?? null,
          impressions: PLATFORM_INFO[platform].postMetrics.includes('impressions')
            ? (latest?.values.impressions ?? null)
            : null,
          interactionsAt7Days: atAge ? sum(atAge) : null,
          at7DaysAgeHours: atAge ? Math.round((atAge.age / 3600) * 10) / 10 : null,
        }
      }),
  )
  const key = (r: (typeof rows)[number]) =>
    sort === 'createdAt'
      ? r.created
      : sort === 'interactions'
        ? r.interactions
        : r.interactionsAt7Days
  rows.sort((a, b) => {
    const ka = key(a)
    const kb = key(b)
    if (ka !== kb) {
      if (ka === null) return 1
      if (kb === null) return -1
      return order === 'asc' ? ka - kb : kb - ka
    }
    if (a.created !== b.created) return b.created - a.created
    if (a.accountId !== b.accountId) return a.accountId - b.accountId
    return a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : 0
  })
  return rows
}

test('posts never counted sort after every counted post, on a page that reaches them and one that does not', async () => {
  const t = await testRuntime({}, () => NOW)
  try {
    const x = await seedAccount(t.runtime.store, { platform: 'x', handle: 'gemeente' })
    // Every count precedes today's end, so every counted post is read from its summary.
    await seedPosts(t.runtime.store, x, [
      { postId: 'a', createdAt: '2026-03-10', counts: [{ ageHours: 170, likes: 5 }] },
      { postId: 'b', createdAt: '2026-03-12', counts: [{ ageHours: 24, likes: 9 }] },
      { postId: 'c', createdAt: '2026-03-20', counts: [{ ageHours: 168, likes: 2 }] },
      { postId: 'n1', createdAt: '2026-03-25' }, // never counted
      { postId: 'n2', createdAt: '2026-03-11' }, // never counted
    ])
    const page = async (sort: string, limit: number, offset: number) => {
      const list = await getOk<PostListBody>(
        t,
        `/api/posts?${TO_TODAY}&sort=${sort}&order=desc&limit=${limit}&offset=${offset}`,
      )
      assert.equal(list.total, 5)
      return list.posts.map((p) => p.postId)
    }
    // At 7 days: a 5, c 2, then the posts without one, newest first (b has no 7-day count).
    assert.deepEqual(await page('interactionsAt7Days', 2, 0), ['a', 'c'])
    assert.deepEqual(await page('interactionsAt7Days', 2, 1), ['c', 'n1'])
    assert.deepEqual(await page('interactionsAt7Days', 3, 2), ['n1', 'b', 'n2'])
    // Latest interactions: b 9, a 5, c 2, then the two never counted.
    assert.deepEqual(await page('interactions', 3, 0), ['b', 'a', 'c'])
    assert.deepEqual(await page('interactions', 2, 2), ['c', 'n1'])
    assert.deepEqual(await page('createdAt', 3, 0), ['n1', 'c', 'b'])
  } finally {
    await t.close()
  }
})

test('from summaries or snapshots, the list says what the snapshots alone say: every range, sort, order and page', async () => {
  const t = await testRuntime({}, () => NOW)
  try {
    const store = t.runtime.store
    const rand = random(20260330)
    const seeded: { accountId: number; platform: Platform; posts: SeedPost[] }[] = []
    for (const [platform, handle] of [
      ['x', 'stad'],
      ['bluesky', 'stad.example'],
    ] as const) {
      const accountId = await seedAccount(store, { platform, handle })
      const posts = generatePosts(rand, `${platform}-`)
      await seedPosts(store, accountId, posts)
      seeded.push({ accountId, platform, posts })
    }
    const ranges = [
      { from: '2026-03-02', to: '2026-03-15' },
      { from: '2026-03-06', to: '2026-03-11' },
      { from: '2026-03-01', to: '2026-03-30' },
    ]
    let compared = 0
    for (const range of ranges) {
      for (const sort of ['interactionsAt7Days', 'interactions', 'createdAt'] as const) {
        for (const order of ['desc', 'asc'] as const) {
          const expected = expectedList(seeded, range, sort, order)
          // Full pages that start at, or cross into, the posts without a number to sort on
          // (those never counted among them).
          const key = sort === 'createdAt' ? null : sort
          const firstNull = key === null ? -1 : expected.findIndex((r) => r[key] === null)
          const intoNulls =
            firstNull < 0
              ? []
              : [
                  [3, firstNull],
                  [4, Math.max(0, firstNull - 2)],
                  [expected.length - firstNull, firstNull],
                ]
          for (const [limit, offset] of [
            [500, 0],
            [7, 0],
            [7, 9],
            [5, Math.max(0, expected.length - 3)],
            ...intoNulls,
          ] as const) {
            const list = await getOk<PostListBody>(
              t,
              `/api/posts?from=${range.from}&to=${range.to}&sort=${sort}&order=${order}&limit=${limit}&offset=${offset}`,
            )
            const label = `${range.from}..${range.to} ${sort} ${order} ${limit}@${offset}`
            assert.equal(list.total, expected.length, label)
            assert.deepEqual(
              list.posts.map((p) => ({
                accountId: p.accountId,
                postId: p.postId,
                created: Date.parse(p.createdAt),
                interactions: p.interactions,
                countedAt: p.countedAt,
                likes: p.counts.likes.value,
                impressions: p.counts.impressions.value,
                interactionsAt7Days: p.interactionsAt7Days,
                at7DaysAgeHours: p.at7DaysAgeHours,
              })),
              expected.slice(offset, offset + limit),
              label,
            )
            compared += list.posts.length
          }
        }
      }
    }
    assert.ok(compared > 500, `compared ${compared} rows`)
  } finally {
    await t.close()
  }
})

test('summaries kept on each collection write equal summaries rebuilt from the snapshots', async () => {
  const t = await testRuntime({}, () => NOW)
  try {
    const store = t.runtime.store
    const accountId = await seedAccount(store, { platform: 'x', handle: 'stad' })
    const rand = random(7)
    const posts = generatePosts(rand, 'x-')
    // Collection: each slot's counts of every post in one write, in time order; then a CSV import
    // of older counts at the same slots, written afterwards.
    const rows = posts.flatMap((p) => collectedPostRows(accountId, p))
    const api = rows.filter((r) => r.source === 'api').sort((a, b) => +a.slot - +b.slot)
    const bySlot = Map.groupBy(api, (r) => +r.slot)
    for (const batch of bySlot.values()) await store.write((tx) => upsertPostRows(tx, batch))
    const csv = rows.filter((r) => r.source === 'csv')
    assert.ok(csv.length > 0 && bySlot.size > 20)
    await store.write((tx) => upsertPostRows(tx, csv))

    const read = () => store.all(`SELECT * FROM post_summaries ORDER BY account_id, post_id`)
    const kept = await read()
    await store.write((tx) => rebuildPostSummaries(tx, null))
    const rebuilt = await read()
    assert.equal(kept.length, posts.filter((p) => (p.counts ?? []).length > 0).length)
    assert.deepEqual(kept, rebuilt)
    assert.ok(kept.some((r) => r.countedAt !== null && r.atAgeSeconds !== null))
  } finally {
    await t.close()
  }
})
