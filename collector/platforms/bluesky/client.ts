/**
 * The Bluesky calls crossreach makes, through @atproto/api's Agent against a public AppView
 * (no login). Every call goes through the host gate; client errors become PlatformErrors with a
 * message a comms officer can act on, and RateLimit-* headers feed the gate when present.
 */
import { Agent, XRPCError, type AppBskyActorDefs, type AppBskyFeedDefs } from '@atproto/api'
import type { HostGate, RateHeaders } from '../../net/host-gate.ts'
import {
  AccountNotFoundError,
  AccountSuspendedError,
  InvalidResponseError,
  PlatformError,
  RateLimitedError,
  RequestTimeoutError,
  ServerError,
  parseRetryAfter,
} from '../errors.ts'

/** @atproto/xrpc ResponseType values for failures that carry no HTTP status. */
const NETWORK_FAILURE = 1
const INVALID_RESPONSE = 2

export const FEED_PAGE_LIMIT = 100
export const POSTS_BATCH_LIMIT = 25
/** Own posts, own replies (also to others) and reposts; reposts are dropped by the caller. */
export const AUTHOR_FEED_FILTER = 'posts_with_replies'

export interface FeedPage {
  feed: AppBskyFeedDefs.FeedViewPost[]
  cursor: string | undefined
}

type Headers = Record<string, string | undefined>

/** Who a request is about, for error messages: a handle someone typed, or a stored account. */
export interface Subject {
  label: string
  typed: boolean
}

export class BlueskyClient {
  private readonly agent: Agent
  private readonly gate: HostGate
  private readonly host: string

  constructor(appviewUrl: string, gate: HostGate) {
    this.agent = new Agent(appviewUrl)
    this.gate = gate
    this.host = new URL(appviewUrl).host
  }

  /** actor is a handle or a DID. */
  async getProfile(actor: string, subject: Subject): Promise<AppBskyActorDefs.ProfileViewDetailed> {
    const res = await this.gate.request(
      (signal) => this.agent.getProfile({ actor }, { signal }),
      (err) => this.mapError(err, subject),
      (r) => rateHeaders(r.headers),
    )
    return res.data
  }

  async getAuthorFeed(
    did: string,
    cursor: string | undefined,
    includePins: boolean,
    subject: Subject,
  ): Promise<FeedPage> {
    const res = await this.gate.request(
      (signal) =>
        this.agent.getAuthorFeed(
          { actor: did, limit: FEED_PAGE_LIMIT, cursor, filter: AUTHOR_FEED_FILTER, includePins },
          { signal },
        ),
      (err) => this.mapError(err, subject),
      (r) => rateHeaders(r.headers),
    )
    return { feed: res.data.feed, cursor: res.data.cursor || undefined }
  }

  /** At most POSTS_BATCH_LIMIT uris; posts that no longer exist are simply absent. */
  async getPosts(uris: string[]): Promise<AppBskyFeedDefs.PostView[]> {
    const res = await this.gate.request(
      (signal) => this.agent.getPosts({ uris }, { signal }),
      (err) => this.mapError(err, undefined),
      (r) => rateHeaders(r.headers),
    )
    return res.data.posts
  }

