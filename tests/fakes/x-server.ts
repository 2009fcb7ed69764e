/**
 * A fake X API v2 on loopback, in the wire format (snake_case; data / meta / errors / problem JSON)
 * closely enough that the unmodified @xdevplatform/xdk client accepts it. Point CROSSREACH_X_API at
 * `url`. Serves users by username and id, user timelines (retweets unless exclude=retweets,
 * since_id, start_time, max_results, next_token paging) and posts by ids, in tweet-era or post-era
 * field names; checks the bearer token; counts the user and post objects it returned (what X bills).
 */
import type { Fault, FakeRequest, FakeResponse } from './fake-server.ts'
import { FakeServer } from './fake-server.ts'

export type FieldsParam = 'tweet.fields' | 'post.fields'
export type XFakePostKind = 'original' | 'reply' | 'quote' | 'retweet'

export interface XFakeOptions {
  token?: string
  /** Names in answers: tweet_count / retweet_count / referenced_tweets, or post_count / repost_count / referenced_posts. */
  fieldEra?: 'tweet' | 'post'
  /** Post-fields query parameters the fake knows; any other query parameter is a 400, as on X. */
  acceptFieldsParams?: readonly FieldsParam[]
  latencyMs?: number
  /** Request budget per window (one for all endpoints); false for none. */
  rate?: { windowMs: number; budget: number } | false
}

export interface XFakeAccountInput {
  id?: string
  username: string
  name?: string
  followers?: number
  following?: number
  postsCount?: number
}
export interface XFakeAccount extends Required<XFakeAccountInput> {
  suspended: boolean
  /** Post ids, newest first. */
  timeline: string[]
}

export interface XFakePostInput {
  id?: string
  createdAt: Date | string
  text?: string
  kind?: XFakePostKind
  lang?: string
  media?: boolean
  likes?: number
  reposts?: number
  replies?: number
  quotes?: number
  /** null: the field is left out of public_metrics. */
  bookmarks?: number | null
  impressions?: number | null
}
export interface XFakePost extends Required<Omit<XFakePostInput, 'createdAt'>> {
  createdAt: Date
  authorId: string
}

export const X_TOO_MANY_REQUESTS = {
  title: 'Too Many Requests',
  detail: 'Too Many Requests',
  type: 'about:blank',
  status: 429,
}
export const X_UNAUTHORIZED = {
  title: 'Unauthorized',
  type: 'about:blank',
  status: 401,
  detail: 'Unauthorized',
}
const NOT_FOUND_TYPE = 'https://api.twitter.com/2/problems/resource-not-found'
const X_EPOCH_MS = 1288834974657n

/** A 429 as X sends it when the 15-minute window is used up, resetting in `resetInSeconds`. */
export function xRateLimitFault(resetInSeconds: number, limit = 300): Fault {
  const reset = Math.ceil(Date.now() / 1000) + resetInSeconds
  const headers = {
    'x-rate-limit-limit': String(limit),
    'x-rate-limit-remaining': '0',
    'x-rate-limit-reset': String(reset),
  }
  return { kind: 'status', status: 429, headers, body: X_TOO_MANY_REQUESTS }
}

export type XFake = Awaited<ReturnType<typeof startXFake>>

