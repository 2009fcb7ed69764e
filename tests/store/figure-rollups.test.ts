/**
 * The figures' rollups (account_days, account_spans, post_days and post_summaries' history,
 * migrations 005–010) kept on every write equal the ones rebuilt from the snapshots, after
 * writes in the order collection makes them (profiles and posts slot by slot, a post re-read as
 * it matures) and a CSV import of older counts afterwards, and equal what migration 010's
 * backfill computes; and hold the exact sums.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Store } from '../../collector/store/db.ts'
import { listMigrations, splitStatements } from '../../collector/store/migrate.ts'
import { rebuildAccountDays } from '../../collector/store/writes/save-account-days.ts'
import { rebuildPostDays } from '../../collector/store/writes/save-post-days.ts'
import { rebuildPostSummaries } from '../../collector/store/writes/save-post-summaries.ts'
import {
  upsertPostRows,
  upsertProfileSnapshots,
  type PostRow,
} from '../../collector/store/writes/save-snapshots.ts'
import { collectedPostRows, seedAccount, type SeedCounts } from '../helpers/seed.ts'
import { memoryStore } from '../helpers/store.ts'

/** One count of one post, as a collection writes it. */
function postRow(accountId: number, postId: string, createdAt: string, count: SeedCounts): PostRow {
  return collectedPostRows(accountId, { postId, createdAt, counts: [count] })[0]!
}

const ymd = (column: string) => `strftime(${column}, '%Y-%m-%d') AS ${column}`

async function tables(store: Store) {
  const history = `history`
  return {
    accountDays: await store.all(
      `SELECT * REPLACE (${ymd('day')}) FROM account_days ORDER BY account_id, day`,
    ),
    accountSpans: await store.all(
      `SELECT * REPLACE (${['first_day', 'last_day', 'first_followers_day', 'last_followers_day'].map(ymd).join(', ')})
       FROM account_spans ORDER BY account_id`,
    ),
    postDays: await store.all(
      `SELECT * REPLACE (${ymd('day')}) FROM post_days ORDER BY account_id, day`,
    ),
    summaries: await store.all(
      `SELECT * EXCLUDE (history), to_json(${history})::VARCHAR AS history
       FROM post_summaries ORDER BY account_id, post_id`,
    ),
  }
}