  /** Turns whatever the client threw into a PlatformError; `subject` is the account asked about. */
  mapError(err: unknown, subject: Subject | undefined): PlatformError {
    if (err instanceof PlatformError) return err
    const host = this.host
    if (!(err instanceof XRPCError)) {
      return new PlatformError('network', `Could not reach Bluesky at ${host}: ${describe(err)}.`, {
        transient: true,
        cause: err,
      })
    }
    const status = err.status as number
    if (status === 429) {
      return new RateLimitedError(
        `Bluesky (${host}) asked crossreach to slow down; collection resumes after the wait it asked for.`,
        retryAfterMs(err.headers ?? {}),
        err,
      )
    }
    if (status >= 500) {
      return new ServerError(
        status,
        `Bluesky (${host}) had a server problem (HTTP ${status}); this is usually temporary and is retried.`,
        parseRetryAfter(err.headers?.['retry-after']),
        err,
      )
    }
    if (status === INVALID_RESPONSE) {
      return new InvalidResponseError(
        `Bluesky (${host}) sent an answer crossreach could not read (not the expected data). ` +
          `If this persists, check CROSSREACH_BLUESKY_APPVIEW and update crossreach.`,
        { cause: err },
      )
    }
    if (status === NETWORK_FAILURE) {
      if (isAbort(err.cause))
        return new RequestTimeoutError(`Bluesky (${host}) did not answer in time.`, err)
      return new PlatformError(
        'network',
        `Could not reach Bluesky at ${host}: ${describe(err.cause ?? err)}.`,
        {
          transient: true,
          cause: err,
        },
      )
    }
    const contentType = err.headers?.['content-type'] ?? ''
    if (!contentType.includes('json')) {
      return new InvalidResponseError(
        `Bluesky (${host}) answered HTTP ${status} with a web page instead of data. ` +
          `Check CROSSREACH_BLUESKY_APPVIEW; if it is right, the service may be having trouble.`,
        { status, cause: err },
      )
    }
    return this.mapRequestError(err, status, subject)
  }

  private mapRequestError(
    err: XRPCError,
    status: number,
    subject: Subject | undefined,
  ): PlatformError {
    const who = subject?.label ?? 'the requested account'
    if (err.error === 'AccountTakedown') {
      return new AccountSuspendedError(
        `The Bluesky account ${who} has been suspended (taken down by Bluesky moderation); it cannot be collected.`,
        err,
      )
    }
    if (err.error === 'AccountDeactivated') {
      return new AccountSuspendedError(
        `The Bluesky account ${who} has been deactivated by its owner; it cannot be collected until it is reactivated.`,
        err,
      )
    }
    if (subject !== undefined && status === 400 && err.error === 'InvalidRequest') {
      return new AccountNotFoundError(
        subject.typed
          ? `No Bluesky account found for ${who}. Check the spelling of the handle (for example name.bsky.social); ` +
              `the account may also have been deleted or may have changed its handle.`
          : `The Bluesky account ${who} can no longer be found; it may have been deleted, suspended or deactivated.`,
        err,
      )
    }
    if (status === 401 || status === 403) {
      return new PlatformError(
        'auth_required',
        `Bluesky (${this.host}) refused the request without a login (HTTP ${status}). ` +
          `Set CROSSREACH_BLUESKY_APPVIEW to the public AppView, https://public.api.bsky.app.`,
        { status, cause: err },
      )
    }
    if (status === 404) {
      return new PlatformError(
        'config',
        `${this.host} does not answer Bluesky requests (HTTP 404). Check CROSSREACH_BLUESKY_APPVIEW.`,
        { status, cause: err },
      )
    }
    return new PlatformError(
      'bad_request',
      `Bluesky (${this.host}) rejected the request (HTTP ${status}${err.error ? `, ${err.error}` : ''}): ${err.message}`,
      { status, cause: err },
    )
  }
}

/** RateLimit-* headers (reset in epoch seconds); absent headers give undefined. */
export function rateHeaders(headers: Headers): RateHeaders | undefined {
  const limit = intHeader(headers['ratelimit-limit'])
  const remaining = intHeader(headers['ratelimit-remaining'])
  const reset = intHeader(headers['ratelimit-reset'])
  if (limit === undefined && remaining === undefined && reset === undefined) return undefined
  return { limit, remaining, resetAt: reset === undefined ? undefined : reset * 1000 }
}

/** Retry-After seconds, else the RateLimit-Reset time, else undefined (the gate backs off). */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = parseRetryAfter(headers['retry-after'], now)
  if (retryAfter !== undefined) return retryAfter
  const reset = intHeader(headers['ratelimit-reset'])
  return reset === undefined ? undefined : Math.max(0, reset * 1000 - now)
}

function intHeader(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined
  return Number(value)
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? ` (${err.cause.message})` : ''
    return `${err.message}${cause}`
  }
  return String(err)
}
