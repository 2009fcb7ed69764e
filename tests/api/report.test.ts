/**
 * /api/report on a real DuckDB seeded by hand: an own organisation on X and Bluesky over the third
 * quarter of 2026, with a three-day gap and a failed run on X, posts counted at 7 days (one too
 * young to count) and a post whose text would be a spreadsheet formula. Exact figures, sentences,
 * gaps, the default period, errors, and the CSV and XLSX exports.
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import ExcelJS from 'exceljs'
import type { ReportBody } from '@crossreach/shared/api-report'
import { addDays } from '@crossreach/shared/periods'
import { seedAccount, seedFollowers, seedPosts } from '../helpers/seed.ts'
import { testRuntime, type TestRuntime } from '../helpers/runtime.ts'

let t: TestRuntime
const EVIL = '=HYPERLINK("http://evil.test","klik")'

function days(from: string, to: string, count: (day: string) => number | undefined) {
  const out: [string, number][] = []
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const n = count(d)
    if (n !== undefined) out.push([d, n])
  }
  return out
}

before(async () => {
  t = await testRuntime({}, () => new Date('2026-10-15T09:00:00Z'))
  const store = t.runtime.store
  const x = await seedAccount(store, { platform: 'x', handle: '@gemeente' })
  const bsky = await seedAccount(store, { platform: 'bluesky', handle: '@gemeente.bsky.social' })
  await seedAccount(store, {
    platform: 'mastodon',
    handle: '@buur@social.example',
    organisation: 'Gemeente Buurstad',
    kind: 'peer',
  })
  await seedFollowers(store, x, [
    ['2026-06-30', 46_600],
    ...days('2026-07-01', '2026-09-30', (d) =>
      d >= '2026-08-03' && d <= '2026-08-05' ? undefined : d === '2026-09-30' ? 45_200 : 46_000,
    ),
  ])
  await seedFollowers(store, bsky, [
    ['2026-06-30', 10_508],
    ...days('2026-07-01', '2026-09-30', (d) => (d === '2026-09-30' ? 12_400 : 11_000)),
  ])
  await store.write((tx) =>
    tx.run(
      `INSERT INTO collection_runs (job, platform, account_id, slot, trigger, status, started_at, error)
       VALUES ('profiles', 'x', ?, '2026-08-04T06:05:00Z', 'schedule', 'error', '2026-08-04T06:05:00Z', 'X answered 503')`,
      [x],
    ),
  )
  await seedPosts(store, bsky, [
    {
      postId: 'b1',
      createdAt: '2026-07-10',
      text: 'Wegwerkzaamheden op de Dorpsstraat',
      counts: [{ ageHours: 168, likes: 10, reposts: 2, replies: 1, quotes: 0, bookmarks: 0 }],
    },
    // Two days old at the end of the range: no count at 7 days yet.
    { postId: 'b2', createdAt: '2026-09-28', counts: [{ ageHours: 24, likes: 5 }] },
  ])
  await seedPosts(store, x, [
    {
      postId: 'x1',
      createdAt: '2026-08-01',
      text: EVIL,
      counts: [
        {
          ageHours: 168,
          likes: 20,
          reposts: 3,
          replies: 2,
          quotes: 1,
          bookmarks: 1,
          impressions: 900,
        },
      ],
    },
  ])
})

after(async () => {
  await t.close()
})

async function report(query: string): Promise<ReportBody> {
  const res = await t.app.request(`/api/report?${query}`)
  assert.equal(res.status, 200, await res.clone().text())
  return (await res.json()) as ReportBody
}

test('the quarter report: figures per platform, summary, top posts and gaps', async () => {
  const body = await report('organisation=own&from=2026-07-01&to=2026-09-30&lang=en')
  assert.deepEqual(body.organisation, { id: 1, name: 'Gemeente Voorbeeld', kind: 'own' })
  assert.deepEqual(body.previousRange, { from: '2026-03-31', to: '2026-06-30' })
  assert.equal(body.periodText, 'July to September 2026')
  assert.equal(body.rangeSource, 'query')
  const [x, bsky] = body.platforms
  assert.deepEqual(
    { ...x, platform: x?.platform },
    {
      platform: 'x',
      accounts: 1,
      followersStart: 46_600,
      followersEnd: 45_200,
      followersChange: -1_400,
      followersChangePct: -3,
      shareStart: 0.816, // 46,600 / 57,108
      shareEnd: 0.7847, // 45,200 / 57,600
      posts: 1,
      interactions: 27,
      interactionsPerPost: 27,
      interactionsPer1kFollowers: 0.6, // 27 / 45,200 × 1,000
      interactionsAt7Days: 27,
      postsMeasuredAt7Days: 1,
      impressions: 900,
      impressionsAvailable: true,
    },
  )
  assert.deepEqual(bsky, {
    platform: 'bluesky',
    accounts: 1,
    followersStart: 10_508,
    followersEnd: 12_400,
    followersChange: 1_892,
    followersChangePct: 18,
    shareStart: 0.184,
    shareEnd: 0.2153,
    posts: 2,
    interactions: 18, // 13 + 5
    interactionsPerPost: 9,
    interactionsPer1kFollowers: 1.45,
    interactionsAt7Days: 13, // b2 is too young
    postsMeasuredAt7Days: 1,
    impressions: null,
    impressionsAvailable: false,
  })
  assert.deepEqual(body.summary, [
    'Between July and September 2026 our Bluesky audience grew 18% to 12,400; on X it fell 3% to 45,200.',
    'Bluesky now holds 22% of our combined audience, up from 18%.',
    'Our 3 posts in this period received 45 interactions in total, against 0 in the previous period.',
    'Data are missing on one or more days for 1 account; see ‘Data gaps’.',
  ])
  assert.deepEqual(
    body.topPosts.map((p) => [p.postId, p.interactionsAt7Days, p.text]),
    [
      ['x1', 27, EVIL],
      ['b1', 13, 'Wegwerkzaamheden op de Dorpsstraat'],
    ],
  )
  assert.deepEqual(body.gaps, [
    {
      accountId: 1,
      platform: 'x',
      handle: '@gemeente',
      failedDays: ['2026-08-04'],
      missingDays: ['2026-08-03', '2026-08-04', '2026-08-05'],
      missingRanges: [{ from: '2026-08-03', to: '2026-08-05' }],
    },
  ])
  assert.equal(
    body.gapsText,
    'Data are missing on these days. A missing count is a gap, not a zero. @gemeente (X): no follower count on 3 days (3 August 2026 to 5 August 2026) and a failed collection on 1 day.',
  )
  assert.equal(body.series.grain, 'week')
  assert.equal(body.series.buckets[0], '2026-06-29')
  assert.equal(body.series.followers.x?.at(-1), 45_200)
  assert.deepEqual(
    body.definitions.map((d) => d.key),
    [
      'followers',
      'netFollowerChange',
      'audienceShare',
      'posts',
      'interactions',
      'interactionsPerPost',
      'interactionsPer1kFollowers',
      'interactionsAt7Days',
      'impressions',
    ],
  )
})

test('Dutch, and the last full quarter in the data when no dates are given', async () => {
  const body = await report('lang=nl')
  assert.deepEqual(body.range, { from: '2026-07-01', to: '2026-09-30' })
  assert.equal(body.rangeSource, 'lastFullQuarter')
  assert.equal(
    body.summary[0],
    'Van juli tot en met september 2026 groeide ons publiek op Bluesky met 18% tot 12.400; op X daalde het met 3% tot 45.200.',
  )
  assert.equal(body.definitions[0]?.label, 'Volgers')
})

test('one month: day grain, one post (the other quarter posts fall outside)', async () => {
  const body = await report('from=2026-09-01&to=2026-09-30&lang=en')
  assert.equal(body.series.grain, 'day')
  assert.deepEqual(body.summary, [
    'In September 2026 our Bluesky audience grew 13% to 12,400; on X it fell 1.7% to 45,200.',
    'Bluesky now holds 22% of our combined audience, up from 19%.',
    'Our one post in this period received 5 interactions, against 0 in the previous period.',
  ])
})

test('refusals: unknown organisation, half a range, unknown parameter', async () => {
  const cases: [string, number, RegExp][] = [
    ['organisation=99', 404, /no organisation with id 99/],
    ['from=2026-07-01', 400, /both from and to/],
    ['from=2026-09-30&to=2026-07-01', 400, /must be on or after/],
    ['grain=week', 400, /grain: unknown parameter/],
    ['lang=de', 400, /lang must be nl or en/],
  ]
  for (const [query, status, message] of cases) {
    const res = await t.app.request(`/api/report?${query}`)
    assert.equal(res.status, status, query)
    const body = (await res.json()) as { error: { message: string } }
    assert.match(body.error.message, message, query)
  }
})

test('CSV of one table: formula text neutralised, numbers as numbers', async () => {
  const res = await t.app.request(
    '/api/report.csv?from=2026-07-01&to=2026-09-30&lang=en&table=top-posts',
  )
  assert.equal(res.status, 200)
  assert.equal(
    res.headers.get('content-disposition'),
    'attachment; filename="crossreach-report-gemeente-voorbeeld-2026-07-01-2026-09-30-top-posts.csv"',
  )
  const lines = (await res.text()).replace(/^\uFEFF/, '').split('\r\n')
  assert.equal(
    lines[0],
    'Platform,Account,Published (UTC),Text,Interactions at 7 days,Interactions,Link',
  )
  assert.equal(
    lines[1],
    'X,\'@gemeente,2026-08-01 12:00,"\'=HYPERLINK(""http://evil.test"",""klik"")",27,27,https://example.test/post/x1',
  )
  const followers = await t.app.request('/api/report.csv?lang=en&table=followers')
  const rows = (await followers.text()).split('\r\n')
  assert.equal(rows[1], 'X,1,46600,45200,-1400,-3,0.816,0.7847')
})

test('XLSX: one sheet per table, the formula text stored as text', async () => {
  const res = await t.app.request('/api/report.xlsx?from=2026-07-01&to=2026-09-30&lang=nl')
  assert.equal(res.status, 200)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(await res.arrayBuffer())
  assert.deepEqual(
    book.worksheets.map((s) => s.name),
    [
      'Volgers per platform',
      'Interacties per platform',
      'Volgers en aandeel per periode',
      'Topberichten na 7 dagen',
      'Gaten in de gegevens',
    ],
  )
  const posts = book.worksheets[3]
  assert.equal(posts?.getCell('D2').value, `'${EVIL}`)
  assert.equal(posts?.getCell('E2').value, 27)
  const followers = book.worksheets[0]
  assert.deepEqual((followers?.getRow(3).values as unknown[]).slice(1), [
    'Bluesky',
    1,
    10_508,
    12_400,
    1_892,
    18,
    0.184,
    0.2153,
  ])
  const engagement = book.worksheets[1]
  assert.equal(engagement?.getCell('H3').value, 'niet beschikbaar op Bluesky')
})
