import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FiguresBody } from '@crossreach/shared/api'
import { getOk, testRuntime, type TestRuntime } from '../helpers/runtime.ts'
import { seedAccount, seedFollowers } from '../helpers/seed.ts'

// Four ISO weeks, 2 to 29 March 2026; the previous period is 2 February to 1 March.
const RANGE = 'from=2026-03-02&to=2026-03-29&grain=week'

/** X 45,000 / Bluesky 12,400 / Mastodon 3,000 at the end; X has no snapshot in week 3. */
async function seedThreePlatforms() {
  const t = await testRuntime({}, () => new Date('2026-04-01T10:00:00Z'))
  const store = t.runtime.store
  const x = await seedAccount(store, { platform: 'x', handle: 'gemeente' })
  const bluesky = await seedAccount(store, { platform: 'bluesky', handle: 'gemeente.bsky.social' })
  const mastodon = await seedAccount(store, {
    platform: 'mastodon',
    handle: 'gemeente@social.example',
  })
  await seedFollowers(store, x, [
    ['2026-01-20', 43_200], // the period before the previous one
    ['2026-02-27', 44_000], // last count of the previous period (and of the week before)
    ['2026-03-03', 44_200],
    ['2026-03-05', 44_400], // last of week 1
    ['2026-03-12', 44_700],
    // week 3 (16–22 March): collection failed, nothing stored
    ['2026-03-27', 45_000],
  ])
  await seedFollowers(store, bluesky, [
    ['2026-02-25', 10_000],
    ['2026-03-04', 11_000],
    ['2026-03-10', 11_500],
    ['2026-03-17', 12_000],
    ['2026-03-24', 12_400],
  ])
  await seedFollowers(store, mastodon, [
    ['2026-02-26', 2_500],
    ['2026-03-04', 2_700],
    ['2026-03-11', 2_800],
    ['2026-03-18', 2_900],
    ['2026-03-25', 3_000],
  ])
  return t
}

function figures(t: TestRuntime, query: string): Promise<FiguresBody> {
  return getOk<FiguresBody>(t, `/api/figures?${query}`)
}

function platform(body: FiguresBody, key: string) {
  const found = body.platforms.find((p) => p.platform === key)
  assert.ok(found, `${key} is in the answer`)
  return found
}

