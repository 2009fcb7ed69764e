/**
 * The Mastodon adapter when the instance misbehaves: 429 with an ISO X-RateLimit-Reset, 5xx,
 * HTML error pages, hangs, an unreachable host, and an exhausted budget announced in the
 * headers of a successful answer. Each transient fault is retried and the call then succeeds.
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { GateRegistry } from '../../collector/net/host-gate.ts'
import { newRunStats, withRunStats } from '../../collector/net/run-stats.ts'
import { PlatformError, RateLimitedError, ServerError } from '../../collector/platforms/errors.ts'
import { createMastodonAdapter, mastodonConfig } from '../../collector/platforms/mastodon/index.ts'
import type { AccountRef } from '../../collector/platforms/types.ts'
import {
  mastodonRateHeaders,
  startMastodonFake,
  type MastodonFake,
} from '../fakes/mastodon-server.ts'

const LOOKUP = /\/accounts\/lookup$/
const ACCOUNT = /^\/api\/v1\/accounts\/\d+$/
const STATUSES = /\/statuses$/
const gemeente = { platform: 'mastodon', username: 'gemeente', instance: 'social.example' } as const

let social: MastodonFake
let account: AccountRef

function adapterFor(env: Record<string, string> = {}, origins = social.originEntry) {
  const config = mastodonConfig({
    CROSSREACH_MASTODON_ORIGINS: origins,
    CROSSREACH_MASTODON_TIMEOUT_MS: '2000',
    CROSSREACH_MASTODON_BASE_DELAY_MS: '5',
    ...env,
  })
  return createMastodonAdapter(config, new GateRegistry(() => config.gate))
}

/** Runs fn and returns its result, how long it took and how many requests hit `path`. */
async function observe<T>(path: RegExp, fn: () => Promise<T>) {
  const start = social.server.requestsTo(path).length
  const startedAt = Date.now()
  const result = await fn()
  return {
    result,
    ms: Date.now() - startedAt,
    requests: social.server.requestsTo(path).length - start,
  }
}

before(async () => {
  social = await startMastodonFake({ host: 'social.example' })
  const fake = social.addAccount({ username: 'gemeente', followers: 321, following: 12 })
  social.addStatuses('gemeente', [
    { createdAt: new Date('2026-02-27T10:00:00Z'), content: '<p>Hoi</p>', likes: 3 },
  ])
  account = {
    id: 1,
    platform: 'mastodon',
    platformId: fake.id,
    handle: '@gemeente@social.example',
    instance: 'social.example',
  }
})

after(() => social.close())

void test('429 with an ISO 8601 X-RateLimit-Reset: waits until the reset, then succeeds', async () => {
  social.server.fault(LOOKUP, {
    kind: 'status',
    status: 429,
    headers: mastodonRateHeaders(300, 0, Date.now() + 400),
    body: { error: 'Too many requests' },
  })
  const { result, ms, requests } = await observe(LOOKUP, () => adapterFor().resolve(gemeente))
  assert.equal(result.handle, '@gemeente@social.example')
  assert.equal(requests, 2)
  assert.ok(ms >= 350, `waited only ${ms} ms`)
})

void test('429 whose reset is further away than the longest allowed wait fails at once, plainly', async () => {
  social.server.fault(LOOKUP, {
    kind: 'status',
    status: 429,
    headers: mastodonRateHeaders(300, 0, Date.now() + 20 * 60_000),
    body: { error: 'Too many requests' },
  })
  const start = social.server.requestsTo(LOOKUP).length
  await assert.rejects(adapterFor().resolve(gemeente), (err: unknown) => {
    assert.ok(err instanceof RateLimitedError)
    assert.equal(
      err.message,
      'social.example is limiting how often crossreach may ask. Its limit resets in about 20 minute(s).',
    )
    return true
  })
  assert.equal(social.server.requestsTo(LOOKUP).length - start, 1)
})

void test('503 then success', async () => {
  social.server.fault(ACCOUNT, {
    kind: 'status',
    status: 503,
    body: { error: 'Service Unavailable' },
  })
  const { result, requests } = await observe(ACCOUNT, () => adapterFor().fetchProfile(account))
  assert.deepEqual(result, {
    followers: 321,
    following: 12,
    postsCount: 1,
    handle: '@gemeente@social.example',
    displayName: 'gemeente',
  })
  assert.equal(requests, 2)
})

