/**
 * /api/health in detail on a fixed clock: the last run per platform and job with when it last
 * succeeded and why it failed, stale accounts (no good read for more than a day), failed and
 * skipped runs of the last 7 days grouped by kind, gaps of the last 30 days, X spend this month.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { HealthBody } from '@crossreach/shared/api'
import type { Store } from '../../collector/store/db.ts'
import { testRuntime } from '../helpers/runtime.ts'
import { seedAccount } from '../helpers/seed.ts'

const NOW = new Date('2026-06-10T12:00:00Z')
const NETWORK = 'Could not connect to social.example; crossreach will try again later.'
const BUDGET = 'Skipped: this run would take X spend past the monthly budget of $5.00.'

interface SeedRun {
  job: 'profiles' | 'posts'
  platform: string
  account: number
  slot: string
  status: 'ok' | 'error' | 'skipped'
  kind?: string
  error?: string
  cost?: number
}

/** Runs start at their slot and finish 5 seconds later. */
async function seedRuns(store: Store, runs: SeedRun[]): Promise<void> {
  await store.write(async (tx) => {
    for (const r of runs) {
      await tx.run(
        `INSERT INTO collection_runs (job, platform, account_id, slot, trigger, status, started_at,
           finished_at, estimated_cost_usd, error, error_kind)
         VALUES (?, ?, ?, ?::TIMESTAMPTZ, 'schedule', ?, ?::TIMESTAMPTZ,
           ?::TIMESTAMPTZ + INTERVAL 5 SECOND, ?, ?, ?)`,
        [
          r.job,
          r.platform,
          r.account,
          r.slot,
          r.status,
          r.slot,
          r.slot,
          r.cost ?? 0,
          r.error ?? null,
          r.kind ?? null,
        ],
      )
    }
  })
}

