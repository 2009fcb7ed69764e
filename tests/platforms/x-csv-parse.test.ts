// Parsing X Analytics CSV exports: kind detection and exact values from fixtures in each format.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { parseXAnalyticsCsv, type XCsvParseResult } from '../../collector/platforms/x/csv-parse.ts'

const LEGACY = 'tweet_activity_metrics_rOpenSci_20211201_20220101_en.csv'
const LEGACY_2015 = 'tweet_activity_metrics_USCTrials_20150901_20151001_en.csv'
const CONTENT = 'account_analytics_content_2026-04-27_2026-07-25.csv'
const OVERVIEW = 'account_overview_analytics.csv'
const OVERVIEW_11 = 'account_overview_11_columns.csv'

function fixture(name: string): Buffer {
  return readFileSync(new URL(`../fixtures/x-csv/${name}`, import.meta.url))
}

function posts(result: XCsvParseResult) {
  assert.ok(result.ok && result.kind !== 'overview', result.ok ? result.kind : result.error)
  return result
}

function days(result: XCsvParseResult) {
  assert.ok(result.ok && result.kind === 'overview', result.ok ? result.kind : result.error)
  return result.days
}

void test('legacy export with BOM: kind, handle from the file name, exact values of the first tweet', () => {
  const bytes = fixture(LEGACY)
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'fixture starts with a BOM')
  const result = posts(parseXAnalyticsCsv(bytes, `/uploads/${LEGACY}`))
  assert.equal(result.kind, 'legacy-tweets')
  assert.equal(result.handle, 'rOpenSci')
  assert.equal(result.posts.length, 3)
  assert.deepEqual(result.posts[0], {
    postId: '1475870580540952577',
    url: 'https://twitter.com/rOpenSci/status/1475870580540952577',
    createdAt: new Date('2021-12-28T16:45:00Z'),
    dateOnly: false,
    text: 'Join us Tues Jan 4th 9AM PST!\n\nSocial coworking, "bring your own project"',
    impressions: 3423,
    likes: 9,
    reposts: 3,
    replies: 0,
    engagements: 18,
    bookmarks: null,
    quotes: null,
    shares: null,
    profileVisits: 1,
    urlClicks: 1,
    hashtagClicks: 0,
    detailExpands: 4,
    permalinkClicks: 0,
    newFollows: 0,
    mediaViews: 0,
    mediaEngagements: 0,
  })
})

void test('legacy export: a reply keeps its @handle, promoted tweets keep organic counts', () => {
  const result = posts(parseXAnalyticsCsv(fixture(LEGACY)))
  const [, reply, promoted] = result.posts
  assert.equal(reply?.text, '@jdoe Thanks, glad it helped!')
  assert.deepEqual(
    [reply?.impressions, reply?.replies, reply?.newFollows, reply?.mediaViews],
    [210, 1, 1, 12],
  )
  assert.equal(promoted?.createdAt.toISOString(), '2021-12-31T23:59:00.000Z')
  assert.deepEqual([promoted?.impressions, promoted?.likes, promoted?.reposts], [15000, 120, 25])
})

void test('legacy export without a file name takes the handle from the permalinks', () => {
  const result = posts(parseXAnalyticsCsv(fixture(LEGACY)))
  assert.equal(result.handle, 'rOpenSci')
  const renamed = posts(parseXAnalyticsCsv(fixture(LEGACY), 'export (3).csv'))
  assert.equal(renamed.handle, 'rOpenSci')
})

void test('older legacy export with "favorites" reads them as likes', () => {
  const result = posts(parseXAnalyticsCsv(fixture(LEGACY_2015), LEGACY_2015))
  assert.equal(result.kind, 'legacy-tweets')
  assert.equal(result.handle, 'USCTrials')
  assert.deepEqual(
    result.posts.map((p) => [
      p.postId,
      p.createdAt.toISOString(),
      p.impressions,
      p.likes,
      p.reposts,
    ]),
    [
      ['644000000000000001', '2015-09-14T18:30:00.000Z', 1520, 11, 4],
      ['645000000000000002', '2015-09-20T07:00:00.000Z', 880, 6, 0],
    ],
  )
})