void test('a 5xx that persists past the retries is a ServerError with a plain message', async () => {
  social.server.fault(
    ACCOUNT,
    { kind: 'status', status: 500, body: { error: 'Internal Server Error' } },
    2,
  )
  await assert.rejects(
    adapterFor({ CROSSREACH_MASTODON_MAX_RETRIES: '1' }).fetchProfile(account),
    (err: unknown) => {
      assert.ok(err instanceof ServerError)
      assert.equal(err.status, 500)
      assert.equal(
        err.message,
        'social.example had a server error (HTTP 500); crossreach will try again later.',
      )
      return true
    },
  )
})

void test('an HTML error page (502 from a proxy, or a 200 web page) is retried, then succeeds', async () => {
  const page = '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>'
  social.server.fault(STATUSES, { kind: 'status', status: 502, text: page })
  social.server.fault(STATUSES, {
    kind: 'status',
    status: 200,
    text: '<html><body>Maintenance</body></html>',
  })
  const plan = { newestKnownId: null, notBefore: new Date(0), refresh: [] }
  const { result, requests } = await observe(STATUSES, () =>
    adapterFor().collectPosts(account, plan),
  )
  assert.deepEqual(
    result.posts.map((p) => [p.text, p.counts.likes]),
    [['Hoi', 3]],
  )
  assert.equal(requests, 3)
})

void test('an HTML error page that persists is reported as an invalid answer', async () => {
  social.server.fault(ACCOUNT, { kind: 'status', status: 502, text: '<html>Bad Gateway</html>' }, 2)
  await assert.rejects(
    adapterFor({ CROSSREACH_MASTODON_MAX_RETRIES: '1' }).fetchProfile(account),
    (err: unknown) => {
      assert.ok(err instanceof PlatformError)
      assert.equal(err.kind, 'invalid_response')
      assert.equal(
        err.message,
        'social.example sent an answer that is not Mastodon data (often an error page while the instance is down); crossreach will try again later.',
      )
      return true
    },
  )
})

void test('a request that hangs times out (CROSSREACH_MASTODON_TIMEOUT_MS) and is retried', async () => {
  social.server.fault(LOOKUP, { kind: 'hang' })
  const { result, ms, requests } = await observe(LOOKUP, () =>
    adapterFor({ CROSSREACH_MASTODON_TIMEOUT_MS: '200' }).resolve(gemeente),
  )
  assert.equal(result.platformId, account.platformId)
  assert.equal(requests, 2)
  assert.ok(ms >= 200 && ms < 1500, `took ${ms} ms`)
})

void test('an unreachable instance is a network failure that names the host', async () => {
  const adapter = adapterFor(
    { CROSSREACH_MASTODON_MAX_RETRIES: '0' },
    'social.example=http://127.0.0.1:9',
  )
  await assert.rejects(adapter.resolve(gemeente), (err: unknown) => {
    assert.ok(err instanceof PlatformError)
    assert.equal(err.kind, 'network')
    assert.equal(err.transient, true)
    assert.equal(
      err.message,
      'Could not connect to social.example; crossreach will try again later.',
    )
    return true
  })
})

void test('X-RateLimit-Remaining 0 on a success pauses the instance until the reset: no 429', async () => {
  const busy = await startMastodonFake({ host: 'busy.example', rate: { windowMs: 300, budget: 2 } })
  try {
    const fake = busy.addAccount({ username: 'druk', followers: 5 })
    const ref = {
      ...account,
      platformId: fake.id,
      handle: '@druk@busy.example',
      instance: 'busy.example',
    }
    const config = mastodonConfig({ CROSSREACH_MASTODON_ORIGINS: busy.originEntry })
    const adapter = createMastodonAdapter(config, new GateRegistry(() => config.gate))
    const stats = newRunStats()
    const followers = await withRunStats(stats, async () => {
      const seen = []
      for (let i = 0; i < 5; i++) seen.push((await adapter.fetchProfile(ref)).followers)
      return seen
    })
    assert.deepEqual(followers, [5, 5, 5, 5, 5])
    assert.equal(busy.server.budgetViolations, 0)
    assert.equal(busy.server.requests.length, 5)
    assert.equal(stats.requests, 5)
    assert.ok(stats.rateLimitWaits >= 1, 'the gate paused at least once for the reset')
  } finally {
    await busy.close()
  }
})