test('health: last runs, stale accounts, recent errors by kind, gaps and X spend', async () => {
  const t = await testRuntime({}, () => NOW)
  try {
    const store = t.runtime.store
    const bsky = await seedAccount(store, { platform: 'bluesky', handle: '@a.bsky.social' })
    const masto = await seedAccount(store, { platform: 'mastodon', handle: '@b@social.example' })
    const x = await seedAccount(store, { platform: 'x', handle: '@c' })
    const fresh = await seedAccount(store, { platform: 'bluesky', handle: '@new.bsky.social' })
    await seedAccount(store, {
      platform: 'mastodon',
      handle: '@gone@social.example',
      removedAt: '2026-06-05T00:00:00Z',
    })
    await store.write(async (tx) => {
      await tx.run(`UPDATE accounts SET added_at = '2026-05-01T00:00:00Z'`)
      // Added 12 hours ago: nothing is expected of it yet.
      await tx.run(`UPDATE accounts SET added_at = '2026-06-10T00:00:00Z' WHERE id = ?`, [fresh])
    })
    const network = { status: 'error' as const, kind: 'network', error: NETWORK }
    await seedRuns(store, [
      // Outside the 30 days: neither an error nor a gap any more.
      {
        job: 'posts',
        platform: 'bluesky',
        account: bsky,
        slot: '2026-05-01T10:20:00Z',
        ...network,
      },
      {
        job: 'posts',
        platform: 'bluesky',
        account: bsky,
        slot: '2026-06-01T10:20:00Z',
        status: 'error',
        kind: 'server_error',
        error: 'HTTP 502',
      },
      {
        job: 'profiles',
        platform: 'bluesky',
        account: bsky,
        slot: '2026-06-10T06:00:00Z',
        status: 'ok',
      },
      {
        job: 'posts',
        platform: 'bluesky',
        account: bsky,
        slot: '2026-06-10T11:20:00Z',
        status: 'ok',
      },
      {
        job: 'profiles',
        platform: 'mastodon',
        account: masto,
        slot: '2026-06-09T06:00:00Z',
        status: 'ok',
      },
      {
        job: 'posts',
        platform: 'mastodon',
        account: masto,
        slot: '2026-06-09T10:20:00Z',
        status: 'ok',
      },
      {
        job: 'profiles',
        platform: 'mastodon',
        account: masto,
        slot: '2026-06-09T12:00:00Z',
        ...network,
      },
      {
        job: 'profiles',
        platform: 'mastodon',
        account: masto,
        slot: '2026-06-09T18:00:00Z',
        ...network,
      },
      {
        job: 'profiles',
        platform: 'mastodon',
        account: masto,
        slot: '2026-06-10T00:00:00Z',
        ...network,
      },
      {
        job: 'profiles',
        platform: 'mastodon',
        account: masto,
        slot: '2026-06-10T06:00:00Z',
        ...network,
      },
      // Last month's spend does not count towards this month.
      {
        job: 'profiles',
        platform: 'x',
        account: x,
        slot: '2026-05-31T06:05:00Z',
        status: 'ok',
        cost: 1,
      },
      {
        job: 'profiles',
        platform: 'x',
        account: x,
        slot: '2026-06-08T06:05:00Z',
        status: 'ok',
        cost: 0.01,
      },
      {
        job: 'posts',
        platform: 'x',
        account: x,
        slot: '2026-06-10T09:20:00Z',
        status: 'ok',
        cost: 0.055,
      },
      {
        job: 'profiles',
        platform: 'x',
        account: x,
        slot: '2026-06-10T06:05:00Z',
        status: 'skipped',
        kind: 'budget',
        error: BUDGET,
      },
    ])

    const res = await t.app.request('/api/health')
    assert.equal(res.status, 200)
    const health = (await res.json()) as HealthBody
    assert.equal(health.status, 'degraded')
    assert.equal(health.checkedAt, '2026-06-10T12:00:00.000Z')
    assert.equal(health.errorsSince, '2026-06-03T12:00:00.000Z')
    assert.equal(health.gapsSince, '2026-05-11T12:00:00.000Z')
    const none = { error: null, errorKind: null }
    assert.deepEqual(health.lastRuns, [
      {
        platform: 'bluesky',
        job: 'posts',
        status: 'ok',
        finishedAt: '2026-06-10T11:20:05.000Z',
        lastOkAt: '2026-06-10T11:20:05.000Z',
        ...none,
      },
      {
        platform: 'bluesky',
        job: 'profiles',
        status: 'ok',
        finishedAt: '2026-06-10T06:00:05.000Z',
        lastOkAt: '2026-06-10T06:00:05.000Z',
        ...none,
      },
      {
        platform: 'mastodon',
        job: 'posts',
        status: 'ok',
        finishedAt: '2026-06-09T10:20:05.000Z',
        lastOkAt: '2026-06-09T10:20:05.000Z',
        ...none,
      },
      {
        platform: 'mastodon',
        job: 'profiles',
        status: 'error',
        finishedAt: '2026-06-10T06:00:05.000Z',
        lastOkAt: '2026-06-09T06:00:05.000Z',
        error: NETWORK,
        errorKind: 'network',
      },
      {
        platform: 'x',
        job: 'posts',
        status: 'ok',
        finishedAt: '2026-06-10T09:20:05.000Z',
        lastOkAt: '2026-06-10T09:20:05.000Z',
        ...none,
      },
      {
        platform: 'x',
        job: 'profiles',
        status: 'skipped',
        finishedAt: '2026-06-10T06:05:05.000Z',
        lastOkAt: '2026-06-08T06:05:05.000Z',
        error: BUDGET,
        errorKind: 'budget',
      },
    ])
    // The Mastodon account's last good read (posts, 06-09 10:20) is more than 24 hours old; the
    // new account, the removed one and the X account (posts read at 09:20) are not stale.
    assert.deepEqual(health.staleAccounts, [
      {
        id: masto,
        platform: 'mastodon',
        handle: '@b@social.example',
        lastOkAt: '2026-06-09T10:20:05.000Z',
        lastError: NETWORK,
        lastErrorKind: 'network',
      },
    ])
    assert.deepEqual(health.recentErrors, [
      {
        platform: 'x',
        job: 'profiles',
        status: 'skipped',
        kind: 'budget',
        runs: 1,
        accounts: 1,
        firstAt: '2026-06-10T06:05:00.000Z',
        lastAt: '2026-06-10T06:05:00.000Z',
        latestError: BUDGET,
      },
      {
        platform: 'mastodon',
        job: 'profiles',
        status: 'error',
        kind: 'network',
        runs: 4,
        accounts: 1,
        firstAt: '2026-06-09T12:00:00.000Z',
        lastAt: '2026-06-10T06:00:00.000Z',
        latestError: NETWORK,
      },
    ])
    // A skipped run is not a gap of the schedule's making; failed slots next to each other are one gap.
    assert.deepEqual(health.gaps, [
      {
        platform: 'mastodon',
        job: 'profiles',
        from: '2026-06-09T12:00:00.000Z',
        to: '2026-06-10T06:00:00.000Z',
        failedRuns: 4,
        accounts: 1,
      },
      {
        platform: 'bluesky',
        job: 'posts',
        from: '2026-06-01T10:20:00.000Z',
        to: '2026-06-01T10:20:00.000Z',
        failedRuns: 1,
        accounts: 1,
      },
    ])
    assert.deepEqual(health.xSpend, {
      monthToDateUsd: 0.065,
      monthlyBudgetUsd: 5,
      shareOfBudget: 0.013,
    })
  } finally {
    await t.close()
  }
})

