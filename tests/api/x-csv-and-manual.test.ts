import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { json, testRuntime } from '../helpers/runtime.ts'

const fixtures = join(import.meta.dirname, '../fixtures/x-csv')
const file = (name: string) => readFileSync(join(fixtures, name))

async function withXAccount() {
  const t = await testRuntime()
  const res = await t.app.request(
    '/api/accounts',
    json({ platform: 'x', handle: '@rOpenSci', organisation: 'rOpenSci' }),
  )
  assert.equal(res.status, 201)
  const { account } = (await res.json()) as {
    account: { id: number; verified: boolean; note: string }
  }
  assert.equal(account.verified, false)
  assert.match(account.note, /no API token is configured/)
  return { t, id: account.id }
}

test('overview export + a manual anchor rebuild the daily X follower series exactly', async () => {
  const { t, id } = await withXAccount()
  try {
    const up = await t.app.request(
      `/api/imports/x-csv?accountId=${id}&fileName=account_overview_analytics.csv`,
      {
        method: 'POST',
        body: file('account_overview_analytics.csv'),
      },
    )
    assert.equal(up.status, 201)
    const { import: summary } = (await up.json()) as { import: Record<string, unknown> }
    assert.deepEqual(summary, {
      kind: 'overview',
      rows: 4,
      postsWritten: 0,
      daysWritten: 4,
      followerDaysReconstructed: 0,
      note: 'The overview export has no follower total. Enter the follower count of one of its days (crossreach followers …) to rebuild the daily follower series.',
    })
    const manual = await t.app.request(
      '/api/manual-followers',
      json({ accountId: id, date: '2025-09-11', followers: 1000 }),
    )
    assert.equal(manual.status, 201)
    assert.equal(
      ((await manual.json()) as { entry: { reconstructedDays: number } }).entry.reconstructedDays,
      3,
    )
    const series = await t.runtime.store.all(
      `SELECT strftime(slot, '%Y-%m-%d') AS day, source, followers FROM profile_snapshots WHERE account_id = ? ORDER BY slot, source`,
      [id],
    )
    assert.deepEqual(series, [
      { day: '2025-09-08', source: 'csv', followers: 998 },
      { day: '2025-09-09', source: 'csv', followers: 996 },
      { day: '2025-09-10', source: 'csv', followers: 1000 },
      { day: '2025-09-11', source: 'manual', followers: 1000 },
    ])
    const days = await t.runtime.store.all(
      `SELECT strftime(day, '%Y-%m-%d') AS day, impressions, likes, new_follows, unfollows, video_views FROM account_daily_metrics ORDER BY day`,
    )
    assert.deepEqual(days[2], {
      day: '2025-09-10',
      impressions: 5120,
      likes: 61,
      newFollows: 5,
      unfollows: 1,
      videoViews: null,
    })
    assert.deepEqual(days[1], {
      day: '2025-09-09',
      impressions: 4410,
      likes: null,
      newFollows: 2,
      unfollows: 4,
      videoViews: 12,
    })
  } finally {
    await t.close()
  }
})

test('re-importing the same per-tweet export changes nothing; a foreign file is refused whole', async () => {
  const { t, id } = await withXAccount()
  try {
    const name = 'tweet_activity_metrics_rOpenSci_20211201_20220101_en.csv'
    for (let i = 0; i < 2; i++) {
      const res = await t.app.request(`/api/imports/x-csv?accountId=${id}&fileName=${name}`, {
        method: 'POST',
        body: file(name),
      })
      assert.equal(res.status, 201)
    }
    const counts = async () =>
      t.runtime.store.one<{ posts: number; metrics: number }>(
        `SELECT (SELECT count(*) FROM posts)::INTEGER AS posts, (SELECT count(*) FROM post_metric_snapshots)::INTEGER AS metrics`,
      )
    const before = await counts()
    assert.ok(before!.posts > 0)
    assert.equal(before!.metrics, before!.posts)
    const slots = await t.runtime.store.all(`SELECT DISTINCT slot FROM post_metric_snapshots`)
    assert.deepEqual(slots, [{ slot: new Date('2022-01-01T23:59:59Z') }])

    const bad = await t.app.request(`/api/imports/x-csv?accountId=${id}&fileName=bank-export.csv`, {
      method: 'POST',
      body: file('bank-export.csv'),
    })
    assert.equal(bad.status, 400)
    const body = (await bad.json()) as { error: { code: string; message: string } }
    assert.equal(body.error.code, 'invalid_file')
    assert.match(body.error.message, /^Nothing was imported\./)
    assert.match(body.error.message, /Tweet permalink/)
    assert.match(body.error.message, /Post Link/)
    assert.match(body.error.message, /New follows/)
    assert.deepEqual(await counts(), before)
    const importRuns = await t.runtime.store.all(
      `SELECT status FROM collection_runs WHERE job = 'import'`,
    )
    assert.deepEqual(importRuns, [{ status: 'ok' }, { status: 'ok' }])
  } finally {
    await t.close()
  }
})

test('an export of another account is refused and names both accounts', async () => {
  const t = await testRuntime()
  try {
    await t.app.request(
      '/api/accounts',
      json({ platform: 'x', handle: '@gemeente', organisation: 'Gemeente' }),
    )
    const name = 'tweet_activity_metrics_rOpenSci_20211201_20220101_en.csv'
    const res = await t.app.request(`/api/imports/x-csv?accountId=1&fileName=${name}`, {
      method: 'POST',
      body: file(name),
    })
    assert.equal(res.status, 400)
    assert.equal(
      ((await res.json()) as { error: { message: string } }).error.message,
      'Nothing was imported: this export is of @rOpenSci, but account 1 is @gemeente. Choose the matching account.',
    )
  } finally {
    await t.close()
  }
})

test('manual entry validates its input and names the problem', async () => {
  const { t, id } = await withXAccount()
  try {
    const cases: [unknown, number, RegExp][] = [
      [
        { accountId: id, date: '2025-13-01', followers: 5 },
        400,
        /2025-13-01 is not a calendar date; use YYYY-MM-DD/,
      ],
      [
        { accountId: id, date: '11-09-2025', followers: 5 },
        400,
        /date must be a date as YYYY-MM-DD/,
      ],
      [{ accountId: id, date: '2025-09-11', followers: -5 }, 400, /followers cannot be negative/],
      [{ accountId: 99, date: '2025-09-11', followers: 5 }, 404, /No active account with id 99/],
      [{ accountId: id, date: '2025-09-11', followers: 5, extra: true }, 400, /Unrecognized key/i],
    ]
    for (const [body, status, message] of cases) {
      const res = await t.app.request('/api/manual-followers', json(body))
      assert.equal(res.status, status, JSON.stringify(body))
      assert.match(((await res.json()) as { error: { message: string } }).error.message, message)
    }
    assert.equal((await t.runtime.store.all('SELECT * FROM profile_snapshots')).length, 0)
  } finally {
    await t.close()
  }
})
