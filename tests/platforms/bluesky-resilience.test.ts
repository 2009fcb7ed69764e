/**
 * How the Bluesky adapter copes with a struggling AppView: 429 with Retry-After, 5xx, HTML error
 * pages, hangs, answers that fail lexicon validation, an exhausted rate budget and an unreachable
 * host. Small timeouts and retry delays come from the CROSSREACH_BLUESKY_* settings.
 */
import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import { test, type TestContext } from 'node:test'
import { blueskyConfig, createBlueskyAdapter } from '../../collector/platforms/bluesky/index.ts'
import {
  InvalidResponseError,
  PlatformError,
  RequestTimeoutError,
  ServerError,
} from '../../collector/platforms/errors.ts'
import type { AccountRef, PlatformAdapter, PostsPlan } from '../../collector/platforms/types.ts'
import {
  XRPC,
  htmlErrorFault,
  rateLimitFault,
  startBlueskyFake,
  type BlueskyFake,
  type BlueskyFakeOptions,
} from '../fakes/bluesky-server.ts'

const NOW = Date.parse('2026-11-01T12:00:00.000Z')
const PLAN: PostsPlan = {
  newestKnownId: null,
  notBefore: new Date('2020-01-01T00:00:00.000Z'),
  refresh: [],
}

interface Setup {
  fake: BlueskyFake
  adapter: PlatformAdapter
  account: AccountRef
}

async function setup(
  t: TestContext,
  env: Record<string, string> = {},
  opts: BlueskyFakeOptions = {},
): Promise<Setup> {
  const fake = await startBlueskyFake(opts)
  t.after(() => fake.close())
  const adapter = createBlueskyAdapter(
    blueskyConfig({
      CROSSREACH_BLUESKY_APPVIEW: fake.url,
      CROSSREACH_BLUESKY_BASE_DELAY_MS: '5',
      ...env,
    }),
  )
  const { did } = fake.addAccount({ handle: 'city.bsky.social', followers: 18423, following: 312 })
  fake.generatePosts(did, 120, { newest: new Date(NOW) })
  return {
    fake,
    adapter,
    account: {
      id: 1,
      platform: 'bluesky',
      platformId: did,
      handle: '@city.bsky.social',
      instance: null,
    },
  }
}

test('429 with Retry-After: waits as asked, retries once, then reads the counts', async (t) => {
  const { fake, adapter, account } = await setup(t)
  fake.server.fault(XRPC.getProfile, rateLimitFault(1))
  const started = Date.now()
  const counts = await adapter.fetchProfile(account)
  assert.ok(Date.now() - started >= 900, 'waited for Retry-After')
  assert.equal(counts.followers, 18423)
  assert.equal(counts.following, 312)
  assert.equal(fake.requests('getProfile').length, 2)
})

test('500 once, then success: the page is read again and all posts are listed', async (t) => {
  const { fake, adapter, account } = await setup(t)
  fake.server.fault(XRPC.getAuthorFeed, {
    kind: 'status',
    status: 500,
    body: { error: 'InternalServerError', message: 'Internal Server Error' },
  })
  const { posts } = await adapter.collectPosts(account, PLAN)
  assert.equal(posts.length, 120)
  assert.equal(fake.requests('getAuthorFeed').length, 3)
})

test('an HTML 502 error page once, then success', async (t) => {
  const { fake, adapter, account } = await setup(t)
  fake.server.fault(XRPC.getAuthorFeed, htmlErrorFault(502))
  const { posts } = await adapter.collectPosts(account, PLAN)
  assert.equal(posts.length, 120)
  assert.equal(fake.requests('getAuthorFeed').length, 3)
})

test('a hanging request times out after CROSSREACH_BLUESKY_TIMEOUT_MS and the retry succeeds', async (t) => {
  const { fake, adapter, account } = await setup(t, { CROSSREACH_BLUESKY_TIMEOUT_MS: '300' })
  fake.server.fault(XRPC.getProfile, { kind: 'hang' })
  const started = Date.now()
  const counts = await adapter.fetchProfile(account)
  assert.ok(Date.now() - started >= 290, 'waited for the timeout')
  assert.equal(counts.followers, 18423)
  assert.equal(fake.requests('getProfile').length, 2)
})

test('a request that keeps hanging ends in RequestTimeoutError', async (t) => {
  const { fake, adapter, account } = await setup(t, {
    CROSSREACH_BLUESKY_TIMEOUT_MS: '100',
    CROSSREACH_BLUESKY_MAX_RETRIES: '1',
  })
  fake.server.fault(XRPC.getProfile, { kind: 'hang' }, 2)
  await assert.rejects(adapter.fetchProfile(account), RequestTimeoutError)
  assert.equal(fake.requests('getProfile').length, 2)
})

