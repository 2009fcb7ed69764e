/**
 * Bluesky adapter settings, read from the environment: which AppView to ask (the public,
 * login-free one by default) and the request policy for that host (CROSSREACH_BLUESKY_*).
 */
import { z } from 'zod'
import { gateOptionsFromEnv } from '../../net/gate-config.ts'
import type { GateOptions } from '../../net/host-gate.ts'

export const DEFAULT_APPVIEW = 'https://public.api.bsky.app'

/**
 * The public AppView publishes no limit; the PDS allows 3000 requests per 5 minutes per IP,
 * so stay well below that.
 */
export const BLUESKY_GATE_DEFAULTS: GateOptions = {
  concurrency: 8,
  windowMs: 300_000,
  windowBudget: 2_500,
  timeoutMs: 15_000,
  maxRetries: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRateWaitMs: 600_000,
}

export interface BlueskyConfig {
  /** Base URL of the AppView, without a trailing slash. */
  appviewUrl: string
  gate: GateOptions
}

const appviewSchema = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value)
      return url.protocol === 'https:' || url.protocol === 'http:'
    } catch {
      return false
    }
  })

export function blueskyConfig(env: NodeJS.ProcessEnv = process.env): BlueskyConfig {
  const raw = env.CROSSREACH_BLUESKY_APPVIEW
  let appviewUrl = DEFAULT_APPVIEW
  if (raw !== undefined && raw.trim() !== '') {
    const parsed = appviewSchema.safeParse(raw)
    if (!parsed.success) {
      throw new Error(
        `Invalid setting CROSSREACH_BLUESKY_APPVIEW: "${raw}" is not a web address. ` +
          `Use ${DEFAULT_APPVIEW} or leave it unset.`,
      )
    }
    appviewUrl = parsed.data.replace(/\/+$/, '')
  }
  return { appviewUrl, gate: gateOptionsFromEnv('CROSSREACH_BLUESKY', BLUESKY_GATE_DEFAULTS, env) }
}
