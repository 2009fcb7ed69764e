/**
 * A fake Mastodon instance on loopback, speaking the REST wire format (snake_case entities,
 * Link pagination with max_id, X-RateLimit-* headers with an ISO reset time) closely enough
 * for the unmodified masto client. One fake serves one instance host; point the adapter at it
 * with CROSSREACH_MASTODON_ORIGINS=<host>=<fake.url> (fake.originEntry). Seeding is map-based
 * and cheap, so a benchmark can hold hundreds of accounts on one fake.
 */
import { FakeServer, type FakeRequest, type FakeResponse, type Handler } from './fake-server.ts'

export interface MastodonFakeOptions {
  /** The instance host this fake plays. */
  host?: string
  /** Mastodon version: below 4.5 statuses lack quotes_count, below 4.4 they lack quote. */
  version?: string
  /** Every account hides its follower and following counts (reported as -1). */
  hideCounts?: boolean
  /** Limited mode: every API request needs "Authorization: Bearer <this token>". */
  requireToken?: string
  latencyMs?: number
  /** A request budget per window, answered with 429 {"error":"Too many requests"} when exceeded. */
  rate?: { windowMs: number; budget: number }
}

export interface FakeAccountInput {
  username: string
  displayName?: string
  followers?: number
  following?: number
  /** statuses_count; defaults to the number of seeded statuses. */
  statusesCount?: number
  hideCounts?: boolean
}

export interface FakeStatusInput {
  createdAt: Date
  /** Status HTML, as Mastodon stores it. */
  content?: string
  spoilerText?: string
  language?: string | null
  /** Makes it a reply; to another status of the same account unless inReplyToAccountId says otherwise. */
  inReplyToId?: string
  inReplyToAccountId?: string
  /** Makes it a quote of this status id. */
  quoteOfId?: string
  /** Makes it a boost of someone else's post (what exclude_reblogs filters out). */
  reblog?: { username: string; content: string }
  likes?: number
  reposts?: number
  replies?: number
  quotes?: number
  media?: number
}

export interface FakeAccount {
  id: string
  username: string
  displayName: string
  followers: number
  following: number
  statusesCount: number | undefined
  hideCounts: boolean
  /** 'flag': answered with suspended: true; 'gone': answered 410. */
  suspended: 'flag' | 'gone' | undefined
  createdAt: Date
  /** Newest first. */
  statuses: FakeStatus[]
}

export interface FakeStatus extends FakeStatusInput {
  id: string
  accountId: string
}

export type MastodonFake = Awaited<ReturnType<typeof startMastodonFake>>

/** Mastodon's rate headers; the reset time is ISO 8601 with microseconds, as .iso8601(6) writes it. */
export function mastodonRateHeaders(
  limit: number,
  remaining: number,
  resetAtMs: number,
): Record<string, string> {
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': new Date(resetAtMs).toISOString().replace(/Z$/, '000Z'),
  }
}

const jsonError = (status: number, error: string): FakeResponse => ({ status, body: { error } })
const dateOnly = (d: Date): string => d.toISOString().slice(0, 10)
const truthy = (v: string | null): boolean => v === 'true' || v === '1'

function atLeast(version: string, major: number, minor: number): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number)
  return a > major || (a === major && b >= minor)
}

