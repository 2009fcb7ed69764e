/**
 * A fake Bluesky public AppView (getProfile, getAuthorFeed, getPosts) speaking the real lexicon
 * shapes, so the unmodified @atproto/api client accepts its answers: real CIDv1 strings, did:plc
 * identifiers, TID record keys, $type on union members. Seeding is cheap and lookups use maps,
 * so a benchmark can load a thousand accounts. Faults and request logs come from FakeServer.
 */
import { createHash } from 'node:crypto'
import { FakeServer, type Fault, type FakeRequest, type FakeResponse } from './fake-server.ts'

export const XRPC = {
  getProfile: /\/xrpc\/app\.bsky\.actor\.getProfile$/,
  getAuthorFeed: /\/xrpc\/app\.bsky\.feed\.getAuthorFeed$/,
  getPosts: /\/xrpc\/app\.bsky\.feed\.getPosts$/,
}

export type MediaKind = 'images' | 'video' | 'gallery' | 'external'
export type CountName = 'likes' | 'reposts' | 'replies' | 'quotes' | 'bookmarks'
/** A count left undefined is 0; null means the AppView omits the field. */
export type SeedCounts = Partial<Record<CountName, number | null>>

export interface SeedAccount {
  handle: string
  did?: string
  displayName?: string
  followers?: number | null
  following?: number | null
  /** Defaults to the number of seeded posts; null omits it. */
  postsCount?: number | null
}

export interface SeedPost {
  text?: string
  createdAt: Date | string
  indexedAt?: Date | string
  langs?: string[]
  /** at:// URI of the post this replies to. */
  replyTo?: string
  /** at:// URI of the quoted post. */
  quoteOf?: string
  media?: MediaKind
  /** null: the AppView sends no counts at all. */
  counts?: SeedCounts | null
}

export interface FakePostRef {
  uri: string
  cid: string
  did: string
  rkey: string
  createdAt: Date
  /** https://bsky.app/profile/<did>/post/<rkey> */
  url: string
}

export interface BlueskyFakeOptions {
  latencyMs?: number
  /** Sends RateLimit-* headers and answers 429 beyond the budget (the public AppView may send none). */
  rate?: { budget: number; windowMs?: number }
}

interface Account {
  did: string
  handle: string
  displayName: string | undefined
  followers: number | null
  following: number | null
  postsCount: number | null | undefined
  state: 'active' | 'takendown' | 'deactivated'
  pinned: string | undefined
  entries: Entry[]
  sorted: boolean
  ownPosts: number
}

interface Post extends FakePostRef {
  indexedAt: Date
  text: string
  langs: string[] | undefined
  reply: { root: string; parent: string } | undefined
  quoteOf: string | undefined
  media: MediaKind | undefined
  counts: Record<CountName, number | null>
}

type PostViewJson = { uri: string } & Record<string, unknown>

/** One feed line: the author's post, or their repost of someone else's. */
interface Entry {
  uri: string
  sortAt: number
  key: string
  repost?: { uri: string; cid: string; indexedAt: string }
}

