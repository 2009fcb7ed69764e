/**
 * Pure mapping from Bluesky AppView payloads (profileViewDetailed, feedViewPost, postView) to
 * crossreach's normalised shapes. Counts the AppView leaves out stay null; Bluesky has no
 * impressions. Post records are untyped in the lexicon, so they are parsed defensively here.
 */
import type { AppBskyActorDefs, AppBskyFeedDefs } from '@atproto/api'
import { z } from 'zod'
import type { PostKind } from '@crossreach/shared/platforms'
import type { CollectedPost, PostCounts, ProfileCounts, ResolvedAccount } from '../types.ts'

/** The handle the AppView reports when a handle no longer verifies against its DID. */
export const INVALID_HANDLE = 'handle.invalid'

const REASON_REPOST = 'app.bsky.feed.defs#reasonRepost'
const REASON_PIN = 'app.bsky.feed.defs#reasonPin'
const MEDIA_VIEWS = new Set([
  'app.bsky.embed.images#view',
  'app.bsky.embed.video#view',
  'app.bsky.embed.gallery#view',
  'app.bsky.embed.recordWithMedia#view',
])
const MEDIA_RECORDS = new Set([
  'app.bsky.embed.images',
  'app.bsky.embed.video',
  'app.bsky.embed.gallery',
  'app.bsky.embed.recordWithMedia',
])
const QUOTE_VIEWS = new Set(['app.bsky.embed.record#view', 'app.bsky.embed.recordWithMedia#view'])
const QUOTE_RECORDS = new Set(['app.bsky.embed.record', 'app.bsky.embed.recordWithMedia'])

const strongRef = z.object({ uri: z.string() }).loose()
const postRecord = z
  .object({
    text: z.string().catch(''),
    createdAt: z.string().optional().catch(undefined),
    langs: z.array(z.string()).optional().catch(undefined),
    reply: z.object({}).loose().optional().catch(undefined),
    embed: z
      .object({
        $type: z.string(),
        // app.bsky.embed.record: {record: strongRef}; recordWithMedia: {record: {record: strongRef}}
        record: z
          .object({ uri: z.string().optional(), record: z.unknown().optional() })
          .loose()
          .optional()
          .catch(undefined),
      })
      .loose()
      .optional()
      .catch(undefined),
  })
  .loose()
type PostRecord = z.infer<typeof postRecord>

/** `@name.bsky.social`; an unverifiable handle falls back to what the user typed, else the DID. */
export function displayHandle(handle: string, did: string, typed?: string): string {
  if (handle !== INVALID_HANDLE) return `@${handle}`
  if (typed && !typed.startsWith('did:')) return `@${typed}`
  return did
}

export function profileUrl(handle: string, did: string): string {
  const who = handle === INVALID_HANDLE ? did : handle
  return `https://bsky.app/profile/${who}`
}

export function toResolvedAccount(
  profile: AppBskyActorDefs.ProfileViewDetailed,
  typedActor: string,
): ResolvedAccount {
  return {
    platformId: profile.did,
    handle: displayHandle(profile.handle, profile.did, typedActor),
    displayName: nonEmpty(profile.displayName),
    profileUrl: profileUrl(profile.handle, profile.did),
    instance: null,
  }
}

export function toProfileCounts(profile: AppBskyActorDefs.ProfileViewDetailed): ProfileCounts {
  const counts: ProfileCounts = {
    followers: count(profile.followersCount),
    following: count(profile.followsCount),
    postsCount: count(profile.postsCount),
    displayName: nonEmpty(profile.displayName),
  }
  // An unverifiable handle is not a rename: leave the stored handle alone.
  if (profile.handle !== INVALID_HANDLE) counts.handle = `@${profile.handle}`
  return counts
}

export type FeedItemKind = 'post' | 'pinned' | 'repost' | 'foreign'

