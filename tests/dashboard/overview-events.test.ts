/**
 * Events on the Overview's time axis: which events of /api/events a range shows (overlapping the
 * range, on a shown platform or on none in particular) and where a chart draws them (the bucket of
 * the first day, a band over the buckets an event with an end date spans, clipped to the range).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { EventRecord } from '@crossreach/shared/api'
import { bucketIndex, eventsInRange, placeEvents } from '../../dashboard/src/lib/overview/events.ts'

function event(
  id: number,
  startsOn: string,
  endsOn: string | null,
  platform: EventRecord['platform'] = null,
): EventRecord {
  return {
    id,
    organisationId: 1,
    organisation: 'Gemeente Voorbeeld',
    accountId: platform ? 1 : null,
    platform,
    handle: null,
    kind: endsOn ? 'campaign' : 'exit',
    startsOn,
    endsOn,
    title: `event ${id}`,
    note: null,
  }
}

// Weeks starting on Monday; the first bucket begins before the range (1 May 2026 is a Friday).
const BUCKETS = ['2026-04-27', '2026-05-04', '2026-05-11', '2026-05-18', '2026-05-25']
const RANGE = { from: '2026-05-01', to: '2026-05-31' }

test('bucketIndex: the bucket whose first day is the last one on or before the date', () => {
  assert.equal(bucketIndex(BUCKETS, '2026-04-26'), -1)
  assert.equal(bucketIndex(BUCKETS, '2026-04-27'), 0)
  assert.equal(bucketIndex(BUCKETS, '2026-05-03'), 0)
  assert.equal(bucketIndex(BUCKETS, '2026-05-04'), 1)
  assert.equal(bucketIndex(BUCKETS, '2026-05-31'), 4)
})

test('eventsInRange keeps events that overlap the range and concern a shown platform', () => {
  const events = [
    event(1, '2026-04-20', null), // before the range
    event(2, '2026-04-20', '2026-05-02'), // began before, lasts into the range
    event(3, '2026-05-12', null, 'x'), // X, in the range
    event(4, '2026-05-12', null, 'mastodon'), // Mastodon, not shown
    event(5, '2026-05-31', null), // last day of the range
    event(6, '2026-06-01', null), // after the range
  ]
  assert.deepEqual(
    eventsInRange(events, RANGE, ['x', 'bluesky']).map((e) => e.id),
    [2, 3, 5],
  )
  assert.deepEqual(
    eventsInRange(events, RANGE, ['mastodon']).map((e) => e.id),
    [2, 4, 5],
  )
})

test('placeEvents: a line at the first day, a band over a span, clipped to the range', () => {
  const events = [
    event(2, '2026-04-20', '2026-05-02'), // began before: band over bucket 0, no line
    event(3, '2026-05-12', null, 'x'), // line at bucket 2
    event(7, '2026-05-12', '2026-05-13'), // line and band in bucket 2
    event(8, '2026-05-20', '2026-06-20'), // line at bucket 3, band to the range's end (bucket 4)
    event(9, '2026-05-05', '2026-05-05'), // ends the day it starts: a line, no band
  ]
  const placed = placeEvents(events, BUCKETS, RANGE, (e, n) => `${n} ${e.kind}`)
  assert.deepEqual(placed, [
    { number: 1, index: null, span: { from: 0, to: 0 }, label: '1 campaign' },
    { number: 2, index: 2, span: null, label: '2 exit' },
    { number: 3, index: 2, span: { from: 2, to: 2 }, label: '3 campaign' },
    { number: 4, index: 3, span: { from: 3, to: 4 }, label: '4 campaign' },
    { number: 5, index: 1, span: null, label: '5 campaign' },
  ])
})
