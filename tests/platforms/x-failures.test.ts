/** The X adapter when things go wrong: no token, bad token, 429, 5xx, HTML, hangs, and secrecy of the token. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  createXAdapter,
  NO_TOKEN_REASON,
  type XAdapter,
} from '../../collector/platforms/x/index.ts'
import { xConfig } from '../../collector/platforms/x/config.ts'
import { PlatformError, RateLimitedError, ServerError } from '../../collector/platforms/errors.ts'
import type { AccountRef, PostsPlan } from '../../collector/platforms/types.ts'
import { newRunStats, withRunStats } from '../../collector/net/run-stats.ts'
import { startXFake, xRateLimitFault, type XFake } from '../fakes/x-server.ts'

const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAsecret%2Fbearer%3Dtoken0123456789'
const ACCOUNT: AccountRef = {
  id: 1,
  platform: 'x',
  platformId: '1500',
  handle: '@gemeente',
  instance: null,
}

function adapterFor(fake: XFake, env: Record<string, string> = {}): XAdapter {
  return createXAdapter(xConfig({ ...fake.env(), CROSSREACH_X_BASE_DELAY_MS: '5', ...env }))
}

async function withFake(run: (fake: XFake) => Promise<void>): Promise<void> {
  const fake = await startXFake({ token: TOKEN })
  fake.addAccount({ id: '1500', username: 'gemeente', followers: 321 })
  fake.addPosts('gemeente', [{ createdAt: new Date(Date.now() - 3_600_000), likes: 5 }])
  try {
    await run(fake)
  } finally {
    await fake.close()
  }
}

function plan(): PostsPlan {
  return { newestKnownId: null, notBefore: new Date(Date.now() - 86_400_000), refresh: [] }
}

void describe('X without a usable token', () => {
  void test('no token: not available, with the reason, and no request is made', async () => {
    await withFake(async (fake) => {
      const x = createXAdapter(xConfig({ CROSSREACH_X_API: fake.url }))
      assert.deepEqual(x.available(), { ok: false, reason: NO_TOKEN_REASON })
      assert.equal(
        NO_TOKEN_REASON,
        'No X API token (CROSSREACH_X_BEARER_TOKEN); use X Analytics CSV import or manual entry instead',
      )
      await assert.rejects(
        x.fetchProfile(ACCOUNT),
        (err) =>
          err instanceof PlatformError && err.kind === 'config' && err.message === NO_TOKEN_REASON,
      )
      assert.equal(fake.server.requests.length, 0)
      assert.deepEqual(adapterFor(fake).available(), { ok: true })
    })
  })

  void test('a rejected token is a configuration error, not retried, and never echoed', async () => {
    await withFake(async (fake) => {
      const wrong = 'wrong-token-ABCDEFGHIJKLMNOP'
      const x = adapterFor(fake, { CROSSREACH_X_BEARER_TOKEN: wrong })
      await assert.rejects(x.resolve({ platform: 'x', username: 'gemeente' }), (err) => {
        assert.ok(err instanceof PlatformError)
        assert.equal(err.kind, 'config')
        assert.equal(err.status, 401)
        assert.equal(
          err.message,
          'X rejected the API token (HTTP 401): it is invalid, expired or revoked. Set a valid bearer token in CROSSREACH_X_BEARER_TOKEN.',
        )
        return true
      })
      assert.equal(fake.server.requests.length, 1)
    })
  })
})

void describe('X transient failures are retried', () => {
  void test('429 waits until x-rate-limit-reset, then succeeds', async () => {
    await withFake(async (fake) => {
      const fault = xRateLimitFault(1)
      const resetAtMs =
        Number(fault.kind === 'status' ? fault.headers?.['x-rate-limit-reset'] : 0) * 1000
      fake.server.fault(/^\/2\/users\/by\/username\//, fault)
      const stats = newRunStats()
      const account = await withRunStats(stats, () =>
        adapterFor(fake).resolve({ platform: 'x', username: 'gemeente' }),
      )
      assert.equal(account.platformId, '1500')
      assert.ok(Date.now() >= resetAtMs, 'the retry waited for the reset time')
      assert.equal(fake.server.requests.length, 2)
      assert.equal(stats.retries, 1)
      assert.equal(stats.rateLimitWaits, 1)
      assert.equal(stats.billedUsers, 1, 'the 429 returned no user')
    })
  })

  void test('503, then success', async () => {
    await withFake(async (fake) => {
      const body = {
        title: 'Service Unavailable',
        detail: 'Service Unavailable',
        type: 'about:blank',
        status: 503,
      }
      fake.server.fault(/^\/2\/users\/1500$/, { kind: 'status', status: 503, body })
      const stats = newRunStats()
      const counts = await withRunStats(stats, () => adapterFor(fake).fetchProfile(ACCOUNT))
      assert.equal(counts.followers, 321)
      assert.equal(stats.retries, 1)
      assert.equal(stats.requests, 2)
    })
  })

  void test('an HTML page instead of JSON, then success', async () => {
    await withFake(async (fake) => {
      fake.server.fault(/\/tweets$/, {
        kind: 'status',
        status: 200,
        text: '<!DOCTYPE html><html><body>Something went wrong</body></html>',
      })
      const { posts } = await adapterFor(fake).collectPosts(ACCOUNT, plan())
      assert.deepEqual(
        posts.map((p) => p.counts.likes),
        [5],
      )
      assert.equal(fake.server.requestsTo(/\/tweets$/).length, 2)
    })
  })

  void test('a request that hangs times out (CROSSREACH_X_TIMEOUT_MS), then succeeds', async () => {
    await withFake(async (fake) => {
      fake.server.fault(/\/tweets$/, { kind: 'hang' })
      const started = Date.now()
      const { posts } = await adapterFor(fake, { CROSSREACH_X_TIMEOUT_MS: '300' }).collectPosts(
        ACCOUNT,
        plan(),
      )
      assert.equal(posts.length, 1)
      assert.equal(fake.server.requestsTo(/\/tweets$/).length, 2)
      assert.ok(Date.now() - started >= 300)
    })
  })

  void test('503 on every attempt: a ServerError after 1 + 4 retries', async () => {
    await withFake(async (fake) => {
      fake.server.fault(
        /^\/2\/users\/1500$/,
        { kind: 'status', status: 503, text: '<html>Over capacity</html>' },
        5,
      )
      await assert.rejects(adapterFor(fake).fetchProfile(ACCOUNT), (err) => {
        assert.ok(err instanceof ServerError)
        assert.equal(err.message, 'X had a server problem (HTTP 503); it is retried later')
        return true
      })
      assert.equal(fake.server.requests.length, 5)
    })
  })
})

void describe('the token never appears in an error message', () => {
  void test('across failure kinds', async () => {
    const messages: string[] = []
    const collect = async (promise: Promise<unknown>, kind: string): Promise<void> => {
      await assert.rejects(promise, (err) => {
        assert.ok(err instanceof PlatformError, `expected a PlatformError for ${kind}`)
        assert.equal(err.kind, kind)
        messages.push(err.message, String(err.stack))
        return true
      })
    }
    await withFake(async (fake) => {
      fake.suspend('gemeente')
      const x = adapterFor(fake, { CROSSREACH_X_MAX_RETRIES: '0' })
      await collect(x.resolve({ platform: 'x', username: 'gemeente' }), 'suspended')
      await collect(x.resolve({ platform: 'x', username: 'nobody' }), 'not_found')
      const echo = {
        title: 'Invalid Request',
        detail: `Bad header: Authorization: Bearer ${TOKEN}`,
        type: 'about:blank',
        status: 400,
      }
      fake.server.fault(/\/tweets$/, { kind: 'status', status: 400, body: echo })
      await collect(x.collectPosts(ACCOUNT, plan()), 'bad_request')
      fake.server.fault(/^\/2\/users\/1500$/, {
        kind: 'status',
        status: 403,
        body: { ...echo, status: 403, title: 'Forbidden' },
      })
      await collect(x.fetchProfile(ACCOUNT), 'auth_required')
      fake.server.fault(/^\/2\/users\/1500$/, xRateLimitFault(3600))
      await collect(x.fetchProfile(ACCOUNT), 'rate_limited')
      fake.server.fault(/^\/2\/users\/1500$/, {
        kind: 'status',
        status: 502,
        text: `<html>${TOKEN}</html>`,
      })
      await collect(x.fetchProfile(ACCOUNT), 'server_error')
      fake.server.fault(/^\/2\/users\/1500$/, {
        kind: 'status',
        status: 200,
        text: `<html>${TOKEN}</html>`,
      })
      await collect(x.fetchProfile(ACCOUNT), 'invalid_response')
    })
    const closed = await startXFake({ token: TOKEN })
    await closed.close()
    await collect(
      adapterFor(closed, { CROSSREACH_X_MAX_RETRIES: '0' }).fetchProfile(ACCOUNT),
      'network',
    )

    assert.equal(messages.length, 16)
    assert.ok(
      messages.some((m) => m.includes('Bad header: Authorization: Bearer [token]')),
      'the server detail is kept, redacted',
    )
    for (const message of messages)
      assert.ok(!message.includes(TOKEN), `token leaked in: ${message}`)
  })

  void test('a rate limit that resets too far ahead fails at once with a RateLimitedError', async () => {
    await withFake(async (fake) => {
      fake.server.fault(/^\/2\/users\/1500$/, xRateLimitFault(3600))
      const started = Date.now()
      await assert.rejects(adapterFor(fake).fetchProfile(ACCOUNT), RateLimitedError)
      assert.ok(Date.now() - started < 1000)
    })
  })
})