test('rollups kept on each write equal the rebuilt ones, with the exact sums', async () => {
  const store = await memoryStore()
  try {
    const x = await seedAccount(store, { platform: 'x', handle: 'gemeente' })
    const bsky = await seedAccount(store, { platform: 'bluesky', handle: 'gemeente.bsky.social' })
    // Profiles, four slots over three days; one read without a count.
    const profile = (accountId: number, at: string, followers: number | null) => ({
      accountId,
      slot: new Date(at),
      source: 'api' as const,
      counts: { followers, following: 10, postsCount: 5 },
      collectedAt: new Date(at),
      runId: null,
    })
    await store.write((tx) =>
      upsertProfileSnapshots(tx, [profile(x, '2026-03-01T06:00:00Z', 1000)]),
    )
    await store.write((tx) =>
      upsertProfileSnapshots(tx, [
        profile(x, '2026-03-02T06:00:00Z', 1010),
        profile(bsky, '2026-03-02T06:00:00Z', null),
      ]),
    )
    await store.write((tx) =>
      upsertProfileSnapshots(tx, [profile(bsky, '2026-03-03T06:00:00Z', 200)]),
    )
    // Posts, re-read as they mature: slot by slot, in time order.
    const rows = [
      postRow(x, 'a', '2026-03-01T09:00:00Z', { ageHours: 1, likes: 1, impressions: 10 }),
      postRow(x, 'b', '2026-03-01T20:00:00Z', { ageHours: 1, likes: 2 }),
      postRow(x, 'a', '2026-03-01T09:00:00Z', {
        ageHours: 24,
        likes: 5,
        reposts: 1,
        impressions: 90,
      }),
      postRow(x, 'b', '2026-03-01T20:00:00Z', { ageHours: 24 }), // no counts: not the latest
      postRow(x, 'c', '2026-03-02T08:00:00Z', { ageHours: 1, likes: 3 }),
      postRow(x, 'a', '2026-03-01T09:00:00Z', { ageHours: 168, likes: 8, reposts: 2 }),
      postRow(bsky, 'd', '2026-03-02T10:00:00Z', { ageHours: 2, likes: 4, reposts: 1 }),
      // Near 7 days twice: 150 hours (in its 8th day), then 169 hours, closer (in its 9th).
      postRow(bsky, 'e', '2026-03-03T23:00:00Z', { ageHours: 150, likes: 6 }),
      postRow(bsky, 'e', '2026-03-03T23:00:00Z', { ageHours: 169, likes: 9 }),
    ]
    const bySlot = Map.groupBy(rows, (r) => +r.slot)
    for (const slot of [...bySlot.keys()].sort((a, b) => a - b)) {
      await store.write((tx) => upsertPostRows(tx, bySlot.get(slot)!))
    }
    // A CSV import of an older count at a slot the API also read: the API's wins.
    await store.write((tx) =>
      upsertPostRows(tx, [
        postRow(x, 'a', '2026-03-01T09:00:00Z', { ageHours: 24, likes: 4, source: 'csv' }),
      ]),
    )

    const kept = await tables(store)
    await store.write(async (tx) => {
      await rebuildAccountDays(tx, null)
      await rebuildPostSummaries(tx, null)
      await rebuildPostDays(tx, null)
    })
    assert.deepEqual(kept, await tables(store))
    // Migration 010's backfill, its expressions spelled out, gives the at-age day lists too.
    const backfill = listMigrations().find((m) => m.version === 10)!
    await store.write(async (tx) => {
      for (const statement of splitStatements(backfill.sql)) await tx.run(statement)
    })
    assert.deepEqual((await tables(store)).postDays, kept.postDays)

    // Exact: 1 March on X has posts a (latest 8+2 = 10, impressions 90, at 7 days 10) and b
    // (latest with interactions 2, no impressions, no 7-day count); 2 March has c (3).
    const day = (accountId: number, d: string) =>
      kept.postDays.find((r) => r.accountId === accountId && r.day === d)
    assert.deepEqual(
      {
        ...day(x, '2026-03-01'),
        firstSlot: undefined,
        lastSlot: undefined,
        lastCreatedAt: undefined,
      },
      {
        accountId: x,
        day: '2026-03-01',
        posts: 2,
        measured: 2,
        interactions: 12,
        withImpressions: 1,
        impressions: 90,
        atAgePosts: 1,
        atAgeSum: 10,
        firstSlot: undefined,
        lastSlot: undefined,
        lastCreatedAt: undefined,
        // By the end of 1 March: a 1 and b 2; from 2 March a's API read (5+1, over the CSV's 4)
        // and 90 impressions; on 8 March a's 7-day read (8+2).
        dayMeasured: [2, 2, 2, 2, 2, 2, 2, 2],
        dayInteractions: [3, 8, 8, 8, 8, 8, 8, 12],
        dayWithImpressions: [1, 1, 1, 1, 1, 1, 1, 1],
        dayImpressions: [10, 90, 90, 90, 90, 90, 90, 90],
        // a is 7 days old by the end of 8 March, its 8th day, with its 7-day read (8+2).
        dayAtAgePosts: [0, 0, 0, 0, 0, 0, 0, 1],
        dayAtAgeSum: [null, null, null, null, null, null, null, 10],
      },
    )
    // e is 7 days old by the end of its 8th day (10 March), when its 150-hour read (6) is the
    // one near 7 days; by the end of its 9th, the 169-hour read (9) is closer.
    assert.deepEqual(
      [day(bsky, '2026-03-03')!.dayAtAgePosts, day(bsky, '2026-03-03')!.dayAtAgeSum],
      [
        [0, 0, 0, 0, 0, 0, 0, 1, 1],
        [null, null, null, null, null, null, null, 6, 9],
      ],
    )
    assert.equal(day(bsky, '2026-03-03')!.atAgeSum, 9)
    assert.equal((day(x, '2026-03-01')!.lastSlot as Date).toISOString(), '2026-03-08T09:00:00.000Z')
    assert.equal(
      (day(x, '2026-03-01')!.lastCreatedAt as Date).toISOString(),
      '2026-03-01T20:00:00.000Z',
    )
    assert.equal(day(x, '2026-03-02')!.interactions, 3)
    assert.equal(day(bsky, '2026-03-02')!.interactions, 5)
    // Spans: X from 1 March (counts 1 and 2 March) to 8 March (a's 7-day read); Bluesky's
    // first count on 3 March, though it was read (without a count) on 2 March, and its last
    // read on 11 March (e's 169-hour read).
    const span = (accountId: number) => kept.accountSpans.find((r) => r.accountId === accountId)
    assert.deepEqual(
      [x, bsky].map((a) => {
        const s = span(a)!
        return [s.firstDay, s.lastDay, s.firstFollowersDay, s.lastFollowersDay]
      }),
      [
        ['2026-03-01', '2026-03-08', '2026-03-01', '2026-03-02'],
        ['2026-03-02', '2026-03-11', '2026-03-03', '2026-03-03'],
      ],
    )
  } finally {
    store.close()
  }
})
