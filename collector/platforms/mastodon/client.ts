/**
 * Talks to an account's home instance through masto, one request at a time through the
 * instance's HostGate: the gate's abort signal goes into masto's requestInit, the
 * X-RateLimit-* headers of every answer (masto's $raw variants) feed the gate, and whatever
 * masto throws becomes a PlatformError with a plain message. Tokens never appear in messages.
 */
import { createRestAPIClient, MastoHttpError, MastoTimeoutError } from 'masto'
import type { GateRegistry } from '../../net/host-gate.ts'
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
import { baseUrlFor, isPlainHost, type MastodonConfig } from './config.ts'
import { PublicHostCheck } from '../../net/public-host.ts'
import {
  parseAccount,
  parseRateHeaders,
  parseStatuses,
  waitFromHeaders,
  type MastodonAccount,
  type MastodonStatus,
} from './map.ts'

/** Mastodon answers at most 40 statuses per page. */
export const STATUSES_PAGE_SIZE = 40

export interface StatusesPage {
  statuses: MastodonStatus[]
  /** max_id of the next (older) page from the Link header; undefined on the last page. */
  nextMaxId: string | undefined
}

/** What the error messages may say about the request: which instance, which account. */
interface RequestContext {
  host: string
  /** The account as a person would write it, for not-found and suspended messages. */
  account: string
}

type Api = ReturnType<typeof createRestAPIClient>

export class MastodonClient {
  private readonly config: MastodonConfig
  private readonly gates: GateRegistry
  private readonly publicHosts: PublicHostCheck

  constructor(config: MastodonConfig, gates: GateRegistry, publicHosts = new PublicHostCheck()) {
    this.config = config
    this.gates = gates
    this.publicHosts = publicHosts
  }

  lookup(host: string, username: string): Promise<MastodonAccount> {
    const ctx = { host, account: `@${username}@${host}` }
    return this.send(
      ctx,
      (api) => api.v1.accounts.lookup.$raw({ acct: username }),
      (data) => parseAccount(data, host),
    )
  }

  fetchAccount(host: string, id: string, handle: string): Promise<MastodonAccount> {
    return this.send(
      { host, account: handle },
      (api) => api.v1.accounts.$select(encodeURIComponent(id)).fetch.$raw(),
      (data) => parseAccount(data, host),
    )
  }

  /** One page of the account's own posts and replies, boosts excluded, newest first. */
  statusesPage(host: string, id: string, handle: string, maxId?: string): Promise<StatusesPage> {
    return this.send(
      { host, account: handle },
      async (api) => {
        // Awaiting masto's paginator resolves to its first page; the next page is asked for
        // separately (from the Link header's max_id) so that each request gets its own retries.
        const paginator = api.v1.accounts.$select(encodeURIComponent(id)).statuses.list.$raw({
          limit: STATUSES_PAGE_SIZE,
          excludeReblogs: true,
          ...(maxId !== undefined ? { maxId } : {}),
        })
        return await paginator
      },
      (data, headers) => ({
        statuses: parseStatuses(data, host),
        nextMaxId: nextMaxId(headers.get('link')),
      }),
    )
  }

  private async send<T>(
    ctx: RequestContext,
    call: (api: Api) => Promise<{ headers: Headers; data: unknown }>,
    parse: (data: unknown, headers: Headers) => T,
  ): Promise<T> {
    if (!isPlainHost(ctx.host)) {
      throw new PlatformError(
        'config',
        `"${ctx.host}" is not a Mastodon instance name; expected a bare host such as social.example`,
      )
    }
    // Hosts the operator mapped are trusted; any other must resolve to public addresses only.
    if (!this.config.origins.has(ctx.host)) {
      const refused = await this.publicHosts.check(ctx.host)
      if (refused) throw new PlatformError('config', refused)
    }
    const gate = this.gates.get(ctx.host)
    const result = await gate.request(
      async (signal) => {
        const response = await call(this.api(ctx.host, signal))
        if (response.data === undefined) {
          throw new InvalidResponseError(
            `${ctx.host} answered with a web page instead of data. The instance or a proxy in front of it may be having trouble; crossreach will try again later.`,
          )
        }
        return { headers: response.headers, value: parse(response.data, response.headers) }
      },
      (err) => this.mapError(err, ctx),
      (answer) => parseRateHeaders(answer.headers),
    )
    return result.value
  }

