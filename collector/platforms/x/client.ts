/**
 * Talks to the X API v2 through the official SDK (@xdevplatform/xdk) with SDK retries off:
 * every call goes through the host gate, answers come back raw (so the rate-limit headers can be
 * read), failures are mapped to PlatformErrors in plain words, and the users and posts X returns
 * are added to the run's billed counts. The bearer token never appears in a message.
 */
import { Client } from '@xdevplatform/xdk'
import type { HostGate } from '../../net/host-gate.ts'
import { currentRunStats } from '../../net/run-stats.ts'
import { InvalidResponseError, type PlatformError } from '../errors.ts'
import type { FieldsParam, XConfig } from './config.ts'
import { UnknownFieldsParamError, mapXError, rateHeaders } from './failures.ts'
import { billedResources } from './wire.ts'

/** Post fields we ask for. Post-era names are the ones the SDK's typed methods accept. */
const TWEET_ERA_FIELDS =
  'created_at,public_metrics,conversation_id,in_reply_to_user_id,referenced_tweets,lang,attachments'
const POST_ERA_FIELDS = [
  'created_at',
  'public_metrics',
  'conversation_id',
  'lang',
  'attachments',
] as const
const BEARER_ONLY = [{ BearerToken: [] }]

export interface TimelineQuery {
  maxResults: number
  sinceId?: string
  startTime?: string
  paginationToken?: string
}

interface RawAnswer {
  body: unknown
  headers: Headers
}

export class XApiClient {
  private readonly sdk: Client
  private readonly gate: HostGate
  private readonly token: string
  private readonly host: string
  /** Switches once if X rejects the parameter name (see FieldsParam). */
  private fieldsParam: FieldsParam

  constructor(config: XConfig, token: string, gate: HostGate) {
    this.sdk = new Client({
      bearerToken: token,
      baseUrl: config.apiBase,
      timeout: config.gate.timeoutMs,
      retry: false,
    })
    this.gate = gate
    this.token = token
    this.host = config.host
    this.fieldsParam = config.fieldsParam
  }

  userByUsername(username: string): Promise<unknown> {
    return this.send('users', (signal) =>
      this.sdk.users.getByUsername(username, {
        userFields: ['public_metrics', 'created_at'],
        requestOptions: { raw: true, signal },
      }),
    )
  }

  userById(id: string): Promise<unknown> {
    return this.send('users', (signal) =>
      this.sdk.users.getById(id, {
        userFields: ['public_metrics'],
        requestOptions: { raw: true, signal },
      }),
    )
  }

  /** One page of the user's own posts and replies, reposts excluded, newest first. */
  timelinePage(userId: string, q: TimelineQuery): Promise<unknown> {
    return this.withFieldsParam((param) =>
      this.send('posts', (signal) => {
        if (param === 'post.fields') {
          return this.sdk.users.getPosts(userId, {
            maxResults: q.maxResults,
            sinceId: q.sinceId,
            startTime: q.startTime,
            paginationToken: q.paginationToken,
            exclude: ['retweets'],
            postFields: [...POST_ERA_FIELDS],
            requestOptions: { raw: true, signal },
          })
        }
        const params = new URLSearchParams({
          max_results: String(q.maxResults),
          exclude: 'retweets',
        })
        if (q.sinceId) params.set('since_id', q.sinceId)
        if (q.startTime) params.set('start_time', q.startTime)
        if (q.paginationToken) params.set('pagination_token', q.paginationToken)
        params.set('tweet.fields', TWEET_ERA_FIELDS)
        return this.rawGet(
          `/2/users/${encodeURIComponent(userId)}/tweets?${params.toString()}`,
          signal,
        )
      }),
    )
  }

  /** Up to 100 posts by id (current counts). Missing posts come back as problems, not data. */
  postsByIds(ids: readonly string[]): Promise<unknown> {
    return this.withFieldsParam((param) =>
      this.send('posts', (signal) => {
        if (param === 'post.fields') {
          return this.sdk.posts.getByIds([...ids], {
            postFields: [...POST_ERA_FIELDS],
            requestOptions: { raw: true, signal },
          })
        }
        const params = new URLSearchParams({ ids: ids.join(','), 'tweet.fields': TWEET_ERA_FIELDS })
        return this.rawGet(`/2/tweets?${params.toString()}`, signal)
      }),
    )
  }

  /** The SDK's own request path (auth, base URL, errors) for a query its typed methods cannot spell. */
  private rawGet(pathAndQuery: string, signal: AbortSignal): Promise<Response> {
    return this.sdk.request<Response>('GET', pathAndQuery, {
      raw: true,
      signal,
      security: BEARER_ONLY,
    })
  }

  private async withFieldsParam<T>(call: (param: FieldsParam) => Promise<T>): Promise<T> {
    const param = this.fieldsParam
    try {
      return await call(param)
    } catch (err) {
      if (!(err instanceof UnknownFieldsParamError) || err.parameter !== param) throw err
      this.fieldsParam = param === 'tweet.fields' ? 'post.fields' : 'tweet.fields'
      return call(this.fieldsParam)
    }
  }

  private async send(
    dataIs: 'users' | 'posts',
    call: (signal: AbortSignal) => Promise<Response>,
  ): Promise<unknown> {
    const answer = await this.gate.request<RawAnswer>(
      async (signal) => {
        const response = await call(signal)
        const text = await response.text()
        try {
          return { body: JSON.parse(text) as unknown, headers: response.headers }
        } catch {
          throw new InvalidResponseError(
            `X (${this.host}) answered with a page that is not API data (HTTP ${response.status}); it is retried later`,
            { status: response.status },
          )
        }
      },
      (err) => this.mapError(err),
      (value) => rateHeaders(value.headers),
    )
    const stats = currentRunStats()
    if (stats) {
      const billed = billedResources(answer.body, dataIs)
      stats.billedUsers += billed.users
      stats.billedPosts += billed.posts
    }
    return answer.body
  }

  private mapError(err: unknown): PlatformError {
    return mapXError(err, this.host, (text) => this.redact(text))
  }

  private redact(text: string): string {
    return this.token ? text.split(this.token).join('[token]') : text
  }
}
