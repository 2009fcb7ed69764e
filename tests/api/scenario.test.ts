/**
 * /api/scenario on small seeds whose figures are worked out by hand in the comments: shares and
 * their change in percentage points, a trend's slope, intercept and 95% band on a tiny series,
 * when the alternatives overtake X, "not within reach", "too little data", what stopping or
 * leaving X forgoes, and a peer's curves aligned on its exit.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ScenarioBody, Trend } from '@crossreach/shared/api-scenario'
import { addEvent } from '../../collector/actions/add-event.ts'
import { testRuntime, type TestRuntime } from '../helpers/runtime.ts'
import { seedAccount, seedFollowers, seedOrganisation, seedPosts } from '../helpers/seed.ts'

const NOW = () => new Date('2026-01-15T10:00:00Z')

/** First of each month from `first` (YYYY-MM) for `count` months, with the value for month i. */
function monthly(
  first: string,
  count: number,
  value: (i: number) => number | null,
): [string, number | null][] {
  const [y, m] = first.split('-').map(Number) as [number, number]
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 + i, 1))
    return [d.toISOString().slice(0, 10), value(i)] as [string, number | null]
  }).filter(([, v]) => v !== null)
}

async function scenario(t: TestRuntime, query: string): Promise<ScenarioBody> {
  const res = await t.app.request(`/api/scenario?${query}`)
  assert.equal(res.status, 200, await res.clone().text())
  return (await res.json()) as ScenarioBody
}

function trend(body: ScenarioBody, platform: string, metric: string): Trend {
  const found = body.trends.find((tr) => tr.platform === platform && tr.metric === metric)
  assert.ok(found, `${platform} ${metric} trend`)
  return found
}

/**
 * Own organisation, December 2024 (i = 0) to December 2025 (i = 12), one count a month:
 * X = 8,000 − 200i, Bluesky = 1,000 + 150i, Mastodon = 1,000 (no count in November 2025).
 * Posts: X 50 + 30 in March and 20 in November; Bluesky 25 in March, 15 in November;
 * Mastodon 10 in March.
 */
async function seedOwn() {
  const t = await testRuntime({}, NOW)
  const store = t.runtime.store
  const x = await seedAccount(store, { platform: 'x', handle: 'gemeente' })
  const bluesky = await seedAccount(store, { platform: 'bluesky', handle: 'gemeente.bsky.social' })
  const mastodon = await seedAccount(store, {
    platform: 'mastodon',
    handle: 'gemeente@social.test',
  })
  await seedFollowers(
    store,
    x,
    monthly('2024-12', 13, (i) => 8_000 - 200 * i),
  )
  await seedFollowers(
    store,
    bluesky,
    monthly('2024-12', 13, (i) => 1_000 + 150 * i),
  )
  await seedFollowers(
    store,
    mastodon,
    monthly('2024-12', 13, (i) => (i === 11 ? null : 1_000)),
  )
  await seedPosts(store, x, [
    { postId: 'x1', createdAt: '2025-03-10', counts: [{ ageHours: 48, likes: 40, reposts: 10 }] },
    { postId: 'x2', createdAt: '2025-03-20', counts: [{ ageHours: 48, likes: 30 }] },
    { postId: 'x3', createdAt: '2025-11-05', counts: [{ ageHours: 48, replies: 20 }] },
  ])
  await seedPosts(store, bluesky, [
    { postId: 'b1', createdAt: '2025-03-12', counts: [{ ageHours: 48, likes: 25 }] },
    { postId: 'b2', createdAt: '2025-11-06', counts: [{ ageHours: 48, likes: 15 }] },
  ])
  await seedPosts(store, mastodon, [
    { postId: 'm1', createdAt: '2025-03-15', counts: [{ ageHours: 48, likes: 10 }] },
  ])
  return t
}

