/**
 * Mastodon settings from the environment: which base URL serves each instance host
 * (CROSSREACH_MASTODON_ORIGINS, for tests and proxies), optional access tokens per instance
 * (CROSSREACH_MASTODON_TOKENS, for instances that only answer signed-in requests), and the
 * request policy per instance host (CROSSREACH_MASTODON_CONCURRENCY and friends).
 * Error messages never repeat a token.
 */
import { gateOptionsFromEnv } from '../../net/gate-config.ts'
import type { GateOptions } from '../../net/host-gate.ts'
import { registerSecret } from '../../net/redact.ts'

export const MASTODON_ENV_PREFIX = 'CROSSREACH_MASTODON'

/** 300 requests per 5 min per IP unauthenticated; paging is stricter, so the headers matter too. */
export const MASTODON_GATE_DEFAULTS: GateOptions = {
  concurrency: 4,
  windowMs: 300_000,
  windowBudget: 280,
  timeoutMs: 15_000,
  maxRetries: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRateWaitMs: 600_000,
}

export interface MastodonConfig {
  /** Instance host → base URL (origin only) to use instead of https://<host>. */
  origins: ReadonlyMap<string, string>
  /** Instance host → access token. Never log or print these. */
  tokens: ReadonlyMap<string, string>
  gate: GateOptions
}

const PLAIN_HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

/** Whether a string is a bare lower-case host name (no scheme, port, path or user). */
export function isPlainHost(host: string): boolean {
  return PLAIN_HOST.test(host)
}

export class MastodonConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MastodonConfigError'
  }
}

export function mastodonConfig(env: NodeJS.ProcessEnv = process.env): MastodonConfig {
  return {
    origins: parseOrigins(env[`${MASTODON_ENV_PREFIX}_ORIGINS`]),
    tokens: parseTokens(env[`${MASTODON_ENV_PREFIX}_TOKENS`]),
    gate: gateOptionsFromEnv(MASTODON_ENV_PREFIX, MASTODON_GATE_DEFAULTS, env),
  }
}

/** The base URL that serves an instance host. */
export function baseUrlFor(config: MastodonConfig, host: string): string {
  return config.origins.get(host) ?? `https://${host}`
}

function parseOrigins(raw: string | undefined): Map<string, string> {
  const name = `${MASTODON_ENV_PREFIX}_ORIGINS`
  const origins = new Map<string, string>()
  for (const [host, value] of entries(raw, name, true)) {
    let url: URL
    try {
      url = new URL(value)
    } catch {
      throw new MastodonConfigError(
        `${name}: "${value}" for ${host} is not a URL; expected for example ${host}=http://127.0.0.1:4001`,
      )
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new MastodonConfigError(
        `${name}: the address for ${host} must start with http:// or https://`,
      )
    }
    if (
      url.username ||
      url.password ||
      url.search ||
      url.hash ||
      (url.pathname !== '/' && url.pathname !== '')
    ) {
      throw new MastodonConfigError(
        `${name}: the address for ${host} must be a bare origin such as https://proxy.example:8443, without a path, query or credentials`,
      )
    }
    origins.set(host, url.origin)
  }
  return origins
}

function parseTokens(raw: string | undefined): Map<string, string> {
  const tokens = new Map<string, string>()
  for (const [host, token] of entries(raw, `${MASTODON_ENV_PREFIX}_TOKENS`, false)) {
    tokens.set(host, token)
    registerSecret(token)
  }
  return tokens
}

/** Splits "host=value,host=value". Values are echoed in messages only when `showValues`. */
function entries(raw: string | undefined, name: string, showValues: boolean): [string, string][] {
  if (!raw?.trim()) return []
  const result: [string, string][] = []
  raw.split(',').forEach((part, index) => {
    const entry = part.trim()
    if (!entry) return
    const eq = entry.indexOf('=')
    const host = (eq > 0 ? entry.slice(0, eq) : '').trim().toLowerCase()
    const value = eq > 0 ? entry.slice(eq + 1).trim() : ''
    const shown = showValues ? `"${entry}"` : `entry ${index + 1}`
    if (!host || !value) {
      throw new MastodonConfigError(`${name}: ${shown} is not of the form instance.example=value`)
    }
    if (!isPlainHost(host)) {
      throw new MastodonConfigError(
        `${name}: "${host}" is not an instance host name; use the bare name such as social.example (no https://, port or path)`,
      )
    }
    result.push([host, value])
  })
  return result
}
