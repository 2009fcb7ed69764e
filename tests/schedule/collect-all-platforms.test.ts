import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { startBlueskyFake } from '../fakes/bluesky-server.ts'
import { startMastodonFake } from '../fakes/mastodon-server.ts'
import { startXFake } from '../fakes/x-server.ts'
import { json, testRuntime } from '../helpers/runtime.ts'
import { collect } from '../../collector/schedule/collect.ts'

const TOKEN = 'x-bearer-SECRET-0123456789abcdef'

async function setup(extraEnv: Record<string, string> = {}) {
  const now = Date.now()
  const bluesky = await startBlueskyFake()
  bluesky.addAccount({ handle: 'gemeente.bsky.social', followers: 1500, following: 20 })
  bluesky.addPosts('gemeente.bsky.social', [
    {
      text: 'Afvalkalender 2027',
      createdAt: new Date(now - 3 * 3_600_000),
      counts: { likes: 40, reposts: 8, replies: 3, quotes: 1, bookmarks: 2 },
    },
  ])
  const mastodon = await startMastodonFake({ host: 'social.example' })
  mastodon.addAccount({ username: 'gemeente', followers: 4200 })
  const x = await startXFake({ token: TOKEN })
  x.addAccount({ username: 'gemeente', followers: 45000, following: 300 })
  x.addPosts('gemeente', [
    {
      createdAt: new Date(now - 2 * 3_600_000),
      text: 'Afvalkalender 2027',
      likes: 120,
      reposts: 30,
      replies: 12,
      quotes: 4,
      bookmarks: 9,
      impressions: 18000,
    },
    {
      createdAt: new Date(now - 5 * 3_600_000),
      text: 'Wegwerkzaamheden',
      likes: 15,
      reposts: 2,
      replies: 6,
      quotes: 0,
      bookmarks: 1,
      impressions: 4100,
    },
  ])
  const t = await testRuntime({
    CROSSREACH_BLUESKY_APPVIEW: bluesky.url,
    CROSSREACH_MASTODON_ORIGINS: mastodon.originEntry,
    ...x.env(),
    ...extraEnv,
  })
  for (const [platform, handle] of [
    ['bluesky', '@gemeente.bsky.social'],
    ['mastodon', '@gemeente@social.example'],
    ['x', '@gemeente'],
  ]) {
    const res = await t.app.request(
      '/api/accounts',
      json({ platform, handle, organisation: 'Gemeente Voorbeeld' }),
    )
    assert.equal(res.status, 201, await res.clone().text())
  }
  const close = async () => {
    await t.close()
    await Promise.all([bluesky.close(), mastodon.close(), x.close()])
  }
  return { t, bluesky, mastodon, x, close }
}

test('all three platforms in one collection: exact figures, impressions only where supplied, X cost recorded', async () => {
  const { t, x, close } = await setup()
  try {
    const summary = await collect(t.runtime.collectContext, { job: 'all', trigger: 'command' })
    assert.equal(summary.ok, 6)
    assert.equal(summary.errors + summary.skipped, 0)
    // X: one user read ($0.010) and two post reads ($0.005 each).
    assert.equal(Math.round(summary.estimatedCostUsd * 1000) / 1000, 0.02)
    assert.deepEqual(
      { users: x.returned.users, posts: x.returned.posts },
      { users: 1 + 1, posts: 2 },
    )

    const store = t.runtime.store
    assert.deepEqual(
      await store.all(
        `SELECT a.platform, s.followers, s.following FROM profile_snapshots s JOIN accounts a ON a.id = s.account_id ORDER BY a.platform`,
      ),
      [
        { platform: 'bluesky', followers: 1500, following: 20 },
        { platform: 'mastodon', followers: 4200, following: 0 },
        { platform: 'x', followers: 45000, following: 300 },
      ],
    )
    assert.deepEqual(
      await store.all(`SELECT a.platform, p.text, m.likes, m.bookmarks, m.impressions FROM post_metric_snapshots m
        JOIN posts p USING (account_id, post_id) JOIN accounts a ON a.id = m.account_id ORDER BY a.platform, p.created_at`),
      [
        {
          platform: 'bluesky',
          text: 'Afvalkalender 2027',
          likes: 40,
          bookmarks: 2,
          impressions: null,
        },
        { platform: 'x', text: 'Wegwerkzaamheden', likes: 15, bookmarks: 1, impressions: 4100 },
        { platform: 'x', text: 'Afvalkalender 2027', likes: 120, bookmarks: 9, impressions: 18000 },
      ],
    )
    const xCost = await store.one<{ cost: number }>(
      `SELECT sum(estimated_cost_usd)::DOUBLE AS cost FROM collection_runs WHERE platform = 'x'`,
    )
    assert.equal(xCost?.cost, 0.02)
    const health = (await (await t.app.request('/api/health')).json()) as {
      xSpend: { monthToDateUsd: number; monthlyBudgetUsd: number }
    }
    assert.deepEqual(health.xSpend, {
      monthToDateUsd: 0.02,
      monthlyBudgetUsd: 5,
      shareOfBudget: 0.004,
    })
  } finally {
    await close()
  }
})

