/**
 * Parsed X API v2 records (see wire.ts) → crossreach's normalised shapes. Pure functions:
 * accounts, profile counts, post kinds (reposts of others are recognised and left out by the
 * caller), plain text and per-post counts, where a missing count is null, never zero.
 */
import type { PostKind } from '@crossreach/shared/platforms'
import type { CollectedPost, PostCounts, ProfileCounts, ResolvedAccount } from '../types.ts'
import type { XPost, XUser } from './wire.ts'

export function toResolvedAccount(user: XUser): ResolvedAccount {
  return {
    platformId: user.id,
    handle: `@${user.username}`,
    displayName: user.name ?? null,
    profileUrl: `https://x.com/${user.username}`,
    instance: null,
  }
}

export function toProfileCounts(user: XUser): ProfileCounts {
  const m = user.public_metrics
  return {
    followers: m?.followers_count ?? null,
    following: m?.following_count ?? null,
    postsCount: m ? (m.tweet_count ?? m.post_count) : null,
    handle: `@${user.username}`,
    displayName: user.name ?? null,
  }
}

function references(post: XPost): { type: string; id: string }[] {
  return post.referenced_tweets ?? post.referenced_posts ?? []
}

export function isRepost(post: XPost): boolean {
  return references(post).some((r) => r.type === 'retweeted')
}

export function postKind(post: XPost): PostKind {
  const refs = references(post)
  if (refs.some((r) => r.type === 'replied_to')) return 'reply'
  if (refs.some((r) => r.type === 'quoted')) return 'quote'
  if (refs.length === 0) {
    // Without the references field, a reply still shows in its conversation or reply target.
    if (post.in_reply_to_user_id) return 'reply'
    if (post.conversation_id && post.conversation_id !== post.id) return 'reply'
  }
  return 'original'
}

const X_EPOCH_MS = 1288834974657n

/** The creation time encoded in a snowflake id (every post id since November 2010). */
export function snowflakeTime(id: string): Date {
  return new Date(Number((BigInt(id) >> 22n) + X_EPOCH_MS))
}

function createdAt(post: XPost): Date {
  const parsed = post.created_at ? new Date(post.created_at) : undefined
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : snowflakeTime(post.id)
}

/** X escapes &, < and > in post text. */
function plainText(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')
}

export function toPostCounts(post: XPost): PostCounts {
  const m = post.public_metrics
  return {
    likes: m?.like_count ?? null,
    reposts: m ? (m.retweet_count ?? m.repost_count) : null,
    replies: m?.reply_count ?? null,
    quotes: m?.quote_count ?? null,
    bookmarks: m?.bookmark_count ?? null,
    impressions: m?.impression_count ?? null,
  }
}

export function toCollectedPost(post: XPost): CollectedPost {
  const lang = post.lang && post.lang !== 'und' && post.lang !== 'zxx' ? post.lang : null
  return {
    postId: post.id,
    url: `https://x.com/i/web/status/${post.id}`,
    createdAt: createdAt(post),
    kind: postKind(post),
    text: plainText(post.text),
    lang,
    hasMedia: (post.attachments?.media_keys?.length ?? 0) > 0,
    counts: toPostCounts(post),
  }
}
