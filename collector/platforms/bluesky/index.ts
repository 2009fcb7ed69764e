/**
 * The Bluesky platform adapter: accounts are keyed by DID (handles change, DIDs do not), posts
 * are listed from the author feed newest first until the last known post or the time horizon,
 * and the counts of older posts still maturing are re-read with getPosts, 25 at a time.
 * Reposts of other people's posts are skipped; a pinned post is listed once, in its own right.
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
import { BlueskyClient, POSTS_BATCH_LIMIT, type Subject } from './client.ts'
import { blueskyConfig, type BlueskyConfig } from './config.ts'
import {
  classifyFeedItem,
  feedSortTime,
  postCreatedAt,
  toCollectedPost,
  toProfileCounts,
  toResolvedAccount,
} from './map.ts'

export { blueskyConfig, type BlueskyConfig } from './config.ts'

export function createBlueskyAdapter(
  config: BlueskyConfig = blueskyConfig(),
  gates: GateRegistry = new GateRegistry(() => config.gate),
): PlatformAdapter {
  const gate = gates.get(new URL(config.appviewUrl).host)
  const client = new BlueskyClient(config.appviewUrl, gate)

  return {
    platform: 'bluesky',

    available: () => ({ ok: true }),

    async resolve(handle: ParsedHandle): Promise<ResolvedAccount> {
      if (handle.platform !== 'bluesky') {
        throw new PlatformError(
          'bad_request',
          `A ${handle.platform} handle was given to the Bluesky adapter.`,
        )
      }
      const profile = await client.getProfile(handle.actor, { label: handle.actor, typed: true })
      return toResolvedAccount(profile, handle.actor)
    },

    async fetchProfile(account: AccountRef): Promise<ProfileCounts> {
      // By DID, so an account that changed its handle is still found.
      const profile = await client.getProfile(account.platformId, storedSubject(account))
      return toProfileCounts(profile)
    },

    async collectPosts(account: AccountRef, plan: PostsPlan): Promise<PostsResult> {
      const collected = await listNewPosts(client, account, plan)
      await refreshRemaining(client, account.platformId, plan, collected)
      return { posts: [...collected.values()] }
    },

    estimateCost: () => 0,
  }
}

function storedSubject(account: AccountRef): Subject {
  return { label: `${account.handle} (${account.platformId})`, typed: false }
}

/**
 * Pages through the author feed until the newest known post or a post older than notBefore.
 * The pinned post comes first on page one whatever its age, so it never ends the listing;
 * it may appear again in its normal place later, and the map keeps it once.
 * Posts due for a refresh that show up on the pages read are kept with their fresh counts.
 */
async function listNewPosts(
  client: BlueskyClient,
  account: AccountRef,
  plan: PostsPlan,
): Promise<Map<string, CollectedPost>> {
  const did = account.platformId
  const subject = storedSubject(account)
  const notBefore = plan.notBefore.getTime()
  const wanted = new Set(plan.refresh.map((r) => r.postId))
  const collected = new Map<string, CollectedPost>()
  let cursor: string | undefined
  let firstPage = true
  let done = false

  while (!done) {
    const page = await client.getAuthorFeed(did, cursor, firstPage, subject)
    firstPage = false
    for (const item of page.feed) {
      const kind = classifyFeedItem(item, did)
      if (kind === 'foreign') continue
      if (kind === 'repost') {
        // Ordered by repost time: an old repost means everything after it is older still.
        if (feedSortTime(item) < notBefore) done = true
        continue
      }
      const uri = item.post.uri
      let isNew = false
      if (kind === 'pinned') {
        isNew = uri !== plan.newestKnownId && postCreatedAt(item.post).getTime() >= notBefore
      } else if (!done) {
        if (uri === plan.newestKnownId || feedSortTime(item) < notBefore) done = true
        else isNew = true
      }
      if ((isNew || wanted.has(uri)) && !collected.has(uri))
        collected.set(uri, toCollectedPost(item.post))
    }
    if (!page.cursor || page.cursor === cursor || page.feed.length === 0) break
    cursor = page.cursor
  }
  return collected
}

/** Re-reads the counts of posts due for a refresh that the feed pages did not already cover. */
async function refreshRemaining(
  client: BlueskyClient,
  did: string,
  plan: PostsPlan,
  collected: Map<string, CollectedPost>,
): Promise<void> {
  const remaining = [...new Set(plan.refresh.map((r) => r.postId))].filter(
    (uri) => !collected.has(uri),
  )
  const batches: string[][] = []
  for (let i = 0; i < remaining.length; i += POSTS_BATCH_LIMIT) {
    batches.push(remaining.slice(i, i + POSTS_BATCH_LIMIT))
  }
  const results = await Promise.all(batches.map((uris) => client.getPosts(uris)))
  for (const post of results.flat()) {
    if (post.author.did === did && !collected.has(post.uri))
      collected.set(post.uri, toCollectedPost(post))
  }
}