test('shares now and their change over 3, 6 and 12 months in percentage points', async () => {
  const t = await seedOwn()
  try {
    const body = await scenario(t, 'asOf=2025-12-31')
    assert.equal(body.referenceMonth, '2025-12-01')
    assert.equal(body.months.length, 13)
    assert.equal(body.months[0], '2024-12-01')
    assert.deepEqual(body.organisation, { filter: 'own', names: ['Gemeente Voorbeeld'] })
    // December 2025: 5,600 + 2,800 + 1,000 = 9,400 → 59.6 / 29.8 / 10.6 %.
    // September: 6,200 / 2,350 / 1,000 of 9,550 → 64.9 / 24.6 / 10.5 %.
    // June: 6,800 / 1,900 / 1,000 of 9,700 → 70.1 / 19.6 / 10.3 %. December 2024: 80 / 10 / 10 %.
    const rows = body.shares.followers.rows
    assert.deepEqual(
      rows.map((r) => [r.platform, r.value, r.share]),
      [
        ['x', 5_600, 59.6],
        ['bluesky', 2_800, 29.8],
        ['mastodon', 1_000, 10.6],
      ],
    )
    assert.deepEqual(
      rows.map((r) => r.changes.map((c) => [c.thenMonth, c.then, c.changePp])),
      [
        [
          ['2025-09-01', 64.9, -5.3],
          ['2025-06-01', 70.1, -10.5],
          ['2024-12-01', 80, -20.4],
        ],
        [
          ['2025-09-01', 24.6, 5.2],
          ['2025-06-01', 19.6, 10.2],
          ['2024-12-01', 10, 19.8],
        ],
        [
          ['2025-09-01', 10.5, 0.1],
          ['2025-06-01', 10.3, 0.3],
          ['2024-12-01', 10, 0.6],
        ],
      ],
    )
    // Mastodon has no count in November: no share for anyone that month, never 0.
    assert.deepEqual(
      Object.values(body.shares.followers.series).map((s) => s[11]),
      [null, null, null],
    )
    // Interactions: March 2025 is 80 on X, 25 on Bluesky, 10 on Mastodon (of 115);
    // December has no posts at all, so no shares (0 of 0), and November has a gap on Mastodon.
    const march = body.months.indexOf('2025-03-01')
    assert.deepEqual(
      Object.values(body.shares.interactions.series).map((s) => s[march]),
      [69.6, 21.7, 8.7],
    )
    assert.deepEqual(
      body.shares.interactions.rows.map((r) => [r.value, r.share]),
      [
        [0, null],
        [0, null],
        [0, null],
      ],
    )
    assert.deepEqual(
      Object.values(body.shares.interactions.series).map((s) => s[11]),
      [null, null, null],
    )
  } finally {
    await t.close()
  }
})

