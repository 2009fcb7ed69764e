// Single cells of X analytics exports: counts and dates, independent of the machine's timezone.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  CellError,
  readCalendarDay,
  readCount,
  readLegacyTime,
} from '../../collector/platforms/x/csv-cells.ts'
import { parseXAnalyticsCsv } from '../../collector/platforms/x/csv-parse.ts'

void test('counts: floats with .0, thousands separators, "-" and empty are read exactly', () => {
  assert.equal(readCount('3423.0'), 3423)
  assert.equal(readCount(' 0 '), 0)
  assert.equal(readCount('1,234'), 1234)
  assert.equal(readCount('12,345,678.0'), 12345678)
  assert.equal(readCount('-'), null)
  assert.equal(readCount(''), null)
  assert.throws(() => readCount('3.5'), new CellError('is not a whole number'))
  assert.throws(() => readCount('1,23'), new CellError('is not a number'))
  assert.throws(() => readCount('1e3'), new CellError('is not a number'))
  assert.throws(
    () => readCount('99999999999999999999'),
    new CellError('is too large to be a count'),
  )
})

void test('dates: "EEE, MMM d, yyyy", ISO, and the legacy UTC time', () => {
  assert.equal(readCalendarDay('Tue, Sep 9, 2025'), '2025-09-09')
  assert.equal(readCalendarDay(' Thu,  Sep 11, 2025 '), '2025-09-11')
  assert.equal(readCalendarDay('2025-09-09'), '2025-09-09')
  assert.throws(() => readCalendarDay('Sun, Feb 30, 2025'), CellError)
  assert.throws(() => readCalendarDay('Di, Sep 9, 2025'), CellError)
  assert.equal(readLegacyTime('2021-12-28 16:45 +0000').toISOString(), '2021-12-28T16:45:00.000Z')
  assert.throws(() => readLegacyTime('2021-12-28 16:45'), CellError)
})

void test('calendar dates and noon-UTC post times do not depend on the local timezone', () => {
  const csv =
    'Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Replies,Reposts\n' +
    '1,"Sun, Mar 29, 2026",Zomertijd,https://x.com/DemoGemeente/status/1,1,0,0,0,0\n'
  const saved = process.env.TZ
  try {
    for (const zone of ['Europe/Amsterdam', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      process.env.TZ = zone
      assert.equal(readCalendarDay('Sun, Mar 29, 2026'), '2026-03-29', zone)
      const result = parseXAnalyticsCsv(csv)
      assert.ok(result.ok && result.kind === 'content', zone)
      assert.equal(result.posts[0]?.createdAt.toISOString(), '2026-03-29T12:00:00.000Z', zone)
      // The optional columns this file lacks are null, not 0.
      assert.equal(result.posts[0]?.bookmarks, null, zone)
    }
  } finally {
    if (saved === undefined) delete process.env.TZ
    else process.env.TZ = saved
  }
})