export async function startXFake(opts: XFakeOptions = {}) {
  const token = opts.token ?? 'x-fake-bearer-token-0123456789'
  const era = opts.fieldEra ?? 'tweet'
  const accepted = new Set<string>(opts.acceptFieldsParams ?? ['tweet.fields', 'post.fields'])
  const rate =
    opts.rate === false ? undefined : (opts.rate ?? { windowMs: 900_000, budget: 10_000 })
  const server = new FakeServer({
    latencyMs: opts.latencyMs,
    rate: rate && {
      ...rate,
      body: X_TOO_MANY_REQUESTS,
      headers: (limit, remaining, resetAtMs) => ({
        'x-rate-limit-limit': String(limit),
        'x-rate-limit-remaining': String(remaining),
        'x-rate-limit-reset': String(Math.ceil(resetAtMs / 1000)),
      }),
    },
  })
  const accounts = new Map<string, XFakeAccount>()
  const idByUsername = new Map<string, string>()
  const posts = new Map<string, XFakePost>()
  const returned = { users: 0, posts: 0 }
  let nextUserId = 1_000_000_000n
  let sequence = 0n

  function account(username: string): XFakeAccount {
    const found = accounts.get(idByUsername.get(username.toLowerCase()) ?? '')
    if (!found) throw new Error(`fake X: no account ${username}`)
    return found
  }

  function snowflake(at: Date): string {
    sequence = (sequence + 1n) & 0x3fffffn
    return String(((BigInt(at.getTime()) - X_EPOCH_MS) << 22n) | sequence)
  }

  const names =
    era === 'tweet'
      ? {
          posts: 'tweet_count',
          reposts: 'retweet_count',
          refs: 'referenced_tweets',
          edits: 'edit_history_tweet_ids',
        }
      : {
          posts: 'post_count',
          reposts: 'repost_count',
          refs: 'referenced_posts',
          edits: 'edit_history_post_ids',
        }

  function wireUser(a: XFakeAccount, fields: Set<string>): Record<string, unknown> {
    returned.users++
    const user: Record<string, unknown> = { id: a.id, name: a.name, username: a.username }
    if (fields.has('created_at')) user.created_at = '2014-03-01T09:00:00.000Z'
    if (fields.has('public_metrics')) {
      user.public_metrics = {
        followers_count: a.followers,
        following_count: a.following,
        [names.posts]: a.postsCount,
        listed_count: 12,
      }
    }
    return user
  }

  function wirePost(p: XFakePost, fields: Set<string>): Record<string, unknown> {
    returned.posts++
    const post: Record<string, unknown> = { id: p.id, text: p.text, [names.edits]: [p.id] }
    const parent = `${BigInt(p.id) - 1000n}`
    if (fields.has('created_at')) post.created_at = p.createdAt.toISOString()
    if (fields.has('conversation_id')) post.conversation_id = p.kind === 'reply' ? parent : p.id
    if (fields.has('lang')) post.lang = p.lang
    if (fields.has('in_reply_to_user_id') && p.kind === 'reply') post.in_reply_to_user_id = '783214'
    if (
      (fields.has('referenced_tweets') || fields.has('referenced_posts')) &&
      p.kind !== 'original'
    ) {
      const type = { reply: 'replied_to', quote: 'quoted', retweet: 'retweeted' }[p.kind]
      post[names.refs] = [{ type, id: parent }]
    }
    if (fields.has('attachments') && p.media) post.attachments = { media_keys: [`3_${p.id}`] }
    if (fields.has('public_metrics')) {
      const m: Record<string, number> = {
        [names.reposts]: p.reposts,
        reply_count: p.replies,
        like_count: p.likes,
        quote_count: p.quotes,
      }
      if (p.bookmarks !== null) m.bookmark_count = p.bookmarks
      if (p.impressions !== null) m.impression_count = p.impressions
      post.public_metrics = m
    }
    return post
  }

  function userProblem(
    param: string,
    value: string,
    a: XFakeAccount | undefined,
  ): Record<string, unknown> {
    const suspended = a?.suspended === true
    return {
      value,
      detail: suspended
        ? `User has been suspended: [${value}].`
        : `Could not find user with ${param}: [${value}].`,
      title: suspended ? 'Forbidden' : 'Not Found Error',
      resource_type: 'user',
      parameter: param,
      resource_id: value,
      type: NOT_FOUND_TYPE,
    }
  }

  /** Checks auth and query parameters like X does; returns the requested post and user fields. */
  function check(
    req: FakeRequest,
    allowed: string[],
  ): { denied: FakeResponse } | { postFields: Set<string>; userFields: Set<string> } {
    if (req.headers.authorization !== `Bearer ${token}`)
      return { denied: { status: 401, body: X_UNAUTHORIZED } }
    const known = [...allowed, 'expansions', 'user.fields', ...accepted]
    for (const [name, value] of req.url.searchParams) {
      if (known.includes(name)) continue
      return {
        denied: invalid(
          { [name]: [value] },
          `The query parameter [${name}] is not one of [${known.join(',')}]`,
        ),
      }
    }
    const list = (name: string) =>
      new Set((req.url.searchParams.get(name) ?? '').split(',').filter(Boolean))
    return {
      postFields: new Set([...list('tweet.fields'), ...list('post.fields')]),
      userFields: list('user.fields'),
    }
  }

  function invalid(parameters: Record<string, string[]>, message: string): FakeResponse {
    const detail = 'One or more parameters to your request was invalid.'
    const type = 'https://api.twitter.com/2/problems/invalid-request'
    return {
      status: 400,
      body: { errors: [{ parameters, message }], title: 'Invalid Request', detail, type },
    }
  }

  server.route('GET', /^\/2\/users\/by\/username\/([^/]+)$/, (req, m) => {
    const c = check(req, [])
    if ('denied' in c) return c.denied
    const username = decodeURIComponent(m[1]!)
    const a = accounts.get(idByUsername.get(username.toLowerCase()) ?? '')
    if (!a || a.suspended) return { body: { errors: [userProblem('username', username, a)] } }
    return { body: { data: wireUser(a, c.userFields) } }
  })

  server.route('GET', /^\/2\/users\/(\d+)$/, (req, m) => {
    const c = check(req, [])
    if ('denied' in c) return c.denied
    const a = accounts.get(m[1]!)
    if (!a || a.suspended) return { body: { errors: [userProblem('id', m[1]!, a)] } }
    return { body: { data: wireUser(a, c.userFields) } }
  })

  server.route('GET', /^\/2\/users\/(\d+)\/tweets$/, (req, m) => {
    const c = check(req, [
      'max_results',
      'pagination_token',
      'start_time',
      'end_time',
      'since_id',
      'until_id',
      'exclude',
      'media.fields',
      'poll.fields',
      'place.fields',
    ])
    if ('denied' in c) return c.denied
    const q = req.url.searchParams
    const a = accounts.get(m[1]!)
    if (!a || a.suspended) return { body: { errors: [userProblem('id', m[1]!, a)] } }
    const max = Number(q.get('max_results') ?? '10')
    if (!Number.isInteger(max) || max < 5 || max > 100) {
      return invalid(
        { max_results: [String(q.get('max_results'))] },
        `The \`max_results\` query parameter value [${q.get('max_results')}] is not between 5 and 100`,
      )
    }
    const exclude = new Set((q.get('exclude') ?? '').split(','))
    const sinceId = q.get('since_id')
    const startTime = q.get('start_time') ? Date.parse(q.get('start_time')!) : undefined
    const matching = a.timeline
      .map((id) => posts.get(id)!)
      .filter(
        (p) =>
          !(exclude.has('retweets') && p.kind === 'retweet') &&
          !(exclude.has('replies') && p.kind === 'reply'),
      )
      .filter(
        (p) =>
          (sinceId ? BigInt(p.id) > BigInt(sinceId) : true) &&
          (startTime === undefined || p.createdAt.getTime() >= startTime),
      )
    const token = q.get('pagination_token')
    const offset = token ? Number.parseInt(token.replace(/^pt/, ''), 32) : 0
    if (token && (!/^pt[0-9a-v]+$/.test(token) || offset >= matching.length)) {
      return invalid(
        { pagination_token: [token] },
        `The pagination_token query parameter value [${token}] is not valid`,
      )
    }
    const page = matching.slice(offset, offset + max)
    if (page.length === 0) return { body: { meta: { result_count: 0 } } }
    const meta: Record<string, unknown> = {
      result_count: page.length,
      newest_id: page[0]!.id,
      oldest_id: page.at(-1)!.id,
    }
    if (offset + max < matching.length) meta.next_token = `pt${(offset + max).toString(32)}`
    return { body: { data: page.map((p) => wirePost(p, c.postFields)), meta } }
  })

  server.route('GET', /^\/2\/tweets$/, (req) => {
    const c = check(req, ['ids', 'media.fields', 'poll.fields', 'place.fields'])
    if ('denied' in c) return c.denied
    const ids = (req.url.searchParams.get('ids') ?? '').split(',').filter(Boolean)
    if (ids.length < 1 || ids.length > 100)
      return invalid(
        { ids: [ids.join(',')] },
        `The number of values in the \`ids\` query parameter list [${ids.length}] is not between 1 and 100`,
      )
    const data: Record<string, unknown>[] = []
    const errors: Record<string, unknown>[] = []
    for (const id of ids) {
      const p = posts.get(id)
      if (p && !accounts.get(p.authorId)?.suspended) data.push(wirePost(p, c.postFields))
      else
        errors.push({
          value: id,
          detail: `Could not find tweet with ids: [${id}].`,
          title: 'Not Found Error',
          resource_type: 'tweet',
          parameter: 'ids',
          resource_id: id,
          type: NOT_FOUND_TYPE,
        })
    }
    return { body: { ...(data.length ? { data } : {}), ...(errors.length ? { errors } : {}) } }
  })

  function addAccount(input: XFakeAccountInput): XFakeAccount {
    if (!/^[A-Za-z0-9_]{1,15}$/.test(input.username))
      throw new Error(`fake X: "${input.username}" is not a valid X username`)
    const id = input.id ?? String(nextUserId++)
    const a: XFakeAccount = {
      id,
      username: input.username,
      name: input.name ?? input.username,
      followers: input.followers ?? 0,
      following: input.following ?? 0,
      postsCount: input.postsCount ?? 0,
      suspended: false,
      timeline: [],
    }
    accounts.set(id, a)
    idByUsername.set(input.username.toLowerCase(), id)
    return a
  }

  /** Adds posts to an account's timeline; returns their ids (snowflakes of createdAt). */
  function addPosts(username: string, inputs: readonly XFakePostInput[]): string[] {
    const a = account(username)
    const ids = inputs.map((input) => {
      const createdAt = new Date(input.createdAt)
      const kind = input.kind ?? 'original'
      const id = input.id ?? snowflake(createdAt)
      posts.set(id, {
        id,
        createdAt,
        kind,
        authorId: a.id,
        text:
          input.text ?? (kind === 'retweet' ? `RT @someone: post ${id}` : `post ${id} &amp; more`),
        lang: input.lang ?? 'nl',
        media: input.media ?? false,
        likes: input.likes ?? 0,
        reposts: input.reposts ?? 0,
        replies: input.replies ?? 0,
        quotes: input.quotes ?? 0,
        bookmarks: input.bookmarks === undefined ? 0 : input.bookmarks,
        impressions: input.impressions === undefined ? 0 : input.impressions,
      })
      return id
    })
    a.timeline.push(...ids)
    a.timeline.sort((x, y) => (BigInt(y) > BigInt(x) ? 1 : BigInt(y) < BigInt(x) ? -1 : 0))
    return ids
  }

  await server.start()

  return {
    url: server.url,
    token,
    server,
    era,
    /** The settings a user would give to point crossreach at this fake. */
    env(): Record<string, string> {
      return { CROSSREACH_X_API: server.url, CROSSREACH_X_BEARER_TOKEN: token }
    },
    /** User and post objects the fake has returned so far (X bills per object returned). */
    returned,
    resetReturned(): void {
      returned.users = 0
      returned.posts = 0
    },
    addAccount,
    addPosts,
    post(id: string): XFakePost | undefined {
      return posts.get(id)
    },
    setPostCounts(
      id: string,
      counts: Partial<
        Pick<XFakePost, 'likes' | 'reposts' | 'replies' | 'quotes' | 'bookmarks' | 'impressions'>
      >,
    ): void {
      const p = posts.get(id)
      if (!p) throw new Error(`fake X: no post ${id}`)
      Object.assign(p, counts)
    },
    deletePost(id: string): void {
      const p = posts.get(id)
      posts.delete(id)
      if (p) {
        const a = accounts.get(p.authorId)!
        a.timeline = a.timeline.filter((x) => x !== id)
      }
    },
    setFollowers(username: string, followers: number): void {
      account(username).followers = followers
    },
    renameHandle(oldUsername: string, newUsername: string): void {
      const a = account(oldUsername)
      idByUsername.delete(oldUsername.toLowerCase())
      a.username = newUsername
      idByUsername.set(newUsername.toLowerCase(), a.id)
    },
    suspend(username: string): void {
      account(username).suspended = true
    },
    /** n accounts named `${prefix}${i}`, each with `postsEach` posts an hour apart before `now`. */
    generateAccounts(
      n: number,
      o: { prefix?: string; postsEach?: number; now?: Date } = {},
    ): XFakeAccount[] {
      const now = (o.now ?? new Date()).getTime()
      return Array.from({ length: n }, (_, i) => {
        const a = addAccount({
          username: `${o.prefix ?? 'acct'}${i}`,
          followers: 1000 + i,
          following: 100 + i,
          postsCount: 500 + i,
        })
        const inputs = Array.from({ length: o.postsEach ?? 0 }, (_, k) => ({
          createdAt: new Date(now - (k + 1) * 3_600_000),
          likes: k + i,
        }))
        addPosts(a.username, inputs)
        return a
      })
    },
    close: () => server.close(),
  }
}