test('the alternatives overtake X: a crossing date on a straight gap', async () => {
  const t = await seedOwn()
  try {
    const body = await scenario(t, 'asOf=2025-12-31')
    // Gap = Bluesky + Mastodon − X = −6,000 + 350i; November has no Mastodon count, so 12 months.
    // Now (December 2025, i = 12): −1,800; it reaches 0 after 1,800 / 350 = 5.142857 months,
    // 5.142857 × 30.4375 = 156.5 → 157 days after 31 December 2025: 6 June 2026. The line is
    // exact (no scatter), so the band is the line: June 2026 at both ends.
    const { points, ...crossing } = body.crossing
    assert.deepEqual(crossing, {
      status: 'crossing',
      reason: null,
      gapNow: -1_800,
      gapSlope: 350,
      monthsWithData: 12,
      date: '2026-06-06',
      earliest: '2026-06-01',
      latest: '2026-06-01',
      horizonMonths: 24,
      fit: { slope: 350, intercept: -1_800, residualSe: 0, n: 12, t: 2.228 },
    })
    // The gap month by month, drawn on 24 months: November 2025 has no gap (Mastodon's count is
    // missing) but a fitted value; June 2026 is the first month at or above 0.
    assert.equal(points.length, 13 + 24)
    const gap = (month: string) => points.find((p) => p.month === month)
    assert.deepEqual(gap('2025-11-01'), {
      month: '2025-11-01',
      offset: -1,
      actual: null,
      fitted: -2_150,
      lower: -2_150,
      upper: -2_150,
    })
    assert.equal(gap('2025-12-01')?.actual, -1_800)
    assert.equal(gap('2026-05-01')?.fitted, -50)
    assert.equal(gap('2026-06-01')?.fitted, 300)
    const x = trend(body, 'x', 'followers')
    assert.equal(x.status, 'ok')
    assert.deepEqual(x.fit, { slope: -200, intercept: 5_600, residualSe: 0, n: 13, t: 2.201 })
    assert.equal(x.points.length, 13 + 12)
    assert.deepEqual(x.points.at(-1), {
      month: '2026-12-01',
      offset: 12,
      actual: null,
      fitted: 3_200,
      lower: 3_200,
      upper: 3_200,
    })
    assert.equal(trend(body, 'mastodon', 'followers').monthsWithData, 12)
    // As of November, the month Mastodon has no count: no forecast from a gap.
    const november = await scenario(t, 'asOf=2025-11-30')
    assert.equal(november.crossing.status, 'noCountNow')
    assert.equal(november.crossing.gapNow, null)
    assert.equal(november.crossing.date, null)
    // …and no line drawn ahead where the reference month has no count: the past only.
    assert.equal(november.crossing.points.length, 12)
    assert.equal(trend(november, 'mastodon', 'followers').points.length, 12)
    assert.equal(trend(november, 'x', 'followers').points.length, 12 + 12)
  } finally {
    await t.close()
  }
})

test('what stopping or leaving X forgoes: the past 12 months of X interactions', async () => {
  const t = await seedOwn()
  try {
    const body = await scenario(t, 'asOf=2025-12-31&stopFrom=2026-01-01')
    const w = body.whatIf
    assert.equal(w.stopFrom, '2026-01-01')
    assert.deepEqual(w.months, body.months.slice(1))
    // January to December 2025: 80 in March, 20 in November, 0 in the months without posts.
    assert.deepEqual(w.perMonth, [0, 0, 80, 0, 0, 0, 0, 0, 0, 0, 20, 0])
    assert.equal(w.total, 100)
    assert.equal(w.monthsWithData, 12)
    assert.equal(w.averagePerMonth, 8.3) // 100 / 12
    assert.equal(w.posts, 3)
    assert.equal(w.perPost, 33.3) // 100 / 3
    // November has no Mastodon count: left out of the share, so 80 of 80 + 25 + 10 = 69.6 %.
    assert.equal(w.shareMonths, 11)
    assert.equal(w.share, 69.6)
    assert.equal(w.xFollowersNow, 5_600)
    assert.equal(w.xAudienceShareNow, 59.6)
    assert.equal(w.xFollowerChange, -2_400) // 5,600 in December 2025 − 8,000 in December 2024

    // Stopping from mid-April 2025: the whole months before April that have data (December 2024 on).
    const april = await scenario(t, 'asOf=2025-12-31&stopFrom=2025-04-15')
    assert.deepEqual(april.whatIf.months, ['2024-12-01', '2025-01-01', '2025-02-01', '2025-03-01'])
    assert.equal(april.whatIf.total, 80)
    assert.equal(april.whatIf.perPost, 40)
    assert.equal(april.whatIf.share, 69.6)
  } finally {
    await t.close()
  }
})

/** A peer organisation with only Mastodon: 10, 12, 13, 15, 16, 18 followers, July to December 2025. */
async function seedTiny() {
  const t = await testRuntime({}, NOW)
  const store = t.runtime.store
  const mastodon = await seedAccount(store, {
    platform: 'mastodon',
    handle: 'klein@social.test',
    organisation: 'Gemeente Klein',
    kind: 'peer',
  })
  const values = [10, 12, 13, 15, 16, 18]
  await seedFollowers(
    store,
    mastodon,
    monthly('2025-07', 6, (i) => values[i] ?? null),
  )
  return { t, org: await seedOrganisation(store, 'Gemeente Klein', 'peer') }
}