test('a renamed Bluesky handle is followed by its DID and recorded', async () => {
  const { t, bluesky, close } = await setup()
  try {
    bluesky.renameHandle('gemeente.bsky.social', 'gemeente.nl')
    const summary = await collect(t.runtime.collectContext, {
      job: 'profiles',
      platform: 'bluesky',
      trigger: 'command',
    })
    assert.equal(summary.ok, 1)
    const account = await t.runtime.store.one(
      `SELECT handle, handle_key FROM accounts WHERE platform = 'bluesky'`,
    )
    assert.deepEqual(account, { handle: '@gemeente.nl', handleKey: 'gemeente.nl' })
    assert.ok(t.logs.includes('@gemeente.bsky.social is now @gemeente.nl on bluesky'))
  } finally {
    await close()
  }
})

test('the X budget is never exceeded: a run that could cross it is skipped before any request', async () => {
  const { t, x, close } = await setup({ CROSSREACH_X_MONTHLY_BUDGET_USD: '0.05' })
  try {
    const before = x.server.requests.length
    const summary = await collect(t.runtime.collectContext, {
      job: 'all',
      platform: 'x',
      trigger: 'command',
    })
    // The profile read fits ($0.01); a first posts run may read 5 pages of 20 posts ($0.50): skipped.
    assert.equal(summary.ok, 1)
    assert.equal(summary.skipped, 1)
    assert.match(
      summary.problems[0]!,
      /^@gemeente: X monthly budget reached: \$0\.0\d\d of \$0\.05 used or reserved, this run could cost up to \$0\.500\./,
    )
    assert.deepEqual(
      x.server.requests.slice(before).map((r) => r.url.pathname),
      [
        `/2/users/${(await t.runtime.store.one<{ platformId: string }>(`SELECT platform_id FROM accounts WHERE platform = 'x'`))!.platformId}`,
      ],
    )
    const skipped = await t.runtime.store.one<{
      status: string
      errorKind: string
      detail: string
      requests: number
    }>(`SELECT status, error_kind, detail, requests FROM collection_runs WHERE job = 'posts'`)
    assert.deepEqual(skipped, {
      status: 'skipped',
      errorKind: 'budget',
      detail: 'estimated cost $0.500',
      requests: 0,
    })
  } finally {
    await close()
  }
})

test('the X token never appears in answers, logs or the database file', async () => {
  const { t, x, close } = await setup()
  try {
    x.server.fault(
      /\/tweets$/,
      {
        kind: 'status',
        status: 401,
        body: {
          title: 'Unauthorized',
          detail: `Bearer ${TOKEN} rejected`,
          type: 'about:blank',
          status: 401,
        },
      },
      5,
    )
    await collect(t.runtime.collectContext, { job: 'all', trigger: 'command' })
    const answers = await Promise.all(
      ['/api/accounts', '/api/runs?limit=100', '/api/health'].map(async (p) =>
        (await t.app.request(p)).text(),
      ),
    )
    for (const body of answers) assert.ok(!body.includes(TOKEN), 'token in an API answer')
    assert.ok(!t.logs.join('\n').includes(TOKEN), 'token in the log')
    const errors = await t.runtime.store.all<{ error: string }>(
      `SELECT error FROM collection_runs WHERE error IS NOT NULL`,
    )
    assert.ok(errors.length >= 1)
    await t.runtime.store.checkpoint()
    const dir = t.runtime.config.dataDir
    for (const file of readdirSync(dir)) {
      assert.ok(!readFileSync(join(dir, file)).includes(TOKEN), `token in ${file}`)
    }
  } finally {
    await close()
  }
})
