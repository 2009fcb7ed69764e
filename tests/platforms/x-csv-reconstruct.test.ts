// Follower totals rebuilt from the overview export's daily new follows and unfollows and one anchor.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { reconstructFollowerSeries } from '../../collector/platforms/x/csv-parse.ts'

// Newest first, as in the export. Net change per day: +2, +3, -1, +4, 0.
const DAYS = [
  { day: '2025-09-11', newFollows: 3, unfollows: 3 },
  { day: '2025-09-10', newFollows: 5, unfollows: 1 },
  { day: '2025-09-09', newFollows: 2, unfollows: 3 },
  { day: '2025-09-08', newFollows: 7, unfollows: 4 },
  { day: '2025-09-07', newFollows: 2, unfollows: 0 },
]

void test('anchor on the last day walks back to the first', () => {
  assert.deepEqual(reconstructFollowerSeries(DAYS, { day: '2025-09-11', followers: 1000 }), [
    { day: '2025-09-07', followers: 994 },
    { day: '2025-09-08', followers: 997 },
    { day: '2025-09-09', followers: 996 },
    { day: '2025-09-10', followers: 1000 },
    { day: '2025-09-11', followers: 1000 },
  ])
})

void test('anchor in the middle walks both ways', () => {
  assert.deepEqual(reconstructFollowerSeries(DAYS, { day: '2025-09-09', followers: 500 }), [
    { day: '2025-09-07', followers: 498 },
    { day: '2025-09-08', followers: 501 },
    { day: '2025-09-09', followers: 500 },
    { day: '2025-09-10', followers: 504 },
    { day: '2025-09-11', followers: 504 },
  ])
})

void test('anchor on the first day walks forward', () => {
  const series = reconstructFollowerSeries(DAYS, { day: '2025-09-07', followers: 20 })
  assert.deepEqual(
    series.map((p) => p.followers),
    [20, 23, 22, 26, 26],
  )
})

void test('anchor the day before the first day: every covered day follows from it', () => {
  assert.deepEqual(reconstructFollowerSeries(DAYS, { day: '2025-09-06', followers: 100 }), [
    { day: '2025-09-07', followers: 102 },
    { day: '2025-09-08', followers: 105 },
    { day: '2025-09-09', followers: 104 },
    { day: '2025-09-10', followers: 108 },
    { day: '2025-09-11', followers: 108 },
  ])
})

void test('anchor the day after the last day gives nothing: that day’s own changes are unknown', () => {
  assert.deepEqual(reconstructFollowerSeries(DAYS, { day: '2025-09-12', followers: 100 }), [])
})

void test('anchor out of range gives []', () => {
  assert.deepEqual(reconstructFollowerSeries(DAYS, { day: '2025-09-05', followers: 100 }), [])
  assert.deepEqual(reconstructFollowerSeries(DAYS, { day: '2025-10-01', followers: 100 }), [])
  assert.deepEqual(reconstructFollowerSeries([], { day: '2025-09-09', followers: 100 }), [])
})

void test('a missing day or null counts stop the walk; nothing is guessed across the gap', () => {
  const withGap = DAYS.filter((d) => d.day !== '2025-09-08')
  assert.deepEqual(reconstructFollowerSeries(withGap, { day: '2025-09-10', followers: 50 }), [
    { day: '2025-09-09', followers: 46 },
    { day: '2025-09-10', followers: 50 },
    { day: '2025-09-11', followers: 50 },
  ])
  // Null unfollows on 09-10: 09-10 itself cannot be computed forward, and going back from 09-10
  // needs its changes, so from an anchor on 09-10 only the days after it are known.
  const withNull = DAYS.map((d) => (d.day === '2025-09-10' ? { ...d, unfollows: null } : d))
  assert.deepEqual(reconstructFollowerSeries(withNull, { day: '2025-09-10', followers: 50 }), [
    { day: '2025-09-10', followers: 50 },
    { day: '2025-09-11', followers: 50 },
  ])
  assert.deepEqual(reconstructFollowerSeries(withNull, { day: '2025-09-08', followers: 50 }), [
    { day: '2025-09-07', followers: 47 },
    { day: '2025-09-08', followers: 50 },
    { day: '2025-09-09', followers: 49 },
  ])
})

void test('walks across month and year ends with exact integers', () => {
  const days = [
    { day: '2024-12-31', newFollows: 10, unfollows: 1 },
    { day: '2025-01-01', newFollows: 4, unfollows: 6 },
    { day: '2024-12-30', newFollows: 0, unfollows: 0 },
  ]
  assert.deepEqual(
    reconstructFollowerSeries(days, { day: '2025-01-01', followers: 9_007_199_254_740_000 }),
    [
      { day: '2024-12-30', followers: 9_007_199_254_739_993 },
      { day: '2024-12-31', followers: 9_007_199_254_740_002 },
      { day: '2025-01-01', followers: 9_007_199_254_740_000 },
    ],
  )
})

void test('malformed or repeated days are programming errors', () => {
  assert.throws(
    () => reconstructFollowerSeries(DAYS, { day: '2025-9-9', followers: 1 }),
    RangeError,
  )
  assert.throws(
    () => reconstructFollowerSeries([...DAYS, DAYS[0]!], { day: '2025-09-09', followers: 1 }),
    /day 2025-09-11 appears twice/,
  )
})
