/**
 * The one interface every platform adapter implements, and the normalised shapes they return.
 * Adapters talk to a platform through its official client; the runner and the store only ever
 * see these shapes. Null always means "the platform did not supply it", never zero.
 */
import type { ParsedHandle } from '@crossreach/shared/handles'
import type { Platform, PostKind } from '@crossreach/shared/platforms'
import type { RunStats } from '../net/run-stats.ts'

/** An account as the platform identifies it, found when the account is added. */
export interface ResolvedAccount {
  /** Bluesky DID, Mastodon account id on its home instance, X user id. */
  platformId: string
  /** The current handle in canonical display form (@name.bsky.social, @name@instance, @name). */
  handle: string
  displayName: string | null
  profileUrl: string | null
  /** Mastodon only: the home instance host. */
  instance: string | null
}

/** What the runner hands an adapter about a stored account. */
export interface AccountRef {
  id: number
  platform: Platform
  platformId: string
  handle: string
  instance: string | null
}

export interface ProfileCounts {
  followers: number | null
  following: number | null
  postsCount: number | null
  /** The handle now, when the platform reports it (Bluesky handles change; the DID stays). */
  handle?: string
  displayName?: string | null
}

export interface PostCounts {
  likes: number | null
  reposts: number | null
  replies: number | null
  quotes: number | null
  bookmarks: number | null
  impressions: number | null
}

export interface CollectedPost {
  postId: string
  url: string | null
  createdAt: Date
  kind: PostKind
  /** Plain text; HTML already converted. */
  text: string
  lang: string | null
  hasMedia: boolean
  counts: PostCounts
}

/** What the runner asks for in one posts run of one account. */
export interface PostsPlan {
  /** The newest post id already stored, if any: listing can stop once it is reached. */
  newestKnownId: string | null
  /** Do not list posts created before this (first run backfill horizon, or the last known post). */
  notBefore: Date
  /** Stored posts whose counts are due for a refresh now (still maturing). */
  refresh: readonly { postId: string; createdAt: Date }[]
}

export interface PostsResult {
  /** New posts and refreshed ones, with their current counts. Reposts of others never appear. */
  posts: CollectedPost[]
}

export interface PlatformAdapter {
  readonly platform: Platform
  /** Whether the adapter can collect at all (X needs a bearer token). A reason when it cannot. */
  available(): { ok: true } | { ok: false; reason: string }
  /** Looks the account up on the platform. Throws AccountNotFoundError / AccountSuspendedError. */
  resolve(handle: ParsedHandle): Promise<ResolvedAccount>
  fetchProfile(account: AccountRef): Promise<ProfileCounts>
  collectPosts(account: AccountRef, plan: PostsPlan): Promise<PostsResult>
  /** Upper bound of what the calls of one run cost in US dollars (0 for free platforms). */
  estimateCost(job: 'profiles' | 'posts', plan?: PostsPlan): number
  /** What the reads counted in a run's stats cost in US dollars (X only; free platforms omit it). */
  costOf?(stats: RunStats): number
}