/** What one author-feed item is to the collector: the author's own post, their pin, or not theirs. */
export function classifyFeedItem(
  item: AppBskyFeedDefs.FeedViewPost,
  authorDid: string,
): FeedItemKind {
  const reason = item.reason?.$type
  if (reason === REASON_REPOST) return 'repost'
  if (item.post.author.did !== authorDid) return 'foreign'
  return reason === REASON_PIN ? 'pinned' : 'post'
}

/**
 * The time the feed is ordered by, in epoch ms: the repost time for reposts, otherwise the
 * earlier of the claimed creation time and the indexing time (as the AppView sorts).
 */
export function feedSortTime(item: AppBskyFeedDefs.FeedViewPost): number {
  const reason = item.reason
  if (
    reason?.$type === REASON_REPOST &&
    'indexedAt' in reason &&
    typeof reason.indexedAt === 'string'
  ) {
    const at = Date.parse(reason.indexedAt)
    if (!Number.isNaN(at)) return at
  }
  const indexed = Date.parse(item.post.indexedAt)
  const created = postCreatedAt(item.post).getTime()
  return Number.isNaN(indexed) ? created : Math.min(indexed, created)
}

/** https://bsky.app/profile/<did>/post/<rkey> for at://<did>/app.bsky.feed.post/<rkey>. */
export function postWebUrl(uri: string): string | null {
  const m = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/?#]+)$/.exec(uri)
  return m ? `https://bsky.app/profile/${m[1]}/post/${m[2]}` : null
}

export function postCreatedAt(post: AppBskyFeedDefs.PostView): Date {
  const record = parseRecord(post)
  const claimed = record?.createdAt ? Date.parse(record.createdAt) : Number.NaN
  return new Date(Number.isNaN(claimed) ? Date.parse(post.indexedAt) : claimed)
}

export function toPostCounts(post: AppBskyFeedDefs.PostView): PostCounts {
  return {
    likes: count(post.likeCount),
    reposts: count(post.repostCount),
    replies: count(post.replyCount),
    quotes: count(post.quoteCount),
    bookmarks: count(post.bookmarkCount),
    impressions: null,
  }
}

export function toCollectedPost(post: AppBskyFeedDefs.PostView): CollectedPost {
  const record = parseRecord(post)
  return {
    postId: post.uri,
    url: postWebUrl(post.uri),
    createdAt: postCreatedAt(post),
    kind: postKind(post, record),
    text: record?.text ?? '',
    lang: record?.langs?.[0] ?? null,
    hasMedia: hasMedia(post, record),
    counts: toPostCounts(post),
  }
}

function postKind(post: AppBskyFeedDefs.PostView, record: PostRecord | undefined): PostKind {
  if (record?.reply) return 'reply'
  const viewType = post.embed?.$type
  if (viewType && QUOTE_VIEWS.has(viewType)) return quotesAPost(record) ? 'quote' : 'original'
  const recordType = record?.embed?.$type
  if (recordType && QUOTE_RECORDS.has(recordType)) return quotesAPost(record) ? 'quote' : 'original'
  return 'original'
}

/** Record embeds can also point at feeds, lists or starter packs; only an embedded post is a quote. */
function quotesAPost(record: PostRecord | undefined): boolean {
  const embedded = record?.embed?.record
  if (!embedded) return true
  const uri = typeof embedded.uri === 'string' ? embedded.uri : embeddedUri(embedded.record)
  return uri === undefined || uri.includes('/app.bsky.feed.post/')
}

function embeddedUri(value: unknown): string | undefined {
  const parsed = strongRef.safeParse(value)
  return parsed.success ? parsed.data.uri : undefined
}

function hasMedia(post: AppBskyFeedDefs.PostView, record: PostRecord | undefined): boolean {
  const viewType = post.embed?.$type
  if (viewType) return MEDIA_VIEWS.has(viewType)
  const recordType = record?.embed?.$type
  return recordType !== undefined && MEDIA_RECORDS.has(recordType)
}

function parseRecord(post: AppBskyFeedDefs.PostView): PostRecord | undefined {
  const parsed = postRecord.safeParse(post.record)
  return parsed.success ? parsed.data : undefined
}

function count(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}