test('a trend and its band on a tiny exact series; too little data below 6 months', async () => {
  const { t, org } = await seedTiny()
  try {
    const body = await scenario(t, `organisation=${org}&asOf=2025-12-31`)
    // x = −5 … 0, y = 10 12 13 15 16 18: x̄ = −2.5, ȳ = 14, Σ(x−x̄)² = 17.5, Σ(x−x̄)(y−ȳ) = 27.
    // Slope 27 / 17.5 = 1.542857; intercept 14 + 2.5 × 1.542857 = 17.857143.
    // Residuals −0.142857 0.314286 −0.228571 0.228571 −0.314286 0.142857: SSE 0.342857,
    // s = √(0.342857 / 4) = 0.292770; t(4) = 2.776.
    // At x = 0: 2.776 × 0.292770 × √(1 + 1/6 + 6.25/17.5) = 1.003253 → 16.85 … 18.86.
    // At x = 1: 19.4 ± 2.776 × 0.292770 × √(1 + 1/6 + 12.25/17.5) = 1.110400 → 18.29 … 20.51.
    const tr = trend(body, 'mastodon', 'followers')
    assert.equal(tr.status, 'ok')
    assert.deepEqual(tr.fit, { slope: 1.54, intercept: 17.9, residualSe: 0.29, n: 6, t: 2.776 })
    const at = (offset: number) => tr.points.find((p) => p.offset === offset)
    assert.deepEqual(at(0), {
      month: '2025-12-01',
      offset: 0,
      actual: 18,
      fitted: 17.9,
      lower: 16.9,
      upper: 18.9,
    })
    assert.deepEqual(at(1), {
      month: '2026-01-01',
      offset: 1,
      actual: null,
      fitted: 19.4,
      lower: 18.3,
      upper: 20.5,
    })
    assert.equal(at(-5)?.fitted, 10.1) // 17.857143 − 5 × 1.542857 = 10.142857
    assert.equal(body.crossing.status, 'noX')

    // As of 30 November: July to November, 5 months, too few for a trend.
    const short = await scenario(t, `organisation=${org}&asOf=2025-11-30`)
    const few = trend(short, 'mastodon', 'followers')
    assert.equal(few.status, 'tooLittleData')
    assert.equal(few.monthsWithData, 5)
    assert.equal(few.fit, null)
    assert.deepEqual(
      few.points.map((p) => [p.actual, p.fitted, p.lower, p.upper]),
      [10, 12, 13, 15, 16].map((v) => [v, null, null, null]),
    )
    // A day short of the month's end: November is not whole, so October is the reference.
    const partial = await scenario(t, `organisation=${org}&asOf=2025-11-29`)
    assert.equal(partial.referenceMonth, '2025-10-01')
  } finally {
    await t.close()
  }
})

test('not within reach when the gap widens; unknown organisation and bad input refused', async () => {
  const t = await testRuntime({}, NOW)
  const store = t.runtime.store
  try {
    const x = await seedAccount(store, { platform: 'x', handle: 'stad' })
    const bluesky = await seedAccount(store, { platform: 'bluesky', handle: 'stad.bsky.social' })
    await seedFollowers(
      store,
      x,
      monthly('2025-07', 6, (i) => 1_000 + 10 * i),
    )
    await seedFollowers(
      store,
      bluesky,
      monthly('2025-07', 6, (i) => 500 - 5 * i),
    )
    const body = await scenario(t, 'asOf=2025-12-31')
    // Gap = 500 − 5i − (1,000 + 10i) = −500 − 15i: −575 in December, 15 further apart each month.
    assert.equal(body.crossing.status, 'notWithinReach')
    assert.equal(body.crossing.reason, 'diverging')
    assert.equal(body.crossing.gapNow, -575)
    assert.equal(body.crossing.gapSlope, -15)
    assert.equal(body.crossing.date, null)

    const missing = await t.app.request('/api/scenario?organisation=999')
    assert.equal(missing.status, 404)
    const bad = await t.app.request('/api/scenario?organisation=peer')
    assert.equal(bad.status, 400)
    assert.match(
      ((await bad.json()) as { error: { message: string } }).error.message,
      /own or an organisation id/,
    )
    const date = await t.app.request('/api/scenario?stopFrom=2025-02-30')
    assert.equal(date.status, 400)
  } finally {
    await t.close()
  }
})