test('a missing week stays null in the series and breaks the net follower change', async () => {
  const t = await seedThreePlatforms()
  try {
    const body = await figures(t, RANGE)
    assert.deepEqual(body.buckets, ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'])
    assert.deepEqual(body.range, { from: '2026-03-02', to: '2026-03-29' })
    assert.deepEqual(body.previousRange, { from: '2026-02-02', to: '2026-03-01' })
    const x = platform(body, 'x')
    assert.deepEqual(x.series.followers, [44_400, 44_700, null, 45_000])
    assert.deepEqual(x.series.netFollowerChange, [400, 300, null, null])
    // Nothing was collected for X in week 3: no post count either, not a zero.
    assert.deepEqual(x.series.posts, [0, 0, null, 0])
    // The gap empties the combined figures and every share of that week.
    assert.deepEqual(body.combined.series.followers, [58_100, 59_000, null, 60_400])
    assert.deepEqual(body.combined.series.netFollowerChange, [1_600, 900, null, null])
    assert.deepEqual(platform(body, 'bluesky').series.netFollowerChange, [1_000, 500, 500, 400])
    assert.deepEqual(platform(body, 'mastodon').series.audienceShare[2], null)
  } finally {
    await t.close()
  }
})

test('totals against the previous period: change and changePct exact', async () => {
  const t = await seedThreePlatforms()
  try {
    const x = platform(await figures(t, RANGE), 'x')
    assert.deepEqual(x.totals.followers, {
      value: 45_000,
      previous: 44_000,
      change: 1_000,
      changePct: 2.3,
      available: true,
    })
    // 45,000 − 44,000 now; 44,000 − 43,200 in the previous period.
    assert.deepEqual(x.totals.netFollowerChange, {
      value: 1_000,
      previous: 800,
      change: 200,
      changePct: 25,
      available: true,
    })
    const mastodon = platform(await figures(t, RANGE), 'mastodon')
    // The previous-previous period has no Mastodon count: no previous net change, no change.
    assert.deepEqual(mastodon.totals.netFollowerChange, {
      value: 500,
      previous: null,
      change: null,
      changePct: null,
      available: true,
    })
  } finally {
    await t.close()
  }
})

test('audience share: each platform over the combined followers, to 4 decimals', async () => {
  const t = await seedThreePlatforms()
  try {
    const body = await figures(t, RANGE)
    // 45,000 / 12,400 / 3,000 of 60,400 at the end of the range.
    assert.deepEqual(
      body.platforms.map((p) => [p.platform, p.totals.audienceShare.value]),
      [
        ['x', 0.745],
        ['bluesky', 0.2053],
        ['mastodon', 0.0497],
      ],
    )
    // Previous period: 44,000 / 10,000 / 2,500 of 56,500.
    assert.deepEqual(platform(body, 'x').totals.audienceShare, {
      value: 0.745,
      previous: 0.7788,
      change: -0.0338,
      changePct: -4.3,
      available: true,
    })
    // Week 1: 44,400 / 11,000 / 2,700 of 58,100; week 3 has no X count, so no shares.
    assert.deepEqual(platform(body, 'bluesky').series.audienceShare, [0.1893, 0.1949, null, 0.2053])
    assert.deepEqual(platform(body, 'x').series.audienceShare, [0.7642, 0.7576, null, 0.745])
    assert.deepEqual(body.combined.totals.followers, {
      value: 60_400,
      previous: 56_500,
      change: 3_900,
      changePct: 6.9,
      available: true,
    })
  } finally {
    await t.close()
  }
})

test('only the selected platforms count towards the combined audience', async () => {
  const t = await seedThreePlatforms()
  try {
    const body = await figures(t, `${RANGE}&platforms=bluesky,mastodon`)
    assert.deepEqual(
      body.platforms.map((p) => p.platform),
      ['bluesky', 'mastodon'],
    )
    // 12,400 / 3,000 of 15,400; no X gap in week 3 any more.
    assert.deepEqual(
      platform(body, 'bluesky').series.audienceShare,
      [0.8029, 0.8042, 0.8054, 0.8052],
    )
    assert.deepEqual(body.combined.series.followers, [13_700, 14_300, 14_900, 15_400])
  } finally {
    await t.close()
  }
})

test('day grain: a day without a count is null, never the previous day carried forward', async () => {
  const t = await seedThreePlatforms()
  try {
    const body = await figures(t, 'from=2026-03-03&to=2026-03-06&grain=day&platforms=x')
    assert.deepEqual(body.buckets, ['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'])
    const x = platform(body, 'x')
    assert.deepEqual(x.series.followers, [44_200, null, 44_400, null])
    assert.deepEqual(x.series.netFollowerChange, [null, null, null, null])
  } finally {
    await t.close()
  }
})

test('buckets follow UTC dates, whatever the database session time zone', async () => {
  const t = await testRuntime({}, () => new Date('2026-04-01T10:00:00Z'))
  try {
    const store = t.runtime.store
    await store.exec(`SET GLOBAL TimeZone = 'Pacific/Auckland'`)
    assert.deepEqual(await store.all(`SELECT current_setting('TimeZone') AS tz`), [
      { tz: 'Pacific/Auckland' },
    ])
    const id = await seedAccount(store, { platform: 'bluesky', handle: 'laat.bsky.social' })
    // 11:30 and 13:30 on 4 March in Auckland, but 3 and 4 March in UTC.
    await seedFollowers(store, id, [
      ['2026-03-03T22:30:00Z', 100],
      ['2026-03-04T00:30:00Z', 110],
    ])
    const body = await figures(t, 'from=2026-03-03&to=2026-03-04&grain=day')
    assert.deepEqual(platform(body, 'bluesky').series.followers, [100, 110])
    assert.deepEqual(platform(body, 'bluesky').series.netFollowerChange, [null, 10])
  } finally {
    await t.close()
  }
})
