/**
 * Reading what X says besides data: its rate-limit headers (x-rate-limit-*, reset in epoch
 * seconds) and its failures, turned into PlatformErrors with messages a comms officer can act on.
 * Server text is passed through `redact` so the bearer token can never be echoed back.
 */
import { ApiError } from '@xdevplatform/xdk'
import type { RateHeaders } from '../../net/host-gate.ts'
import {
  BudgetExceededError,
  PlatformError,
  RateLimitedError,
  RequestTimeoutError,
  ServerError,
  parseRetryAfter,
} from '../errors.ts'
import type { FieldsParam } from './config.ts'

/** X answered 400 because it does not know the post-fields parameter name we sent. */
export class UnknownFieldsParamError extends PlatformError {
  readonly parameter: FieldsParam

  constructor(parameter: FieldsParam, message: string) {
    super('bad_request', message, { status: 400 })
    this.name = 'UnknownFieldsParamError'
    this.parameter = parameter
  }
}

/** Any failure of an SDK call → a PlatformError. */
export function mapXError(
  err: unknown,
  host: string,
  redact: (text: string) => string,
): PlatformError {
  if (err instanceof PlatformError) return err
  if (!(err instanceof ApiError)) {
    return new PlatformError('network', redact(`Could not talk to X at ${host}: ${reason(err)}`), {
      transient: true,
    })
  }
  const status = err.status
  const detail = redact(problemDetail(err.data))
  const said = detail ? `: ${detail}` : ''
  if (status === 0) {
    const cause: unknown = err.data
    if (cause instanceof Error && (cause.name === 'AbortError' || cause.name === 'TimeoutError')) {
      return new RequestTimeoutError(`X (${host}) did not answer in time`)
    }
    const message = `Could not reach X at ${host} (${reason(cause)}). Check the network or CROSSREACH_X_API.`
    return new PlatformError('network', redact(message), { transient: true })
  }
  if (status === 401) {
    return new PlatformError(
      'config',
      'X rejected the API token (HTTP 401): it is invalid, expired or revoked. Set a valid bearer token in CROSSREACH_X_BEARER_TOKEN.',
      { status },
    )
  }
  if (status === 402) {
    return new BudgetExceededError(
      `X refused the read for lack of credits (HTTP 402)${said}. Add credits in console.x.com.`,
    )
  }
  if (status === 403) {
    return new PlatformError(
      'auth_required',
      `X refused access (HTTP 403)${said}. Check that the app in console.x.com has API access and credits.`,
      { status },
    )
  }
  if (status === 429) {
    return new RateLimitedError(
      `X's rate limit is used up at ${host}; waiting for the reset`,
      rateLimitWaitMs(err.headers),
    )
  }
  if (status >= 500) {
    return new ServerError(
      status,
      `X had a server problem (HTTP ${status}); it is retried later`,
      parseRetryAfter(err.headers.get('retry-after')),
    )
  }
  if (status === 404) {
    return new PlatformError(
      'config',
      `X answered "not found" for the endpoint at ${host}. Check CROSSREACH_X_API.`,
      { status },
    )
  }
  const message = `X rejected the request (HTTP ${status})${said}`
  const unknownParam = status === 400 ? rejectedFieldsParam(err.data) : undefined
  if (unknownParam) return new UnknownFieldsParamError(unknownParam, message)
  return new PlatformError('bad_request', message, { status })
}

/** Which post-fields parameter a 400 answer says is unknown, if any. */
function rejectedFieldsParam(data: unknown): FieldsParam | undefined {
  const body = typeof data === 'string' ? data : JSON.stringify(data ?? '')
  const names: FieldsParam[] = ['tweet.fields', 'post.fields']
  return names.find((name) => body.includes(`[${name}]`) || body.includes(`"${name}":`))
}

function problemDetail(data: unknown): string {
  if (typeof data !== 'object' || data === null) return ''
  const d = data as { detail?: unknown; title?: unknown; errors?: unknown }
  const first: unknown = Array.isArray(d.errors) ? d.errors[0] : undefined
  const fromErrors =
    typeof first === 'object' && first !== null
      ? (first as { message?: unknown; detail?: unknown })
      : {}
  const text = [fromErrors.message, fromErrors.detail, d.detail, d.title].find(
    (v) => typeof v === 'string' && v.trim(),
  )
  return typeof text === 'string' ? text.trim().slice(0, 200) : ''
}

function reason(err: unknown): string {
  if (!(err instanceof Error)) return 'unknown error'
  const cause: unknown = err.cause
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined
  return code ? `${err.message}, ${code}` : err.message
}

function headerNumber(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name)
  if (raw === null || raw.trim() === '') return undefined
  const value = Number(raw)
  return Number.isFinite(value) ? value : undefined
}

/** x-rate-limit-limit / -remaining / -reset (epoch seconds → resetAt in epoch ms). */
export function rateHeaders(headers: Headers): RateHeaders | undefined {
  const limit = headerNumber(headers, 'x-rate-limit-limit')
  const remaining = headerNumber(headers, 'x-rate-limit-remaining')
  const reset = headerNumber(headers, 'x-rate-limit-reset')
  if (limit === undefined && remaining === undefined && reset === undefined) return undefined
  return { limit, remaining, resetAt: reset === undefined ? undefined : reset * 1000 }
}

/**
 * How long a 429 asks us to wait: until the exhausted window resets (the 15-minute one, or the
 * 24-hour app cap when that is the one used up), else Retry-After. At least a second.
 */
export function rateLimitWaitMs(headers: Headers, now = Date.now()): number | undefined {
  const dayExhausted = headerNumber(headers, 'x-app-limit-24hour-remaining') === 0
  const windowExhausted = headerNumber(headers, 'x-rate-limit-remaining') === 0
  const reset =
    dayExhausted && !windowExhausted
      ? headerNumber(headers, 'x-app-limit-24hour-reset')
      : headerNumber(headers, 'x-rate-limit-reset')
  const waitMs =
    reset !== undefined ? reset * 1000 - now : parseRetryAfter(headers.get('retry-after'), now)
  return waitMs === undefined ? undefined : Math.max(1_000, waitMs)
}
