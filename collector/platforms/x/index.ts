/**
 * The X platform adapter (API v2, pay-per-use): resolves usernames, reads follower counts, lists
 * an account's new posts and refreshes the counts of maturing ones, and estimates what a run costs.
 * Needs a bearer token (CROSSREACH_X_BEARER_TOKEN); without one, X data comes from CSV or manual entry.
 */
import type { ParsedHandle } from '@crossreach/shared/handles'
import { GateRegistry } from '../../net/host-gate.ts'
import { PlatformError } from '../errors.ts'
import type {
  AccountRef,
  CollectedPost,
  PlatformAdapter,
  PostsPlan,
  PostsResult,
  ProfileCounts,
  ResolvedAccount,
} from '../types.ts'
import { XApiClient, type TimelineQuery } from './client.ts'
import { costOf, xConfig, type XConfig } from './config.ts'
import { isRepost, toCollectedPost, toProfileCounts, toResolvedAccount } from './map.ts'
import { postsPage, userFromResponse, userProblemError } from './wire.ts'

export { costOf } from './config.ts'

export const NO_TOKEN_REASON =
  'No X API token (CROSSREACH_X_BEARER_TOKEN); use X Analytics CSV import or manual entry instead'

/** X takes at most 100 ids per posts lookup. */
const IDS_PER_LOOKUP = 100
/** X refuses start_time before this, and start_time within the last 10 seconds. */
const EARLIEST_START = Date.parse('2010-11-06T00:00:01Z')
const START_TIME_MARGIN_MS = 10_000
const NUMERIC_ID = /^\d{1,20}$/
/** Pages an hourly poll may read (40 new posts an hour at the default page size). */
const POLL_PAGES = 2

export interface XAdapter extends PlatformAdapter {
  readonly platform: 'x'
  /** Dollars for billed reads at this adapter's prices. */
  costOf(stats: { billedUsers: number; billedPosts: number }): number
}

export function createXAdapter(config: XConfig = xConfig(), gates?: GateRegistry): XAdapter {
  const registry = gates ?? new GateRegistry(() => config.gate)
  const token = config.bearerToken
  const api = token ? new XApiClient(config, token, registry.get(config.host)) : undefined

  /** A first run back-fills up to maxPages; an hourly poll after it reads at most POLL_PAGES. */
  function listingPages(plan: PostsPlan): number {
    return plan.newestKnownId ? Math.min(POLL_PAGES, config.maxPages) : config.maxPages
  }

  function requireApi(): XApiClient {
    if (!api) throw new PlatformError('config', NO_TOKEN_REASON)
    return api
  }

  async function listNewPosts(
    account: AccountRef,
    plan: PostsPlan,
    into: Map<string, CollectedPost>,
  ): Promise<void> {
    const client = requireApi()
    const notBefore = plan.notBefore.getTime()
    const query: TimelineQuery = { maxResults: config.maxResults }
    if (plan.newestKnownId && NUMERIC_ID.test(plan.newestKnownId)) {
      query.sinceId = plan.newestKnownId
    } else {
      if (notBefore > Date.now() - START_TIME_MARGIN_MS) return
      query.startTime = xTime(Math.max(notBefore, EARLIEST_START))
    }
    for (let page = 0; page < listingPages(plan); page++) {
      const result = postsPage(await client.timelinePage(account.platformId, query))
      if (
        page === 0 &&
        result.posts.length === 0 &&
        result.problems.some((p) => p.resource_type === 'user')
      ) {
        throw userProblemError(result.problems, account.handle)
      }
      let reachedOlder = false
      for (const post of result.posts) {
        if (isRepost(post)) continue
        const collected = toCollectedPost(post)
        if (collected.createdAt.getTime() < notBefore) reachedOlder = true
        else into.set(collected.postId, collected)
      }
      if (reachedOlder || !result.nextToken) return
      query.paginationToken = result.nextToken
    }
  }

  async function refreshPosts(plan: PostsPlan, into: Map<string, CollectedPost>): Promise<void> {
    const client = requireApi()
    const ids = [...new Set(plan.refresh.map((r) => r.postId))].filter(
      (id) => NUMERIC_ID.test(id) && !into.has(id),
    )
    for (let i = 0; i < ids.length; i += IDS_PER_LOOKUP) {
      const result = postsPage(await client.postsByIds(ids.slice(i, i + IDS_PER_LOOKUP)))
      for (const post of result.posts) {
        if (!isRepost(post)) into.set(post.id, toCollectedPost(post))
      }
    }
  }

  return {
    platform: 'x',

    available() {
      return token ? { ok: true } : { ok: false, reason: NO_TOKEN_REASON }
    },

    async resolve(handle: ParsedHandle): Promise<ResolvedAccount> {
      if (handle.platform !== 'x')
        throw new PlatformError(
          'bad_request',
          'The X adapter was given a handle of another platform',
        )
      const body = await requireApi().userByUsername(handle.username)
      return toResolvedAccount(userFromResponse(body, `@${handle.username}`))
    },

    async fetchProfile(account: AccountRef): Promise<ProfileCounts> {
      const body = await requireApi().userById(account.platformId)
      return toProfileCounts(userFromResponse(body, account.handle))
    },

    async collectPosts(account: AccountRef, plan: PostsPlan): Promise<PostsResult> {
      const found = new Map<string, CollectedPost>()
      await listNewPosts(account, plan, found)
      await refreshPosts(plan, found)
      return { posts: [...found.values()] }
    },

    estimateCost(job: 'profiles' | 'posts', plan?: PostsPlan): number {
      if (job === 'profiles') return costOf({ billedUsers: 1, billedPosts: 0 }, config.prices)
      // A true upper bound: the listing never reads more pages than listingPages allows.
      const refresh = new Set(plan?.refresh.map((r) => r.postId) ?? []).size
      const listing = plan ? listingPages(plan) * config.maxResults : config.maxResults
      return costOf({ billedUsers: 0, billedPosts: listing + refresh }, config.prices)
    },

    costOf(stats) {
      return costOf(stats, config.prices)
    },
  }
}

/** X wants RFC 3339 without milliseconds: 2026-01-02T03:04:05Z. */
function xTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
