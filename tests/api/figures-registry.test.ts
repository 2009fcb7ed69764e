import { test } from 'node:test'
import assert from 'node:assert/strict'
import { METRICS, METRIC_KEYS, interactionComponents, isSupplied } from '@crossreach/shared/metrics'
import {
  bucketCount,
  bucketStart,
  bucketStarts,
  parseIsoDate,
  previousRange,
  type Grain,
} from '@crossreach/shared/periods'
import { periodsPlan, seriesPlan } from '../../collector/figures/bucket-plan.ts'
import { compareTotal } from '../../collector/figures/compare.ts'
import type { SqlValue } from '../../collector/store/db.ts'
import { dayBucketSql } from '../../collector/store/queries/bucket-sql.ts'
import { memoryStore } from '../helpers/store.ts'

test('every metric is defined in Dutch and English, under its own key', () => {
  for (const key of METRIC_KEYS) {
    const m = METRICS[key]
    assert.equal(m.key, key)
    for (const text of [m.label, m.explanation, m.formula]) {
      assert.ok(text.nl.length > 3 && text.en.length > 3, `${key} has both languages`)
      assert.notEqual(text.nl, text.en, `${key} is translated`)
    }
  }
})

test('which platform supplies what comes from the platform table', () => {
  assert.deepEqual(METRICS.impressions.platforms, ['x'])
  assert.equal(isSupplied('impressions', 'mastodon'), false)
  assert.equal(isSupplied('impressions', 'bluesky'), false)
  assert.equal(isSupplied('followers', 'mastodon'), true)
  assert.deepEqual(interactionComponents('mastodon'), ['likes', 'reposts', 'replies', 'quotes'])
  assert.deepEqual(interactionComponents('bluesky'), [
    'likes',
    'reposts',
    'replies',
    'quotes',
    'bookmarks',
  ])
})

test('periods: ISO weeks start on Monday, months on the 1st, all in UTC dates', () => {
  assert.equal(bucketStart('2026-03-01', 'week'), '2026-02-23') // a Sunday
  assert.equal(bucketStart('2026-03-02', 'week'), '2026-03-02') // a Monday
  assert.equal(bucketStart('2026-03-31', 'month'), '2026-03-01')
  assert.deepEqual(bucketStarts({ from: '2025-12-31', to: '2026-01-12' }, 'week'), [
    '2025-12-29',
    '2026-01-05',
    '2026-01-12',
  ])
  assert.deepEqual(bucketStarts({ from: '2025-11-15', to: '2026-02-01' }, 'month'), [
    '2025-11-01',
    '2025-12-01',
    '2026-01-01',
    '2026-02-01',
  ])
  assert.equal(bucketCount({ from: '2025-11-15', to: '2026-02-01' }, 'month'), 4)
  assert.equal(bucketCount({ from: '2025-12-31', to: '2026-01-12' }, 'week'), 3)
  // Previous period: the same number of days, ending the day before.
  assert.deepEqual(previousRange({ from: '2026-03-01', to: '2026-03-31' }), {
    from: '2026-01-29',
    to: '2026-02-28',
  })
  assert.equal(parseIsoDate('2026-02-29'), null)
  assert.equal(parseIsoDate('2024-02-29')?.toISOString(), '2024-02-29T00:00:00.000Z')
})

test('DuckDB puts every date in the bucket the labels name', async () => {
  const store = await memoryStore()
  try {
    for (const grain of ['day', 'week', 'month'] as Grain[]) {
      const range = { from: '2023-12-20', to: '2025-03-10' }
      const plan = seriesPlan(range, grain)
      const params: SqlValue[] = []
      const bind = (value: SqlValue) => (params.push(value), '?')
      const rows = await store.all<{ d: string; b: string }>(
        `SELECT strftime(d, '%Y-%m-%d') AS d, strftime(${dayBucketSql(plan, 'd', bind)}, '%Y-%m-%d') AS b
         FROM (SELECT unnest(generate_series(${bind(range.from)}::DATE, ${bind(range.to)}::DATE, INTERVAL 1 DAY))::DATE AS d)`,
        params,
      )
      assert.equal(rows.length, 447)
      for (const { d, b } of rows) assert.equal(b, bucketStart(d, grain), `${grain} ${d}`)
    }
  } finally {
    store.close()
  }
})

test('the periods plan: the previous period and the range, one bucket each, behind a look-back', async () => {
  const range = { from: '2026-03-01', to: '2026-03-31' }
  const plan = periodsPlan(range)
  assert.deepEqual(plan, {
    from: '2026-01-29',
    to: '2026-03-31',
    lookback: '2025-12-29',
    lastBucket: '2026-03-01',
    unit: 'day',
    step: 31,
    periods: [
      { from: '2026-01-29', to: '2026-02-28', activeSince: '2025-12-29' },
      { from: '2026-03-01', to: '2026-03-31', activeSince: '2026-01-29' },
    ],
  })
  const store = await memoryStore()
  try {
    // DuckDB's buckets for every date from the look-back to the end: 31 days each, and the
    // plan's list of bucket starts.
    const params: SqlValue[] = []
    const bind = (value: SqlValue) => (params.push(value), '?')
    const rows = await store.all<{ b: string; days: number; first: string; last: string }>(
      `SELECT strftime(${dayBucketSql(plan, 'd', bind)}, '%Y-%m-%d') AS b, count(*)::INTEGER AS days,
              strftime(min(d), '%Y-%m-%d') AS first, strftime(max(d), '%Y-%m-%d') AS last
       FROM (SELECT unnest(generate_series(${bind(plan.lookback)}::DATE, ${bind(plan.to)}::DATE, INTERVAL 1 DAY))::DATE AS d)
       GROUP BY 1 ORDER BY 1`,
      params,
    )
    assert.deepEqual(rows, [
      { b: '2025-12-29', days: 31, first: '2025-12-29', last: '2026-01-28' },
      { b: '2026-01-29', days: 31, first: '2026-01-29', last: '2026-02-28' },
      { b: '2026-03-01', days: 31, first: '2026-03-01', last: '2026-03-31' },
    ])
  } finally {
    store.close()
  }
})

test('change and changePct: from rounded values, none against 0 or nothing', () => {
  assert.deepEqual(compareTotal(11.456, 10, 2), {
    value: 11.46,
    previous: 10,
    change: 1.46,
    changePct: 14.6,
    available: true,
  })
  assert.deepEqual(compareTotal(5, 0, 0).changePct, null)
  assert.deepEqual(compareTotal(5, null, 0).change, null)
  // A net change from −50 to +30 is +80, 160 % of the size of the previous one.
  assert.deepEqual(compareTotal(30, -50, 0).changePct, 160)
  assert.deepEqual(compareTotal(30, 20, 0, false), {
    value: null,
    previous: null,
    change: null,
    changePct: null,
    available: false,
  })
})