test('health on an empty database: nothing failed, nothing stale, no spend', async () => {
  const t = await testRuntime({}, () => NOW)
  try {
    const health = (await (await t.app.request('/api/health')).json()) as HealthBody
    assert.equal(health.status, 'ok')
    assert.deepEqual(
      [health.lastRuns, health.staleAccounts, health.recentErrors, health.gaps],
      [[], [], [], []],
    )
    assert.deepEqual(health.xSpend, { monthToDateUsd: 0, monthlyBudgetUsd: 5, shareOfBudget: 0 })
  } finally {
    await t.close()
  }
})

test('health: a job whose last success is older than the recent window still shows it', async () => {
  const t = await testRuntime({}, () => NOW)
  try {
    const store = t.runtime.store
    const masto = await seedAccount(store, { platform: 'mastodon', handle: '@b@social.example' })
    const network = { status: 'error' as const, kind: 'network', error: NETWORK }
    await seedRuns(store, [
      // Good 10 days ago, failing ever since; the last run 2 days ago.
      {
        job: 'profiles',
        platform: 'mastodon',
        account: masto,
        slot: '2026-05-31T06:00:00Z',
        status: 'ok',
      },
      {
        job: 'profiles',
        platform: 'mastodon',
        account: masto,
        slot: '2026-06-05T06:00:00Z',
        ...network,
      },
      {
        job: 'profiles',
        platform: 'mastodon',
        account: masto,
        slot: '2026-06-08T06:00:00Z',
        ...network,
      },
      // Posts: good an hour ago.
      {
        job: 'posts',
        platform: 'mastodon',
        account: masto,
        slot: '2026-06-10T11:20:00Z',
        status: 'ok',
      },
    ])
    const health = (await (await t.app.request('/api/health')).json()) as HealthBody
    assert.deepEqual(
      health.lastRuns.map((r) => [r.platform, r.job, r.status, r.finishedAt, r.lastOkAt]),
      [
        ['mastodon', 'posts', 'ok', '2026-06-10T11:20:05.000Z', '2026-06-10T11:20:05.000Z'],
        ['mastodon', 'profiles', 'error', '2026-06-08T06:00:05.000Z', '2026-05-31T06:00:05.000Z'],
      ],
    )
    assert.deepEqual(
      health.staleAccounts.map((a) => a.handle),
      [],
      'a good posts run an hour ago keeps the account fresh',
    )
  } finally {
    await t.close()
  }
})
