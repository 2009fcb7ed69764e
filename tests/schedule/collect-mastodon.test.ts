import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startMastodonFake } from '../fakes/mastodon-server.ts'
import { json, testRuntime } from '../helpers/runtime.ts'
import { collect } from '../../collector/schedule/collect.ts'

const NOW = new Date('2026-11-20T12:10:00Z')
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000)

async function setup() {
  const fake = await startMastodonFake({ host: 'social.example' })
  fake.addAccount({ username: 'gemeente', followers: 4200, following: 80 })
  fake.addPosts('gemeente', [
    {
      createdAt: hoursAgo(2),
      content: '<p>Afvalkalender 2027 is uit</p>',
      likes: 12,
      reposts: 4,
      replies: 1,
      quotes: 0,
    },
    {
      createdAt: hoursAgo(30),
      content: '<p>Raadsvergadering vanavond</p>',
      likes: 30,
      reposts: 9,
      replies: 6,
      quotes: 2,
    },
    { createdAt: hoursAgo(40), reblog: { username: 'someone', content: '<p>not ours</p>' } },
  ])
  fake.addAccount({ username: 'buur', followers: 900 })
  let clock = NOW
  const t = await testRuntime(
    {
      CROSSREACH_MASTODON_ORIGINS: fake.originEntry,
      CROSSREACH_MASTODON_BASE_DELAY_MS: '5',
      CROSSREACH_MASTODON_MAX_RETRIES: '2',
    },
    () => clock,
  )
  for (const [handle, org, peer] of [
    ['@gemeente@social.example', 'Gemeente', false],
    ['@buur@social.example', 'Buurgemeente', true],
  ] as const) {
    const res = await t.app.request(
      '/api/accounts',
      json({ platform: 'mastodon', handle, organisation: org, peer }),
    )
    assert.equal(res.status, 201)
  }
  return { fake, t, setClock: (d: Date) => (clock = d) }
}

test('a collection writes exact counts; re-running the slot duplicates nothing', async () => {
  const { fake, t } = await setup()
  try {
    // The second run of the same slot re-reads profiles (same rows, updated) and finds no post due.
    for (const rowsWritten of [2 + 4, 2]) {
      const summary = await collect(t.runtime.collectContext, { job: 'all', trigger: 'command' })
      assert.deepEqual(summary, {
        runs: 4,
        ok: 4,
        errors: 0,
        skipped: 0,
        rowsWritten,
        estimatedCostUsd: 0,
        problems: [],
      })
    }
    const store = t.runtime.store
    assert.deepEqual(
      await store.all(
        'SELECT account_id, slot, source, followers, following FROM profile_snapshots ORDER BY account_id',
      ),
      [
        {
          accountId: 1,
          slot: new Date('2026-11-20T12:00:00Z'),
          source: 'api',
          followers: 4200,
          following: 80,
        },
        {
          accountId: 2,
          slot: new Date('2026-11-20T12:00:00Z'),
          source: 'api',
          followers: 900,
          following: 0,
        },
      ],
    )
    assert.deepEqual(
      await store.all(`SELECT p.text, p.kind, m.age_seconds, m.likes, m.reposts, m.replies, m.quotes, m.bookmarks, m.impressions
        FROM posts p JOIN post_metric_snapshots m USING (account_id, post_id) ORDER BY p.created_at`),
      [
        // Age at the 12:00 slot: created 30 h and 2 h before 12:10.
        {
          text: 'Raadsvergadering vanavond',
          kind: 'original',
          ageSeconds: 30 * 3600 - 600,
          likes: 30,
          reposts: 9,
          replies: 6,
          quotes: 2,
          bookmarks: null,
          impressions: null,
        },
        {
          text: 'Afvalkalender 2027 is uit',
          kind: 'original',
          ageSeconds: 2 * 3600 - 600,
          likes: 12,
          reposts: 4,
          replies: 1,
          quotes: 0,
          bookmarks: null,
          impressions: null,
        },
      ],
    )
    const runs = await store.all<{ job: string; status: string; requests: number }>(
      `SELECT job, status, requests FROM collection_runs WHERE account_id = 1 ORDER BY id`,
    )
    assert.deepEqual(runs, [
      { job: 'profiles', status: 'ok', requests: 1 },
      { job: 'posts', status: 'ok', requests: 1 },
      { job: 'profiles', status: 'ok', requests: 1 },
      { job: 'posts', status: 'ok', requests: 1 },
    ])
  } finally {
    await t.close()
    await fake.close()
  }
})