void test('content export: date-only posts at noon UTC, "1,234" as 1234, reply text unchanged', () => {
  const result = posts(parseXAnalyticsCsv(fixture(CONTENT).toString('utf8'), CONTENT))
  assert.equal(result.kind, 'content')
  assert.equal(result.handle, 'DemoGemeente')
  assert.deepEqual(
    result.posts.map((p) => [p.postId, p.createdAt.toISOString(), p.dateOnly]),
    [
      ['2074000000000000003', '2026-07-16T12:00:00.000Z', true],
      ['2074000000000000002', '2026-07-15T12:00:00.000Z', true],
      ['2074000000000000001', '2026-07-14T12:00:00.000Z', true],
      ['2073000000000000009', '2026-07-02T12:00:00.000Z', true],
    ],
  )
  const [reply, quoted] = result.posts
  assert.equal(reply?.text, '@buurtbewoner Bedankt voor uw melding, we kijken ernaar.')
  assert.equal(reply?.impressions, 1234)
  assert.equal(quoted?.text, 'Inzameling "oud papier" verschuift naar donderdag')
  assert.deepEqual(result.posts[2], {
    postId: '2074000000000000001',
    url: 'https://x.com/DemoGemeente/status/2074000000000000001',
    createdAt: new Date('2026-07-14T12:00:00Z'),
    dateOnly: true,
    text: 'Raadsvergadering vanavond om 19:30 live',
    impressions: 122978,
    likes: 12,
    reposts: 0,
    replies: 0,
    engagements: 300,
    bookmarks: 0,
    quotes: null,
    shares: 0,
    profileVisits: 129,
    urlClicks: 66,
    hashtagClicks: 0,
    detailExpands: 200,
    permalinkClicks: 0,
    newFollows: 0,
    mediaViews: null,
    mediaEngagements: null,
  })
})

void test('overview export: days newest first as in the file, empty cells are null', () => {
  const result = parseXAnalyticsCsv(fixture(OVERVIEW), OVERVIEW)
  const list = days(result)
  assert.deepEqual(
    list.map((d) => d.day),
    ['2025-09-11', '2025-09-10', '2025-09-09', '2025-09-08'],
  )
  assert.deepEqual(list[0], {
    day: '2025-09-11',
    impressions: 6878,
    likes: 84,
    engagements: 286,
    bookmarks: 6,
    shares: 0,
    newFollows: 3,
    unfollows: 3,
    replies: 12,
    reposts: 16,
    profileVisits: 27,
    postsCreated: 3,
    videoViews: 0,
    mediaViews: 0,
  })
  assert.equal(list[1]?.videoViews, null)
  assert.equal(list[2]?.likes, null)
  assert.deepEqual([list[2]?.newFollows, list[2]?.unfollows, list[2]?.mediaViews], [2, 4, 30])
})

void test('11-column overview variant with ISO dates: the three later columns are null', () => {
  const list = days(parseXAnalyticsCsv(fixture(OVERVIEW_11)))
  assert.deepEqual(list[1], {
    day: '2025-09-10',
    impressions: 5120,
    likes: 61,
    engagements: 198,
    bookmarks: 2,
    shares: 1,
    newFollows: 5,
    unfollows: 1,
    replies: 8,
    reposts: 9,
    profileVisits: 14,
    postsCreated: null,
    videoViews: null,
    mediaViews: null,
  })
})

void test('CRLF line endings, also inside quoted text, give the same result as LF', () => {
  const lf = fixture(LEGACY).toString('utf8')
  const crlf = parseXAnalyticsCsv(lf.replaceAll('\n', '\r\n'), LEGACY)
  assert.deepEqual(crlf, parseXAnalyticsCsv(lf, LEGACY))
  // Line endings inside the text come out as \n.
  assert.equal(posts(crlf).posts[0]?.text.slice(0, 33), 'Join us Tues Jan 4th 9AM PST!\n\nSo')
  const content = fixture(CONTENT).toString('utf8').replaceAll('\n', '\r\n')
  assert.equal(posts(parseXAnalyticsCsv(content)).posts[3]?.text, 'Zomertijden van het stadhuis')
})

void test('header names match case-insensitively and with stray spaces; blank lines are skipped', () => {
  const csv =
    ' POST ID ,date,post text,post link,impressions,likes,engagements,Bookmarks,shares,new follows,replies,reposts,profile visits,detail expands,url clicks,hashtag clicks,permalink clicks\n' +
    '\n' +
    '2074000000000000005,"Tue, Jul 14, 2026",Hallo,https://x.com/DemoGemeente/status/2074000000000000005,10,1,2,0,0,0,0,0,0,0,0,0,0\n' +
    ',,,,,,,,,,,,,,,,\n'
  const result = posts(parseXAnalyticsCsv(csv))
  assert.equal(result.kind, 'content')
  assert.deepEqual(
    result.posts.map((p) => [p.postId, p.impressions, p.likes]),
    [['2074000000000000005', 10, 1]],
  )
})

void test('UTF-16 export with a byte order mark is decoded', () => {
  const text = fixture(OVERVIEW_11).toString('utf8')
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
  const result = parseXAnalyticsCsv(utf16)
  assert.deepEqual(result, parseXAnalyticsCsv(text))
  assert.equal(days(result).length, 2)
})
