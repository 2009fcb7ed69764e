/**
 * Bluesky settings from the environment: the AppView address and the request policy defaults.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BLUESKY_GATE_DEFAULTS, blueskyConfig } from '../../collector/platforms/bluesky/config.ts'

test('defaults to the public AppView with the documented request policy', () => {
  assert.deepEqual(blueskyConfig({}), {
    appviewUrl: 'https://public.api.bsky.app',
    gate: {
      concurrency: 8,
      windowMs: 300_000,
      windowBudget: 2_500,
      timeoutMs: 15_000,
      maxRetries: 4,
      baseDelayMs: 500,
      maxDelayMs: 30_000,
      maxRateWaitMs: 600_000,
    },
  })
})

test('CROSSREACH_BLUESKY_* settings override the AppView and the policy', () => {
  const config = blueskyConfig({
    CROSSREACH_BLUESKY_APPVIEW: ' http://127.0.0.1:8123/ ',
    CROSSREACH_BLUESKY_TIMEOUT_MS: '300',
    CROSSREACH_BLUESKY_MAX_RETRIES: '0',
    CROSSREACH_BLUESKY_WINDOW_BUDGET: '100',
  })
  assert.equal(config.appviewUrl, 'http://127.0.0.1:8123')
  assert.deepEqual(config.gate, {
    ...BLUESKY_GATE_DEFAULTS,
    timeoutMs: 300,
    maxRetries: 0,
    windowBudget: 100,
  })
})

test('a setting that is not a web address is refused with a message saying what to use', () => {
  assert.throws(
    () => blueskyConfig({ CROSSREACH_BLUESKY_APPVIEW: 'public.api.bsky.app' }),
    /CROSSREACH_BLUESKY_APPVIEW: "public\.api\.bsky\.app" is not a web address\. Use https:\/\/public\.api\.bsky\.app/,
  )
  assert.throws(
    () => blueskyConfig({ CROSSREACH_BLUESKY_TIMEOUT_MS: 'soon' }),
    /CROSSREACH_BLUESKY_TIMEOUT_MS/,
  )
})