test('a failed collection is a gap with a run record, never a zero; other accounts go on', async () => {
  const { fake, t, setClock } = await setup()
  try {
    const profiles = () =>
      collect(t.runtime.collectContext, { job: 'profiles', trigger: 'schedule' })
    await profiles()
    setClock(new Date('2026-11-20T18:05:00Z'))
    fake.server.fault(
      new RegExp(`^/api/v1/accounts/${fake.account('gemeente').id}$`),
      { kind: 'status', status: 503, body: { error: 'down' } },
      3,
    )
    const failed = await profiles()
    assert.equal(failed.ok, 1)
    assert.equal(failed.errors, 1)
    assert.match(failed.problems[0]!, /^@gemeente@social\.example \(mastodon\): /)
    setClock(new Date('2026-11-21T00:05:00Z'))
    fake.setFollowers('gemeente', 4260)
    await profiles()
    const series = await t.runtime.store.all(
      `SELECT slot, followers FROM profile_snapshots WHERE account_id = 1 ORDER BY slot`,
    )
    assert.deepEqual(series, [
      { slot: new Date('2026-11-20T12:00:00Z'), followers: 4200 },
      { slot: new Date('2026-11-21T00:00:00Z'), followers: 4260 },
    ])
    const zeros = await t.runtime.store.one<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM profile_snapshots WHERE followers = 0`,
    )
    assert.equal(zeros?.n, 0)
    const run = await t.runtime.store.one<{
      status: string
      requests: number
      retries: number
      rowsWritten: number
      errorKind: string
      error: string
    }>(
      `SELECT status, requests, retries, rows_written, error_kind, error FROM collection_runs
       WHERE account_id = 1 AND slot = '2026-11-20 18:00:00+00'`,
    )
    assert.equal(run?.status, 'error')
    assert.equal(run?.requests, 3)
    assert.equal(run?.retries, 2)
    assert.equal(run?.rowsWritten, 0)
    assert.equal(run?.errorKind, 'server_error')
    const peer = await t.runtime.store.all(
      `SELECT slot FROM profile_snapshots WHERE account_id = 2 ORDER BY slot`,
    )
    assert.equal(peer.length, 3)
  } finally {
    await t.close()
    await fake.close()
  }
})

test('posts: reposts of others are skipped; young posts are refreshed hourly, older ones daily', async () => {
  const { fake, t, setClock } = await setup()
  try {
    await collect(t.runtime.collectContext, { job: 'posts', accountId: 1, trigger: 'command' })
    const [young, older] = fake.account('gemeente').statuses.filter((s) => !s.reblog)
    fake.setStatusCounts(young!.id, { likes: 20, reposts: 5, replies: 2, quotes: 1 })
    fake.setStatusCounts(older!.id, { likes: 31, reposts: 9, replies: 6, quotes: 2 })
    setClock(new Date('2026-11-20T13:10:00Z'))
    await collect(t.runtime.collectContext, { job: 'posts', accountId: 1, trigger: 'command' })
    const snapshots = await t.runtime.store.all(
      `SELECT p.text, m.slot, m.likes FROM post_metric_snapshots m JOIN posts p USING (account_id, post_id) ORDER BY p.created_at, m.slot`,
    )
    // The 2-hour-old post is due again after an hour; the 30-hour-old one too (hourly until 48 h).
    assert.deepEqual(snapshots, [
      { text: 'Raadsvergadering vanavond', slot: new Date('2026-11-20T12:00:00Z'), likes: 30 },
      { text: 'Raadsvergadering vanavond', slot: new Date('2026-11-20T13:00:00Z'), likes: 31 },
      { text: 'Afvalkalender 2027 is uit', slot: new Date('2026-11-20T12:00:00Z'), likes: 12 },
      { text: 'Afvalkalender 2027 is uit', slot: new Date('2026-11-20T13:00:00Z'), likes: 20 },
    ])
    // Past 48 hours, a post is refreshed once a day: at +1 day it is due, an hour later not.
    setClock(new Date('2026-11-22T13:10:00Z'))
    await collect(t.runtime.collectContext, { job: 'posts', accountId: 1, trigger: 'command' })
    setClock(new Date('2026-11-22T14:10:00Z'))
    await collect(t.runtime.collectContext, { job: 'posts', accountId: 1, trigger: 'command' })
    const perPost = await t.runtime.store.all(
      `SELECT p.text, count(*)::INTEGER AS n FROM post_metric_snapshots m JOIN posts p USING (account_id, post_id) GROUP BY p.text ORDER BY p.text`,
    )
    assert.deepEqual(perPost, [
      { text: 'Afvalkalender 2027 is uit', n: 3 },
      { text: 'Raadsvergadering vanavond', n: 3 },
    ])
  } finally {
    await t.close()
    await fake.close()
  }
})