  private api(host: string, signal: AbortSignal): Api {
    // masto builds a client from a handful of small objects; one per request is how the gate's
    // abort signal reaches paginated calls, which ignore per-call options.
    return createRestAPIClient({
      url: baseUrlFor(this.config, host),
      accessToken: this.config.tokens.get(host),
      timeout: this.config.gate.timeoutMs,
      requestInit: { signal },
    })
  }

  private mapError(err: unknown, ctx: RequestContext): PlatformError {
    if (err instanceof PlatformError) return err
    if (err instanceof MastoHttpError) return this.mapHttpError(err, ctx)
    const { host } = ctx
    if (
      err instanceof MastoTimeoutError ||
      (err instanceof DOMException && err.name === 'AbortError')
    ) {
      return new RequestTimeoutError(
        `${host} did not answer within ${this.config.gate.timeoutMs} ms`,
        err,
      )
    }
    if (err instanceof TypeError && err.message === 'fetch failed') {
      const code = (err.cause as { code?: unknown } | undefined)?.code
      if (code === 'ENOTFOUND') {
        return new PlatformError(
          'network',
          `The Mastodon instance ${host} could not be found. Check the instance name in the account address.`,
          { cause: err },
        )
      }
      return new PlatformError(
        'network',
        `Could not connect to ${host}; crossreach will try again later.`,
        {
          transient: true,
          cause: err,
        },
      )
    }
    // masto fails this way on answers that are not JSON (an HTML error page from a proxy).
    return new InvalidResponseError(
      `${host} sent an answer that is not Mastodon data (often an error page while the instance is down); crossreach will try again later.`,
      { cause: err },
    )
  }

  private mapHttpError(err: MastoHttpError, ctx: RequestContext): PlatformError {
    const { host, account } = ctx
    const status = err.statusCode
    const headers = err.cause instanceof Response ? err.cause.headers : new Headers()
    if (status === 401 || status === 403) {
      const hasToken = this.config.tokens.has(host)
      const message = hasToken
        ? `${host} refused the access token set for it in CROSSREACH_MASTODON_TOKENS. Create a new token on ${host} (read access is enough) and update that setting.`
        : `${host} only answers signed-in requests. Create an access token on ${host} (read access is enough) and set it as CROSSREACH_MASTODON_TOKENS=${host}=<token>.`
      return new PlatformError('auth_required', message, { status, cause: err })
    }
    if (status === 404) {
      return new AccountNotFoundError(
        `No Mastodon account ${account} was found on ${host}. Check the address: the name and the instance must be those of the account's own profile.`,
        err,
      )
    }
    if (status === 410) {
      return new AccountSuspendedError(
        `The Mastodon account ${account} is suspended or deleted on ${host}.`,
        err,
      )
    }
    if (status === 429) {
      const waitMs = waitFromHeaders(headers)
      const when =
        waitMs === undefined
          ? ''
          : ` Its limit resets in about ${Math.ceil(waitMs / 60_000)} minute(s).`
      return new RateLimitedError(
        `${host} is limiting how often crossreach may ask.${when}`,
        waitMs,
        err,
      )
    }
    if (status >= 500) {
      return new ServerError(
        status,
        `${host} had a server error (HTTP ${status}); crossreach will try again later.`,
        parseRetryAfter(headers.get('retry-after')),
        err,
      )
    }
    return new PlatformError('bad_request', `${host} rejected the request (HTTP ${status}).`, {
      status,
      cause: err,
    })
  }
}

/** max_id from a Link header's rel="next" URL, if there is one. */
export function nextMaxId(link: string | null): string | undefined {
  if (!link) return undefined
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)
    if (!match?.[1]) continue
    try {
      return new URL(match[1]).searchParams.get('max_id') ?? undefined
    } catch {
      return undefined
    }
  }
  return undefined
}