test("a peer's Bluesky curves aligned on its exit from X, indexed to the month before", async () => {
  const t = await testRuntime({}, NOW)
  const store = t.runtime.store
  try {
    const own = await seedAccount(store, { platform: 'x', handle: 'gemeente' })
    await seedFollowers(
      store,
      own,
      monthly('2025-01', 12, () => 5_000),
    )
    const peer = { organisation: 'Provincie Test', kind: 'peer' as const }
    const peerX = await seedAccount(store, { platform: 'x', handle: 'provtest', ...peer })
    const peerBluesky = await seedAccount(store, {
      platform: 'bluesky',
      handle: 'provtest.bsky.social',
      ...peer,
    })
    const followers = [60, 70, 80, 90, 100, 130, 150, 160, 170, 180, 190, 200]
    await seedFollowers(
      store,
      peerBluesky,
      monthly('2025-01', 12, (i) => followers[i] ?? null),
    )
    await seedFollowers(
      store,
      peerX,
      monthly('2025-01', 6, () => 9_000),
    )
    await seedPosts(store, peerBluesky, [
      { postId: 'p1', createdAt: '2025-05-10', counts: [{ ageHours: 24, likes: 40 }] },
      { postId: 'p2', createdAt: '2025-06-20', counts: [{ ageHours: 24, likes: 50, reposts: 10 }] },
    ])
    const orgId = await seedOrganisation(store, 'Provincie Test', 'peer')
    await addEvent(store, {
      organisationId: orgId,
      accountId: peerX,
      kind: 'exit',
      startsOn: '2025-06-15',
      title: 'Provincie Test stopt op X',
    })

    // As of 31 October: months after October are beyond the data, so +5 and +6 stay empty.
    const body = await scenario(t, 'asOf=2025-10-31')
    assert.equal(body.peers.length, 1)
    const [p] = body.peers
    assert.ok(p)
    assert.equal(p.organisation, 'Provincie Test')
    assert.equal(p.kind, 'exit')
    assert.equal(p.startsOn, '2025-06-15')
    assert.deepEqual(p.offsets, [-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6])
    assert.equal(p.months[0], '2024-12-01')
    assert.equal(p.months[6], '2025-06-01')
    assert.deepEqual(
      p.curves.map((c) => c.platform),
      ['bluesky'],
    )
    const [b] = p.curves
    assert.ok(b)
    // December 2024 is before the peer's data; November and December 2025 after the reference.
    assert.deepEqual(b.followers, [null, 60, 70, 80, 90, 100, 130, 150, 160, 170, 180, null, null])
    assert.deepEqual(b.followersIndex, [
      null,
      60,
      70,
      80,
      90,
      100,
      130,
      150,
      160,
      170,
      180,
      null,
      null,
    ])
    // Interactions: 40 in May (month −1 = 100), 60 in June → 150; no posts elsewhere → 0.
    assert.deepEqual(b.interactions, [null, 0, 0, 0, 0, 40, 60, 0, 0, 0, 0, null, null])
    assert.deepEqual(b.interactionsIndex, [null, 0, 0, 0, 0, 100, 150, 0, 0, 0, 0, null, null])

    // The peer itself asked for: its own exit is not "a peer's".
    assert.equal((await scenario(t, `organisation=${orgId}&asOf=2025-10-31`)).peers.length, 0)
  } finally {
    await t.close()
  }
})