export async function startMastodonFake(opts: MastodonFakeOptions = {}) {
  const host = opts.host ?? 'social.example'
  const version = opts.version ?? '4.5.0'
  const server = new FakeServer({
    latencyMs: opts.latencyMs,
    rate: opts.rate && {
      ...opts.rate,
      headers: mastodonRateHeaders,
      body: { error: 'Too many requests' },
    },
  })
  const accounts = new Map<string, FakeAccount>()
  const idByUsername = new Map<string, string>()
  const statuses = new Map<string, FakeStatus>()
  let nextAccountId = 109_000_000_000_000_001n
  let sequence = 0

  // Snowflake-like ids as Mastodon makes them: milliseconds << 16 plus a sequence.
  const statusId = (at: Date): string =>
    String((BigInt(at.getTime()) << 16n) + BigInt(sequence++ & 0xffff))

  function find(username: string): FakeAccount {
    const account = accounts.get(idByUsername.get(username.toLowerCase()) ?? '')
    if (!account) throw new Error(`fake ${host} has no account ${username}`)
    return account
  }

  function accountEntity(a: FakeAccount): Record<string, unknown> {
    const hidden = a.hideCounts || opts.hideCounts === true
    const flagged = a.suspended === 'flag'
    return {
      id: a.id,
      username: a.username,
      acct: a.username,
      display_name: flagged ? '' : a.displayName,
      locked: false,
      bot: false,
      group: false,
      discoverable: true,
      indexable: true,
      created_at: `${dateOnly(a.createdAt)}T00:00:00.000Z`,
      note: flagged ? '' : '<p>Official account</p>',
      url: `https://${host}/@${a.username}`,
      uri: `https://${host}/users/${a.username}`,
      avatar: `https://${host}/avatars/original/missing.png`,
      avatar_static: `https://${host}/avatars/original/missing.png`,
      header: `https://${host}/headers/original/missing.png`,
      header_static: `https://${host}/headers/original/missing.png`,
      followers_count: flagged ? 0 : hidden ? -1 : a.followers,
      following_count: flagged ? 0 : hidden ? -1 : a.following,
      statuses_count: flagged ? 0 : (a.statusesCount ?? a.statuses.length),
      last_status_at: a.statuses[0] && !flagged ? dateOnly(a.statuses[0].createdAt) : null,
      ...(flagged ? { suspended: true } : {}),
      emojis: [],
      fields: [],
      roles: [],
    }
  }

  function statusEntity(s: FakeStatus, depth = 0): Record<string, unknown> {
    const account = accounts.get(s.accountId)!
    const quoted = s.quoteOfId ? statuses.get(s.quoteOfId) : undefined
    const entity: Record<string, unknown> = {
      id: s.id,
      created_at: s.createdAt.toISOString(),
      in_reply_to_id: s.inReplyToId ?? null,
      in_reply_to_account_id: s.inReplyToId ? (s.inReplyToAccountId ?? account.id) : null,
      sensitive: Boolean(s.spoilerText),
      spoiler_text: s.spoilerText ?? '',
      visibility: 'public',
      language: s.reblog ? null : s.language === undefined ? 'nl' : s.language,
      uri: `https://${host}/users/${account.username}/statuses/${s.id}`,
      url: s.reblog ? null : `https://${host}/@${account.username}/${s.id}`,
      replies_count: s.replies ?? 0,
      reblogs_count: s.reposts ?? 0,
      favourites_count: s.likes ?? 0,
      edited_at: null,
      content: s.reblog ? '' : (s.content ?? ''),
      reblog: s.reblog ? reblogEntity(s) : null,
      application: { name: 'Web', website: null },
      account: accountEntity(account),
      media_attachments: Array.from({ length: s.media ?? 0 }, (_, i) => ({
        id: `${s.id}${i}`,
        type: 'image',
        url: `https://${host}/media/${s.id}-${i}.png`,
        preview_url: `https://${host}/media/${s.id}-${i}-small.png`,
        description: null,
        blurhash: null,
        meta: {},
      })),
      mentions: [],
      tags: [],
      emojis: [],
      card: null,
      poll: null,
    }
    if (atLeast(version, 4, 5)) entity.quotes_count = s.quotes ?? 0
    if (atLeast(version, 4, 4)) {
      entity.quote = s.quoteOfId
        ? {
            state: 'accepted',
            quoted_status: quoted && depth === 0 ? statusEntity(quoted, 1) : null,
          }
        : null
      entity.quote_approval = { automatic: ['public'], manual: [], current_user: 'automatic' }
    }
    return entity
  }

  function reblogEntity(s: FakeStatus): Record<string, unknown> {
    const { username, content } = s.reblog!
    const id = String(BigInt(s.id) - 1000n)
    return {
      id,
      created_at: s.createdAt.toISOString(),
      in_reply_to_id: null,
      content,
      uri: `https://elsewhere.example/users/${username}/statuses/${id}`,
      url: `https://elsewhere.example/@${username}/${id}`,
      account: { id: '1', username, acct: `${username}@elsewhere.example`, display_name: username },
      replies_count: 3,
      reblogs_count: 40,
      favourites_count: 90,
      media_attachments: [],
    }
  }

  /** Limited mode and the account lookups shared by every route. */
  function api(handler: (req: FakeRequest, match: RegExpExecArray) => FakeResponse): Handler {
    return (req, match) => {
      if (opts.requireToken !== undefined) {
        const auth = req.headers.authorization
        if (!auth) return jsonError(401, 'This API requires an authenticated user')
        if (auth !== `Bearer ${opts.requireToken}`)
          return jsonError(401, 'The access token is invalid')
      }
      return handler(req, match)
    }
  }

  function accountAnswer(account: FakeAccount | undefined): FakeResponse {
    if (!account) return jsonError(404, 'Record not found')
    if (account.suspended === 'gone') return jsonError(410, 'This account is no longer available')
    return { body: accountEntity(account) }
  }

  server.route(
    'GET',
    /^\/api\/v1\/accounts\/lookup$/,
    api((req) => {
      const [username = '', domain] = (req.url.searchParams.get('acct') ?? '')
        .replace(/^@/, '')
        .split('@')
      if (domain !== undefined && domain.toLowerCase() !== host)
        return jsonError(404, 'Record not found')
      return accountAnswer(accounts.get(idByUsername.get(username.toLowerCase()) ?? ''))
    }),
  )
  server.route(
    'GET',
    /^\/api\/v1\/accounts\/([^/]+)$/,
    api((_req, m) => accountAnswer(accounts.get(m[1]!))),
  )
  server.route(
    'GET',
    /^\/api\/v1\/accounts\/([^/]+)\/statuses$/,
    api((req, m) => {
      const account = accounts.get(m[1]!)
      if (!account || account.suspended === 'gone') return accountAnswer(account)
      const q = req.url.searchParams
      const limit = Math.min(40, Math.max(1, Number(q.get('limit') ?? 20) || 20))
      const maxId = q.get('max_id')
      const sinceId = q.get('since_id') ?? q.get('min_id')
      const list = account.suspended
        ? []
        : account.statuses.filter(
            (s) =>
              (maxId === null || BigInt(s.id) < BigInt(maxId)) &&
              (sinceId === null || BigInt(s.id) > BigInt(sinceId)) &&
              !(truthy(q.get('exclude_reblogs')) && s.reblog) &&
              !(
                truthy(q.get('exclude_replies')) &&
                s.inReplyToId &&
                s.inReplyToAccountId !== undefined &&
                s.inReplyToAccountId !== account.id
              ) &&
              !(truthy(q.get('only_media')) && !s.media) &&
              !truthy(q.get('pinned')),
          )
      const page = list.slice(0, limit)
      const headers: Record<string, string> = {}
      const keep = new URLSearchParams()
      for (const key of ['limit', 'exclude_reblogs', 'exclude_replies', 'only_media']) {
        const value = q.get(key)
        if (value !== null) keep.set(key, value)
      }
      const link = (param: string, id: string, rel: string): string => {
        const params = new URLSearchParams(keep)
        params.set(param, id)
        return `<${server.url}/api/v1/accounts/${account.id}/statuses?${params.toString()}>; rel="${rel}"`
      }
      const links = []
      if (page.length === limit) links.push(link('max_id', page[page.length - 1]!.id, 'next'))
      if (page.length > 0) links.push(link('min_id', page[0]!.id, 'prev'))
      if (links.length) headers.link = links.join(', ')
      return { body: page.map((s) => statusEntity(s)), headers }
    }),
  )
  await server.start()

  function addAccount(input: FakeAccountInput): FakeAccount {
    const key = input.username.toLowerCase()
    if (idByUsername.has(key)) throw new Error(`fake ${host} already has ${input.username}`)
    const account: FakeAccount = {
      id: String(nextAccountId++),
      username: input.username,
      displayName: input.displayName ?? input.username,
      followers: input.followers ?? 0,
      following: input.following ?? 0,
      statusesCount: input.statusesCount,
      hideCounts: input.hideCounts ?? false,
      suspended: undefined,
      createdAt: new Date('2022-11-07T00:00:00Z'),
      statuses: [],
    }
    accounts.set(account.id, account)
    idByUsername.set(key, account.id)
    return account
  }

  function addStatuses(username: string, inputs: readonly FakeStatusInput[]): FakeStatus[] {
    const account = find(username)
    const added = inputs.map((input) => {
      const status: FakeStatus = { ...input, id: statusId(input.createdAt), accountId: account.id }
      statuses.set(status.id, status)
      return status
    })
    account.statuses.push(...added)
    account.statuses.sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
    return added
  }

  return {
    host,
    server,
    get url() {
      return server.url
    },
    /** The CROSSREACH_MASTODON_ORIGINS entry that points this fake's host at it. */
    get originEntry() {
      return `${host}=${server.url}`
    },
    close: () => server.close(),
    addAccount,
    addStatuses,
    addPosts: addStatuses,
    account: find,
    status: (id: string) => statuses.get(id),
    setFollowers(username: string, followers: number) {
      find(username).followers = followers
    },
    setStatusCounts(
      id: string,
      counts: Pick<FakeStatusInput, 'likes' | 'reposts' | 'replies' | 'quotes'>,
    ) {
      const status = statuses.get(id)
      if (!status) throw new Error(`fake ${host} has no status ${id}`)
      Object.assign(status, counts)
    },
    renameHandle(from: string, to: string) {
      const account = find(from)
      idByUsername.delete(from.toLowerCase())
      idByUsername.set(to.toLowerCase(), account.id)
      account.username = to
    },
    suspend(username: string, mode: 'flag' | 'gone' = 'flag') {
      find(username).suspended = mode
    },
    /** N accounts user0..user{N-1}, each with postsPerAccount posts an hour apart before `until`. */
    generateAccounts(
      n: number,
      gen: { prefix?: string; postsPerAccount?: number; until?: Date } = {},
    ) {
      const until = (gen.until ?? new Date()).getTime()
      return Array.from({ length: n }, (_, i) => {
        const account = addAccount({
          username: `${gen.prefix ?? 'user'}${i}`,
          followers: 1000 + i,
          following: 10 + i,
        })
        addStatuses(
          account.username,
          Array.from({ length: gen.postsPerAccount ?? 0 }, (_, j) => ({
            createdAt: new Date(until - (j + 1) * 3_600_000 - i * 1000),
            content: `<p>Post ${j} of ${account.username}</p>`,
            likes: j,
            reposts: j % 5,
            replies: j % 3,
            quotes: j % 2,
          })),
        )
        return account
      })
    },
  }
}