test('a persistent 500 throws ServerError after the first try and 4 retries', async (t) => {
  const { fake, adapter, account } = await setup(t)
  fake.server.fault(
    XRPC.getProfile,
    { kind: 'status', status: 500, body: { error: 'InternalServerError' } },
    10,
  )
  await assert.rejects(adapter.fetchProfile(account), (err: unknown) => {
    assert.ok(err instanceof ServerError)
    assert.equal(err.status, 500)
    assert.equal(err.transient, true)
    assert.match(err.message, /server problem \(HTTP 500\)/)
    return true
  })
  assert.equal(fake.requests('getProfile').length, 5)
})

test('an answer that fails lexicon validation, or a 200 HTML page, is an InvalidResponseError', async (t) => {
  const { fake, adapter, account } = await setup(t, { CROSSREACH_BLUESKY_MAX_RETRIES: '1' })
  fake.server.fault(XRPC.getProfile, {
    kind: 'status',
    status: 200,
    body: { did: 'not-a-did', handle: 42 },
  })
  fake.server.fault(XRPC.getProfile, {
    kind: 'status',
    status: 200,
    text: '<html><body>Maintenance</body></html>',
  })
  await assert.rejects(adapter.fetchProfile(account), (err: unknown) => {
    assert.ok(err instanceof InvalidResponseError)
    assert.match(err.message, /could not read/)
    return true
  })
  assert.equal(fake.requests('getProfile').length, 2)
  assert.equal((await adapter.fetchProfile(account)).followers, 18423)
})

test('RateLimit-* headers pace the requests so that an exhausted budget is waited out', async (t) => {
  const { fake, adapter, account } = await setup(t, {}, { rate: { budget: 2, windowMs: 1000 } })
  const started = Date.now()
  const results = []
  for (let i = 0; i < 5; i++) results.push(await adapter.fetchProfile(account))
  assert.ok(Date.now() - started >= 1000, 'waited for a new window')
  assert.deepEqual(
    results.map((r) => r.followers),
    [18423, 18423, 18423, 18423, 18423],
  )
  // The fake's windows start on whole seconds, so the reset header is exact: no request is refused.
  assert.equal(fake.requests('getProfile').length, 5)
  assert.equal(fake.server.budgetViolations, 0)
})

test('each failure answer maps to the failure kind a comms officer can act on', async (t) => {
  const { fake, adapter, account } = await setup(t, { CROSSREACH_BLUESKY_MAX_RETRIES: '0' })
  const kindOf = async (fault: Parameters<typeof fake.server.fault>[1]) => {
    fake.server.fault(XRPC.getProfile, fault)
    const err = await adapter.fetchProfile(account).then(
      () => undefined,
      (e: unknown) => e,
    )
    assert.ok(err instanceof PlatformError)
    return [err.name, err.kind, err.status, err.transient]
  }
  assert.deepEqual(await kindOf(htmlErrorFault(502)), ['ServerError', 'server_error', 502, true])
  assert.deepEqual(await kindOf(htmlErrorFault(403)), [
    'InvalidResponseError',
    'invalid_response',
    403,
    true,
  ])
  assert.deepEqual(
    await kindOf({
      kind: 'status',
      status: 401,
      body: { error: 'AuthMissing', message: 'Authentication Required' },
    }),
    ['PlatformError', 'auth_required', 401, false],
  )
  assert.deepEqual(
    await kindOf({ kind: 'status', status: 404, body: { error: 'XRPCNotSupported' } }),
    ['PlatformError', 'config', 404, false],
  )
  assert.deepEqual(await kindOf(rateLimitFault(3600)), [
    'RateLimitedError',
    'rate_limited',
    429,
    true,
  ])
})

test('an unreachable AppView is a network error', async () => {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
  const adapter = createBlueskyAdapter(
    blueskyConfig({
      CROSSREACH_BLUESKY_APPVIEW: `http://127.0.0.1:${port}`,
      CROSSREACH_BLUESKY_MAX_RETRIES: '0',
    }),
  )
  await assert.rejects(
    adapter.resolve({ platform: 'bluesky', actor: 'city.bsky.social' }),
    (err: unknown) => {
      assert.ok(err instanceof PlatformError)
      assert.equal(err.kind, 'network')
      assert.equal(err.transient, true)
      assert.match(err.message, new RegExp(`Could not reach Bluesky at 127\\.0\\.0\\.1:${port}`))
      return true
    },
  )
})
