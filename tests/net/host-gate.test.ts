import { test } from 'node:test'
import assert from 'node:assert/strict'
import { HostGate, type GateOptions } from '../../collector/net/host-gate.ts'
import { backoffDelay } from '../../collector/net/backoff.ts'
import { newRunStats, withRunStats } from '../../collector/net/run-stats.ts'
import {
  PlatformError,
  RateLimitedError,
  ServerError,
  parseRetryAfter,
} from '../../collector/platforms/errors.ts'

const base: GateOptions = {
  concurrency: 3,
  windowMs: 1000,
  windowBudget: 1000,
  timeoutMs: 1000,
  maxRetries: 3,
  baseDelayMs: 5,
  maxDelayMs: 50,
  maxRateWaitMs: 5000,
}
const asIs = (e: unknown) =>
  e instanceof PlatformError ? e : new PlatformError('network', String(e), { transient: true })
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

test('never more requests in flight than the concurrency allows', async () => {
  const gate = new HostGate('h', base)
  let inFlight = 0
  let peak = 0
  await Promise.all(
    Array.from({ length: 20 }, () =>
      gate.request(async () => {
        inFlight++
        peak = Math.max(peak, inFlight)
        await wait(10)
        inFlight--
      }, asIs),
    ),
  )
  assert.equal(peak, 3)
  assert.equal(gate.totalRequests, 20)
})

test('the sliding-window budget is never exceeded', async () => {
  const gate = new HostGate('h', { ...base, concurrency: 10, windowMs: 200, windowBudget: 5 })
  const starts: number[] = []
  const t0 = Date.now()
  await Promise.all(
    Array.from({ length: 12 }, () =>
      gate.request(async () => {
        starts.push(Date.now())
      }, asIs),
    ),
  )
  for (const s of starts) assert.ok(starts.filter((o) => o >= s && o < s + 200).length <= 5)
  assert.equal(gate.maxWindowCount, 5)
  assert.ok(Date.now() - t0 >= 400, '12 requests at 5 per 200 ms need at least two more windows')
})

test('429 with Retry-After: the next attempt waits at least that long, and counts as a retry', async () => {
  const gate = new HostGate('h', base)
  const times: number[] = []
  const stats = newRunStats()
  const value = await withRunStats(stats, () =>
    gate.request(async () => {
      times.push(Date.now())
      if (times.length === 1) throw new RateLimitedError('slow down', 300)
      return 'ok'
    }, asIs),
  )
  assert.equal(value, 'ok')
  assert.equal(times.length, 2)
  assert.ok(times[1]! - times[0]! >= 300, `waited ${times[1]! - times[0]!} ms`)
  assert.equal(stats.requests, 2)
  assert.equal(stats.retries, 1)
  assert.equal(stats.rateLimitWaits, 1)
})

test('transient errors are retried up to maxRetries, then thrown; permanent ones at once', async () => {
  const gate = new HostGate('h', base)
  let calls = 0
  await assert.rejects(
    gate.request(async () => {
      calls++
      throw new ServerError(503, 'down')
    }, asIs),
    ServerError,
  )
  assert.equal(calls, 4)
  calls = 0
  await assert.rejects(
    gate.request(async () => {
      calls++
      throw new PlatformError('not_found', 'gone')
    }, asIs),
    /gone/,
  )
  assert.equal(calls, 1)
})

test('a request that does not answer in time is abandoned and retried', async () => {
  const gate = new HostGate('h', { ...base, timeoutMs: 100, maxRetries: 1 })
  let calls = 0
  const value = await gate.request(async (signal) => {
    calls++
    if (calls === 1)
      await new Promise((_, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted'))),
      )
    return 'second'
  }, asIs)
  assert.equal(value, 'second')
  assert.equal(calls, 2)
})

test('exhausted rate-limit headers pause the host until the reset', async () => {
  const gate = new HostGate('h', base)
  const resetAt = Date.now() + 250
  await gate.request(
    async () => 'x',
    asIs,
    () => ({ limit: 300, remaining: 0, resetAt }),
  )
  const t = Date.now()
  await gate.request(async () => 'y', asIs)
  assert.ok(Date.now() >= resetAt - 5, `resumed ${resetAt - Date.now()} ms before the reset`)
  assert.ok(Date.now() - t >= 200)
})

test('full-jitter backoff stays within [0, min(cap, base*2^n)] and honours the server', () => {
  const opts = { baseDelayMs: 100, maxDelayMs: 1000 }
  assert.equal(
    backoffDelay(0, opts, undefined, () => 0.999),
    99,
  )
  assert.equal(
    backoffDelay(3, opts, undefined, () => 0.5),
    400,
  )
  assert.equal(
    backoffDelay(10, opts, undefined, () => 0.999),
    999,
  )
  assert.equal(
    backoffDelay(10, opts, undefined, () => 0),
    0,
  )
  assert.equal(
    backoffDelay(0, opts, 7000, () => 0.5),
    7000,
  )
})

test('Retry-After in seconds and as an HTTP date', () => {
  const now = Date.parse('2026-11-22T10:00:00Z')
  assert.equal(parseRetryAfter('7', now), 7000)
  assert.equal(parseRetryAfter('Sun, 22 Nov 2026 10:00:30 GMT', now), 30000)
  assert.equal(parseRetryAfter('soon', now), undefined)
  assert.equal(parseRetryAfter(undefined, now), undefined)
})
