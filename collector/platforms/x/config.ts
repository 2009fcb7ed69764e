/**
 * X (API v2) adapter settings from the environment: the bearer token (CROSSREACH_X_BEARER_TOKEN),
 * the API base URL (CROSSREACH_X_API), page size, pay-per-use prices, and the request policy for
 * the API host (CROSSREACH_X_CONCURRENCY and friends). Also turns billed read counts into dollars.
 * The token is never echoed in any message.
 */
import { z } from 'zod'
import { gateOptionsFromEnv } from '../../net/gate-config.ts'
import type { GateOptions } from '../../net/host-gate.ts'
import { registerSecret } from '../../net/redact.ts'

export const X_ENV_PREFIX = 'CROSSREACH_X'
export const DEFAULT_X_API = 'https://api.x.com'

/** Users lookup allows 300 requests per 15 minutes per app: the strictest endpoint we call. */
export const X_GATE_DEFAULTS: GateOptions = {
  concurrency: 4,
  windowMs: 900_000,
  windowBudget: 300,
  timeoutMs: 15_000,
  maxRetries: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  maxRateWaitMs: 16 * 60_000,
}

/** Pay-per-use prices in US dollars per resource returned (x-api/getting-started/pricing.mdx, 2026-08). */
export interface XPrices {
  userRead: number
  postRead: number
}

export const DEFAULT_X_PRICES: XPrices = { userRead: 0.01, postRead: 0.005 }

/**
 * Query parameter that names the post fields. X's hand-written docs use `tweet.fields`; the
 * OpenAPI spec since v2.167 and the SDK's typed methods use `post.fields`.
 */
export type FieldsParam = 'tweet.fields' | 'post.fields'

export interface XConfig {
  /** Never log, print or return this. Undefined when not configured. */
  bearerToken: string | undefined
  /** Base URL without a trailing slash. */
  apiBase: string
  /** Host of apiBase: the gate key. */
  host: string
  /** Posts per timeline page (X allows 5 to 100). */
  maxResults: number
  /** Upper limit of timeline pages in one posts run (the timeline holds at most 3,200 posts). */
  maxPages: number
  /** Which post-fields parameter to send first; the client switches once if X rejects it. */
  fieldsParam: FieldsParam
  prices: XPrices
  gate: GateOptions
}

const httpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value)
      return (
        (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password
      )
    } catch {
      return false
    }
  })

const schema = z.object({
  CROSSREACH_X_API: httpUrl.optional(),
  CROSSREACH_X_MAX_RESULTS: z.coerce.number().int().min(5).max(100).default(20),
  CROSSREACH_X_MAX_PAGES: z.coerce.number().int().min(1).max(100).default(5),
  CROSSREACH_X_FIELDS_PARAM: z.enum(['tweet.fields', 'post.fields']).default('tweet.fields'),
  CROSSREACH_X_PRICE_USER_READ: z.coerce.number().min(0).default(DEFAULT_X_PRICES.userRead),
  CROSSREACH_X_PRICE_POST_READ: z.coerce.number().min(0).default(DEFAULT_X_PRICES.postRead),
})

const HINTS: Record<string, string> = {
  CROSSREACH_X_API: `a web address such as ${DEFAULT_X_API}`,
  CROSSREACH_X_MAX_RESULTS: 'a whole number from 5 to 100',
  CROSSREACH_X_MAX_PAGES: 'a whole number from 1 to 100',
  CROSSREACH_X_FIELDS_PARAM: '"tweet.fields" or "post.fields"',
  CROSSREACH_X_PRICE_USER_READ: 'a price in US dollars such as 0.01',
  CROSSREACH_X_PRICE_POST_READ: 'a price in US dollars such as 0.005',
}

export function xConfig(env: NodeJS.ProcessEnv = process.env): XConfig {
  const cleaned = Object.fromEntries(
    Object.keys(HINTS).map((name) => [name, env[name]?.trim() ? env[name] : undefined]),
  )
  const parsed = schema.safeParse(cleaned)
  if (!parsed.success) {
    const name = String(parsed.error.issues[0]?.path[0])
    throw new Error(`Invalid setting ${name}: expected ${HINTS[name] ?? 'a valid value'}.`)
  }
  const v = parsed.data
  const apiBase = (v.CROSSREACH_X_API ?? DEFAULT_X_API).replace(/\/+$/, '')
  const token = env.CROSSREACH_X_BEARER_TOKEN?.trim()
  registerSecret(token)
  return {
    bearerToken: token ? token : undefined,
    apiBase,
    host: new URL(apiBase).host,
    maxResults: v.CROSSREACH_X_MAX_RESULTS,
    maxPages: v.CROSSREACH_X_MAX_PAGES,
    fieldsParam: v.CROSSREACH_X_FIELDS_PARAM,
    prices: { userRead: v.CROSSREACH_X_PRICE_USER_READ, postRead: v.CROSSREACH_X_PRICE_POST_READ },
    gate: gateOptionsFromEnv(X_ENV_PREFIX, X_GATE_DEFAULTS, env),
  }
}

/**
 * Dollars for the resources X returned (RunStats.billedUsers / billedPosts), rounded to a
 * millionth of a dollar. Prices default to the configured ones (CROSSREACH_X_PRICE_*).
 */
export function costOf(
  stats: { billedUsers: number; billedPosts: number },
  prices: XPrices = xConfig().prices,
): number {
  const dollars = stats.billedUsers * prices.userRead + stats.billedPosts * prices.postRead
  return Math.round(dollars * 1e6) / 1e6
}
