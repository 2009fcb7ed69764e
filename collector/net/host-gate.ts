/**
 * The request policy for one platform host: bounded concurrency, a sliding-window request budget,
 * pauses driven by the rate-limit headers the host sends, a timeout on every request, and retries
 * of transient failures with full-jitter backoff that honours Retry-After and reset times.
 * Every adapter sends every request through a gate; one host's trouble never slows another.
 */
import { backoffDelay, sleep } from './backoff.ts'
import { currentRunStats } from './run-stats.ts'
import { PlatformError, RequestTimeoutError } from '../platforms/errors.ts'

export interface GateOptions {
  /** Requests in flight at once. */
  concurrency: number
  /** Request budget: at most windowBudget requests start within any windowMs. */
  windowMs: number
  windowBudget: number
  /** Per-request timeout. */
  timeoutMs: number
  /** Retries after the first attempt for transient failures. */
  maxRetries: number
  baseDelayMs: number
  maxDelayMs: number
  /** Longest wait for a rate-limit reset before giving up on the request (the run then fails). */
  maxRateWaitMs: number
}

/** What a host's rate-limit headers said, normalised. resetAt is epoch milliseconds. */
export interface RateHeaders {
  limit?: number
  remaining?: number
  resetAt?: number
}

export class HostGate {
  readonly host: string
  readonly options: GateOptions
  private inFlight = 0
  private readonly waiting: (() => void)[] = []
  private readonly starts: number[] = []
  private pausedUntil = 0
  /** Highest number of request starts seen inside any one window (for the benchmark and health). */
  maxWindowCount = 0
  totalRequests = 0

  constructor(host: string, options: GateOptions) {
    this.host = host
    this.options = options
  }

  /**
   * Runs op under the policy. `mapError` turns whatever the client threw into a PlatformError;
   * transient ones are retried. `onResponse` lets the adapter read rate headers of a success.
   */
  async request<T>(
    op: (signal: AbortSignal) => Promise<T>,
    mapError: (err: unknown) => PlatformError,
    onResponse?: (value: T) => RateHeaders | undefined,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        const value = await this.once(op)
        const rate = onResponse?.(value)
        if (rate) this.noteRateHeaders(rate)
        return value
      } catch (raw) {
        const err = raw instanceof PlatformError ? raw : mapError(raw)
        if (err.kind === 'rate_limited') {
          const waitMs = err.retryAfterMs ?? backoffDelay(attempt, this.options, undefined)
          if (waitMs > this.options.maxRateWaitMs) throw err
          this.pauseFor(waitMs)
        }
        if (!err.transient || attempt >= this.options.maxRetries) throw err
        const stats = currentRunStats()
        if (stats) stats.retries++
        if (err.kind !== 'rate_limited') {
          await sleep(backoffDelay(attempt, this.options, err.retryAfterMs))
        }
      }
    }
  }

  /** Pauses the whole host when it reports an exhausted budget. */
  noteRateHeaders(rate: RateHeaders): void {
    if (rate.remaining !== undefined && rate.remaining <= 0 && rate.resetAt !== undefined) {
      const waitMs = rate.resetAt - Date.now()
      if (waitMs > 0 && waitMs <= this.options.maxRateWaitMs) this.pauseFor(waitMs)
    }
  }

  private pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms)
  }

  private async once<T>(op: (signal: AbortSignal) => Promise<T>): Promise<T> {
    await this.acquire()
    const controller = new AbortController()
    let timer: NodeJS.Timeout | undefined
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort()
          reject(
            new RequestTimeoutError(
              `${this.host} did not answer within ${this.options.timeoutMs} ms`,
            ),
          )
        }, this.options.timeoutMs)
      })
      return await Promise.race([op(controller.signal), timeout])
    } finally {
      clearTimeout(timer)
      this.release()
    }
  }

  private async acquire(): Promise<void> {
    // A released slot is handed straight to the next waiter, so inFlight never exceeds the limit.
    if (this.inFlight >= this.options.concurrency) {
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    } else {
      this.inFlight++
    }
    let waited = 0
    // A request reaches the server a little after it leaves here, and not always in order;
    // a small margin on the window keeps the server's count within the budget too.
    const windowMs = this.options.windowMs + Math.max(10, this.options.windowMs * 0.02)
    for (;;) {
      const now = Date.now()
      while (this.starts.length > 0 && this.starts[0]! <= now - windowMs) this.starts.shift()
      let waitMs = Math.max(0, this.pausedUntil - now)
      if (this.starts.length >= this.options.windowBudget) {
        waitMs = Math.max(waitMs, this.starts[0]! + windowMs - now)
      }
      if (waitMs <= 0) break
      waited += waitMs
      await sleep(waitMs)
    }
    this.starts.push(Date.now())
    this.totalRequests++
    this.maxWindowCount = Math.max(this.maxWindowCount, this.starts.length)
    const stats = currentRunStats()
    if (stats) {
      stats.requests++
      if (waited > 0) {
        stats.rateLimitWaits++
        stats.rateLimitWaitMs += waited
      }
    }
  }

  private release(): void {
    const next = this.waiting.shift()
    if (next) next()
    else this.inFlight--
  }
}

/** One gate per host, created on first use with the platform's defaults. */
export class GateRegistry {
  private readonly gates = new Map<string, HostGate>()
  private readonly defaults: (host: string) => GateOptions

  constructor(defaults: (host: string) => GateOptions) {
    this.defaults = defaults
  }

  get(host: string): HostGate {
    let gate = this.gates.get(host)
    if (!gate) {
      gate = new HostGate(host, this.defaults(host))
      this.gates.set(host, gate)
    }
    return gate
  }

  all(): HostGate[] {
    return [...this.gates.values()]
  }
}
