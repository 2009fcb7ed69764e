/**
 * One error class per failure kind, shared by all adapters. The HTTP policy retries the
 * transient ones; the runner records `kind` and the plain-language message in the run record.
 */

export type FailureKind =
  | 'not_found'
  | 'suspended'
  | 'auth_required'
  | 'rate_limited'
  | 'server_error'
  | 'timeout'
  | 'invalid_response'
  | 'network'
  | 'budget'
  | 'config'
  | 'bad_request'

export class PlatformError extends Error {
  readonly kind: FailureKind
  /** Whether trying again later may succeed. */
  readonly transient: boolean
  readonly status: number | undefined
  /** When the server said to wait (Retry-After or a reset header), in milliseconds from now. */
  readonly retryAfterMs: number | undefined

  constructor(
    kind: FailureKind,
    message: string,
    opts: { transient?: boolean; status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: opts.cause })
    this.name = 'PlatformError'
    this.kind = kind
    this.transient = opts.transient ?? false
    this.status = opts.status
    this.retryAfterMs = opts.retryAfterMs
  }
}

export class AccountNotFoundError extends PlatformError {
  constructor(message: string, cause?: unknown) {
    super('not_found', message, { status: 404, cause })
    this.name = 'AccountNotFoundError'
  }
}

export class AccountSuspendedError extends PlatformError {
  constructor(message: string, cause?: unknown) {
    super('suspended', message, { cause })
    this.name = 'AccountSuspendedError'
  }
}

export class RateLimitedError extends PlatformError {
  constructor(message: string, retryAfterMs: number | undefined, cause?: unknown) {
    super('rate_limited', message, { transient: true, status: 429, retryAfterMs, cause })
    this.name = 'RateLimitedError'
  }
}

export class ServerError extends PlatformError {
  constructor(status: number, message: string, retryAfterMs?: number, cause?: unknown) {
    super('server_error', message, { transient: true, status, retryAfterMs, cause })
    this.name = 'ServerError'
  }
}

export class RequestTimeoutError extends PlatformError {
  constructor(message: string, cause?: unknown) {
    super('timeout', message, { transient: true, cause })
    this.name = 'RequestTimeoutError'
  }
}

export class InvalidResponseError extends PlatformError {
  constructor(
    message: string,
    opts: { status?: number; transient?: boolean; cause?: unknown } = {},
  ) {
    super('invalid_response', message, {
      transient: opts.transient ?? true,
      status: opts.status,
      cause: opts.cause,
    })
    this.name = 'InvalidResponseError'
  }
}

export class BudgetExceededError extends PlatformError {
  constructor(message: string) {
    super('budget', message)
    this.name = 'BudgetExceededError'
  }
}

export function isPlatformError(err: unknown): err is PlatformError {
  return err instanceof PlatformError
}

/** Parses Retry-After (seconds or an HTTP date) into milliseconds from now. */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.max(0, Number(trimmed) * 1000)
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}