const B32 = 'abcdefghijklmnopqrstuvwxyz234567'
const S32 = '234567abcdefghijklmnopqrstuvwxyz'
const COUNT_FIELDS: Record<CountName, string> = {
  likes: 'likeCount',
  reposts: 'repostCount',
  replies: 'replyCount',
  quotes: 'quoteCount',
  bookmarks: 'bookmarkCount',
}
const CREATED = '2023-05-01T09:00:00.000Z'
const ACTOR = /^(did:[a-z]+:[A-Za-z0-9._:%-]+|([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*)$/i

function base32(bytes: Uint8Array): string {
  let out = ''
  let bits = 0
  let value = 0
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  return bits > 0 ? out + B32[(value << (5 - bits)) & 31] : out
}

/** A real CIDv1 (dag-cbor, sha2-256, base32): "bafyrei…", 59 characters. */
export function fakeCid(content: string): string {
  const digest = createHash('sha256').update(content).digest()
  return 'b' + base32(Buffer.concat([Buffer.from([0x01, 0x71, 0x12, 0x20]), digest]))
}

/** did:plc: followed by 24 base32 characters, stable for a seed. */
export function fakeDid(seed: string): string {
  return 'did:plc:' + base32(createHash('sha256').update(seed).digest()).slice(0, 24)
}

/** A TID record key: microseconds since 1970 (53 bits) and a 10-bit clock id, sortable base32. */
export function fakeTid(at: Date, clockId: number): string {
  // 13 characters of 5 bits: 11 for the microseconds (the top 2 bits stay 0), 2 for the clock id.
  let micros = at.getTime() * 1000
  let out = S32[(clockId >> 5) & 31]! + S32[clockId & 31]!
  for (let i = 0; i < 11; i++) {
    out = S32[micros % 32]! + out
    micros = Math.floor(micros / 32)
  }
  return out
}

/** The XRPC 429 answer with Bluesky's headers, for FakeServer.fault. */
export function rateLimitFault(retryAfterSeconds: number): Fault {
  const reset = Math.floor(Date.now() / 1000) + retryAfterSeconds
  return {
    kind: 'status',
    status: 429,
    headers: {
      'RateLimit-Limit': '3000',
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': String(reset),
      'RateLimit-Policy': '3000;w=300',
      'Retry-After': String(retryAfterSeconds),
    },
    body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
  }
}

/** An HTML error page, as a proxy in front of the AppView would send it. */
export function htmlErrorFault(status: number): Fault {
  return {
    kind: 'status',
    status,
    text: `<html><body><h1>${status} Bad Gateway</h1></body></html>`,
  }
}

export class BlueskyFake {
  readonly server: FakeServer
  private readonly accounts = new Map<string, Account>()
  private readonly byHandle = new Map<string, string>()
  private readonly posts = new Map<string, Post>()
  private clock = 0

  constructor(server: FakeServer) {
    this.server = server
    server.route('GET', XRPC.getProfile, (req) => this.getProfile(req))
    server.route('GET', XRPC.getAuthorFeed, (req) => this.getAuthorFeed(req))
    server.route('GET', XRPC.getPosts, (req) => this.getPosts(req))
  }

  get url(): string {
    return this.server.url
  }

  close(): Promise<void> {
    return this.server.close()
  }

  /** Requests the fake received for one method, e.g. requests('getPosts').length. */
  requests(method: keyof typeof XRPC): FakeRequest[] {
    return this.server.requestsTo(XRPC[method])
  }

  addAccount(seed: SeedAccount): { did: string; handle: string } {
    const handle = seed.handle.toLowerCase()
    if (this.byHandle.has(handle)) throw new Error(`fake: handle ${handle} already taken`)
    const did = seed.did ?? fakeDid(handle)
    this.accounts.set(did, {
      did,
      handle,
      displayName: seed.displayName,
      followers: seed.followers === undefined ? 100 : seed.followers,
      following: seed.following === undefined ? 10 : seed.following,
      postsCount: seed.postsCount,
      state: 'active',
      pinned: undefined,
      entries: [],
      sorted: true,
      ownPosts: 0,
    })
    this.byHandle.set(handle, did)
    return { did, handle }
  }

  /** n accounts <prefix>-<i>.bsky.social, each with postsPerAccount posts an hour apart. */
  generateAccounts(
    n: number,
    opts: { prefix?: string; postsPerAccount?: number; newest?: Date; intervalMs?: number } = {},
  ): { did: string; handle: string }[] {
    const out: { did: string; handle: string }[] = []
    for (let i = 0; i < n; i++) {
      const account = this.addAccount({
        handle: `${opts.prefix ?? 'account'}-${i}.bsky.social`,
        followers: 1000 + i,
      })
      this.generatePosts(account.did, opts.postsPerAccount ?? 0, opts)
      out.push(account)
    }
    return out
  }

  /** n original posts, index 0 newest, intervalMs apart, with counts from the index. */
  generatePosts(
    actor: string,
    n: number,
    opts: { newest?: Date; intervalMs?: number } = {},
  ): FakePostRef[] {
    const newest = (opts.newest ?? new Date()).getTime()
    const step = opts.intervalMs ?? 3_600_000
    const refs: FakePostRef[] = []
    for (let i = 0; i < n; i++) {
      const createdAt = new Date(newest - i * step)
      refs.push(
        this.addPost(actor, {
          text: `Post ${i}`,
          createdAt,
          langs: ['en'],
          counts: { likes: i, reposts: i % 7 },
        }),
      )
    }
    return refs
  }

  addPosts(actor: string, seeds: SeedPost[]): FakePostRef[] {
    return seeds.map((seed) => this.addPost(actor, seed))
  }

  addPost(actor: string, seed: SeedPost): FakePostRef {
    const account = this.account(actor)
    const createdAt = new Date(seed.createdAt)
    const indexedAt = new Date(seed.indexedAt ?? createdAt.getTime() + 800)
    let rkey = fakeTid(createdAt, this.clock++)
    while (this.posts.has(`at://${account.did}/app.bsky.feed.post/${rkey}`))
      rkey = fakeTid(createdAt, this.clock++)
    const uri = `at://${account.did}/app.bsky.feed.post/${rkey}`
    const parent = seed.replyTo ? this.posts.get(seed.replyTo) : undefined
    const counts = {} as Record<CountName, number | null>
    for (const name of Object.keys(COUNT_FIELDS) as CountName[]) {
      const given = seed.counts === null ? null : seed.counts?.[name]
      counts[name] = given === undefined ? 0 : given
    }
    const post: Post = {
      uri,
      cid: fakeCid(uri),
      did: account.did,
      rkey,
      createdAt,
      url: `https://bsky.app/profile/${account.did}/post/${rkey}`,
      indexedAt,
      text: seed.text ?? '',
      langs: seed.langs,
      reply: seed.replyTo
        ? { parent: seed.replyTo, root: parent?.reply?.root ?? seed.replyTo }
        : undefined,
      quoteOf: seed.quoteOf,
      media: seed.media,
      counts,
    }
    this.posts.set(uri, post)
    const sortAt = Math.min(createdAt.getTime(), indexedAt.getTime())
    account.entries.push({ uri, sortAt, key: `${sortAt}__${post.cid}` })
    account.sorted = false
    account.ownPosts++
    return { uri, cid: post.cid, did: account.did, rkey, createdAt, url: post.url }
  }

  /** actor reposts someone else's post (which must exist in the fake) at the given time. */
  addRepost(actor: string, subjectUri: string, at: Date | string): void {
    const account = this.account(actor)
    if (!this.posts.has(subjectUri)) throw new Error(`fake: no post ${subjectUri} to repost`)
    const when = new Date(at)
    const uri = `at://${account.did}/app.bsky.feed.repost/${fakeTid(when, this.clock++)}`
    const cid = fakeCid(uri)
    account.entries.push({
      uri: subjectUri,
      sortAt: when.getTime(),
      key: `${when.getTime()}__${cid}`,
      repost: { uri, cid, indexedAt: when.toISOString() },
    })
    account.sorted = false
  }

  pin(actor: string, uri: string | undefined): void {
    this.account(actor).pinned = uri
  }

  setFollowers(actor: string, followers: number | null, following?: number | null): void {
    const account = this.account(actor)
    account.followers = followers
    if (following !== undefined) account.following = following
  }

  setCounts(uri: string, counts: SeedCounts): void {
    const post = this.posts.get(uri)
    if (!post) throw new Error(`fake: no post ${uri}`)
    for (const [name, value] of Object.entries(counts) as [CountName, number | null][])
      post.counts[name] = value
  }

  /** Same DID, new handle; the old handle stops resolving. */
  renameHandle(actor: string, newHandle: string): void {
    const account = this.account(actor)
    this.byHandle.delete(account.handle)
    account.handle = newHandle.toLowerCase()
    this.byHandle.set(account.handle, account.did)
  }

  suspend(actor: string): void {
    this.account(actor).state = 'takendown'
  }

  deactivate(actor: string): void {
    this.account(actor).state = 'deactivated'
  }

  reactivate(actor: string): void {
    this.account(actor).state = 'active'
  }

  private account(actor: string): Account {
    const found = this.lookup(actor)
    if (!found) throw new Error(`fake: no account ${actor}`)
    return found
  }

  private lookup(actor: string): Account | undefined {
    const did = actor.startsWith('did:')
      ? actor
      : this.byHandle.get(actor.replace(/^@/, '').toLowerCase())
    return did === undefined ? undefined : this.accounts.get(did)
  }

  private getProfile(req: FakeRequest): FakeResponse {
    const account = this.actorParam(req)
    if (!('did' in account)) return account
    if (account.state === 'takendown')
      return xrpcError('AccountTakedown', 'Account has been suspended')
    if (account.state === 'deactivated')
      return xrpcError('AccountDeactivated', 'Account is deactivated')
    const pinned = account.pinned ? this.posts.get(account.pinned) : undefined
    return {
      body: {
        ...this.basicProfile(account),
        description: `Official account of ${account.displayName ?? account.handle}`,
        ...optional('followersCount', account.followers),
        ...optional('followsCount', account.following),
        ...optional(
          'postsCount',
          account.postsCount === undefined ? account.ownPosts : account.postsCount,
        ),
        associated: { lists: 0, feedgens: 0, starterPacks: 0, labeler: false },
        indexedAt: CREATED,
        viewer: { muted: false, blockedBy: false },
        ...(pinned ? { pinnedPost: { uri: pinned.uri, cid: pinned.cid } } : {}),
      },
    }
  }

  private getAuthorFeed(req: FakeRequest): FakeResponse {
    const account = this.actorParam(req)
    if (!('did' in account)) return account
    // Without includeTakedowns the AppView does not see suspended or deactivated actors here.
    if (account.state !== 'active') return xrpcError('InvalidRequest', 'Profile not found')
    const params = req.url.searchParams
    const limit = Number(params.get('limit') ?? 50)
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return xrpcError('InvalidRequest', 'Error: limit must be an integer between 1 and 100')
    }
    if (!account.sorted) {
      account.entries.sort((a, b) => b.sortAt - a.sortAt || (a.key < b.key ? 1 : -1))
      account.sorted = true
    }
    const filter = params.get('filter') ?? 'posts_with_replies'
    const cursor = params.get('cursor') ?? undefined
    const entries = account.entries.filter((e) => this.passes(e, filter, account.did))
    const start = cursor === undefined ? 0 : entries.findIndex((e) => afterCursor(e, cursor))
    const page = start < 0 ? [] : entries.slice(start, start + limit)
    const more = start >= 0 && start + limit < entries.length
    let items = page.map((e) => this.feedViewPost(e))
    if (cursor === undefined && params.get('includePins') === 'true' && account.pinned) {
      const pinned = this.posts.get(account.pinned)
      if (pinned) {
        // As the AppView does: removed from this page only, put first with reasonPin.
        items = items.filter((item) => item.post.uri !== pinned.uri || item.reason !== undefined)
        items.unshift({
          ...this.feedViewPost({ uri: pinned.uri, sortAt: 0, key: '' }),
          reason: { $type: 'app.bsky.feed.defs#reasonPin' },
        })
      }
    }
    const last = page[page.length - 1]
    return { body: { feed: items, ...(more && last ? { cursor: last.key } : {}) } }
  }

  private getPosts(req: FakeRequest): FakeResponse {
    const uris = req.url.searchParams.getAll('uris')
    if (uris.length === 0)
      return xrpcError('InvalidRequest', 'Error: Params must have the property "uris"')
    if (uris.length > 25)
      return xrpcError('InvalidRequest', 'Error: uris must not have more than 25 elements')
    const posts = uris
      .map((uri) => this.posts.get(uri))
      .filter((p): p is Post => p !== undefined && this.accounts.get(p.did)?.state === 'active')
      .map((p) => this.postView(p))
    return { body: { posts } }
  }

  private actorParam(req: FakeRequest): Account | FakeResponse {
    const actor = req.url.searchParams.get('actor')
    if (!actor) return xrpcError('InvalidRequest', 'Error: Params must have the property "actor"')
    if (!ACTOR.test(actor))
      return xrpcError('InvalidRequest', 'Error: actor must be a valid did or a handle')
    return this.lookup(actor) ?? xrpcError('InvalidRequest', 'Profile not found')
  }

  private passes(entry: Entry, filter: string, did: string): boolean {
    const post = this.posts.get(entry.uri)
    if (!post) return false
    const own = !entry.repost
    switch (filter) {
      case 'posts_no_replies':
        return !own || !post.reply
      case 'posts_with_media':
        return (
          own && (post.media === 'images' || post.media === 'video' || post.media === 'gallery')
        )
      case 'posts_with_video':
        return own && post.media === 'video'
      case 'posts_and_author_threads':
        return !own || !post.reply || post.reply.root.startsWith(`at://${did}/`)
      default:
        return true
    }
  }

  private feedViewPost(entry: Entry): { post: { uri: string }; reason?: unknown; reply?: unknown } {
    const post = this.posts.get(entry.uri)!
    const item: { post: { uri: string }; reason?: unknown; reply?: unknown } = {
      post: this.postView(post),
    }
    if (post.reply) {
      item.reply = {
        root: this.replyRef(post.reply.root),
        parent: this.replyRef(post.reply.parent),
      }
    }
    if (entry.repost) {
      const by = this.accounts.get(entry.repost.uri.split('/')[2]!)!
      item.reason = {
        $type: 'app.bsky.feed.defs#reasonRepost',
        by: this.basicProfile(by),
        ...entry.repost,
      }
    }
    return item
  }

  private replyRef(uri: string): unknown {
    const post = this.posts.get(uri)
    if (!post) return { $type: 'app.bsky.feed.defs#notFoundPost', uri, notFound: true }
    return { $type: 'app.bsky.feed.defs#postView', ...this.postView(post) }
  }

  private postView(post: Post): PostViewJson {
    const author = this.accounts.get(post.did)!
    const counts: Record<string, number> = {}
    for (const [name, field] of Object.entries(COUNT_FIELDS) as [CountName, string][]) {
      const value = post.counts[name]
      if (value !== null) counts[field] = value
    }
    const embed = this.embeds(post)
    return {
      uri: post.uri,
      cid: post.cid,
      author: this.basicProfile(author),
      record: {
        $type: 'app.bsky.feed.post',
        text: post.text,
        createdAt: post.createdAt.toISOString(),
        ...(post.langs ? { langs: post.langs } : {}),
        ...(post.reply
          ? {
              reply: {
                root: this.strongRef(post.reply.root),
                parent: this.strongRef(post.reply.parent),
              },
            }
          : {}),
        ...(embed ? { embed: embed.record } : {}),
      },
      ...(embed ? { embed: embed.view } : {}),
      ...counts,
      indexedAt: post.indexedAt.toISOString(),
      labels: [],
    }
  }

  private embeds(post: Post): { record: unknown; view: unknown } | undefined {
    const media = post.media ? mediaEmbed(post.media, post.did, post.cid) : undefined
    if (!post.quoteOf) return media
    const quoted = this.posts.get(post.quoteOf)
    const recordView = {
      record: quoted
        ? {
            $type: 'app.bsky.embed.record#viewRecord',
            uri: quoted.uri,
            cid: quoted.cid,
            author: this.basicProfile(this.accounts.get(quoted.did)!),
            value: {
              $type: 'app.bsky.feed.post',
              text: quoted.text,
              createdAt: quoted.createdAt.toISOString(),
            },
            indexedAt: quoted.indexedAt.toISOString(),
          }
        : { $type: 'app.bsky.embed.record#viewNotFound', uri: post.quoteOf, notFound: true },
    }
    const ref = this.strongRef(post.quoteOf)
    if (!media) {
      return {
        record: { $type: 'app.bsky.embed.record', record: ref },
        view: { $type: 'app.bsky.embed.record#view', ...recordView },
      }
    }
    return {
      record: {
        $type: 'app.bsky.embed.recordWithMedia',
        record: { record: ref },
        media: media.record,
      },
      view: { $type: 'app.bsky.embed.recordWithMedia#view', record: recordView, media: media.view },
    }
  }

  private strongRef(uri: string): { uri: string; cid: string } {
    return { uri, cid: this.posts.get(uri)?.cid ?? fakeCid(uri) }
  }

  private basicProfile(account: Account): Record<string, unknown> {
    return {
      did: account.did,
      handle: account.handle,
      ...(account.displayName ? { displayName: account.displayName } : {}),
      avatar: `https://cdn.bsky.app/img/avatar/plain/${account.did}/${fakeCid(account.did)}@jpeg`,
      labels: [],
      createdAt: CREATED,
    }
  }
}

function mediaEmbed(kind: MediaKind, did: string, cid: string): { record: unknown; view: unknown } {
  const img = (size: string) => `https://cdn.bsky.app/img/${size}/plain/${did}/${cid}@jpeg`
  const blob = (mimeType: string) => ({
    $type: 'blob',
    ref: { $link: cid },
    mimeType,
    size: 123456,
  })
  const aspectRatio = { width: 1200, height: 800 }
  switch (kind) {
    case 'images':
      return {
        record: {
          $type: 'app.bsky.embed.images',
          images: [{ image: blob('image/jpeg'), alt: 'A photo', aspectRatio }],
        },
        view: {
          $type: 'app.bsky.embed.images#view',
          images: [
            {
              thumb: img('feed_thumbnail'),
              fullsize: img('feed_fullsize'),
              alt: 'A photo',
              aspectRatio,
            },
          ],
        },
      }
    case 'video':
      return {
        record: { $type: 'app.bsky.embed.video', video: blob('video/mp4'), aspectRatio },
        view: {
          $type: 'app.bsky.embed.video#view',
          cid,
          playlist: `https://video.bsky.app/watch/${encodeURIComponent(did)}/${cid}/playlist.m3u8`,
          thumbnail: `https://video.bsky.app/watch/${encodeURIComponent(did)}/${cid}/thumbnail.jpg`,
          aspectRatio,
        },
      }
    case 'gallery':
      return {
        record: {
          $type: 'app.bsky.embed.gallery',
          items: [
            {
              $type: 'app.bsky.embed.gallery#image',
              image: blob('image/jpeg'),
              alt: '',
              aspectRatio,
            },
          ],
        },
        view: {
          $type: 'app.bsky.embed.gallery#view',
          items: [
            {
              $type: 'app.bsky.embed.gallery#viewImage',
              thumbnail: img('feed_thumbnail'),
              fullsize: img('feed_fullsize'),
              alt: '',
              aspectRatio,
            },
          ],
        },
      }
    case 'external': {
      const external = {
        uri: 'https://example.org/report',
        title: 'Annual report',
        description: 'Our year in numbers',
      }
      return {
        record: { $type: 'app.bsky.embed.external', external },
        view: { $type: 'app.bsky.embed.external#view', external },
      }
    }
  }
}

/** Entries strictly after the cursor key in newest-first order. */
function afterCursor(entry: Entry, cursor: string): boolean {
  const [at, cid = ''] = cursor.split('__')
  const sortAt = Number(at)
  return (
    entry.sortAt < sortAt ||
    (entry.sortAt === sortAt && entry.key.slice(entry.key.indexOf('__') + 2) < cid)
  )
}

function optional(field: string, value: number | null): Record<string, number> {
  return value === null ? {} : { [field]: value }
}

function xrpcError(error: string, message: string): FakeResponse {
  return { status: 400, body: { error, message } }
}

export async function startBlueskyFake(opts: BlueskyFakeOptions = {}): Promise<BlueskyFake> {
  const rate = opts.rate
  const server = new FakeServer({
    latencyMs: opts.latencyMs,
    rate: rate && {
      windowMs: rate.windowMs ?? 300_000,
      budget: rate.budget,
      headers: (limit, remaining, resetAtMs) => ({
        'RateLimit-Limit': String(limit),
        'RateLimit-Remaining': String(remaining),
        'RateLimit-Reset': String(Math.floor(resetAtMs / 1000)),
        'RateLimit-Policy': `${limit};w=${Math.round((rate.windowMs ?? 300_000) / 1000)}`,
      }),
      body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
    },
  })
  const fake = new BlueskyFake(server)
  await server.start()
  return fake
}
