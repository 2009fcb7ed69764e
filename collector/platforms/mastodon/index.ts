/**
 * The Mastodon adapter: every account is read on its HOME instance (the only place whose counts
 * are right), one request policy per instance host. Posts come from the account's public
 * timeline without boosts; the counts of stored posts due for a refresh are taken from the same
 * pages, which is cheaper than asking for each post.
 */
import type { ParsedHandle } from '@crossreach/shared/handles'
import { GateRegistry } from '../../net/host-gate.ts'
import { AccountSuspendedError, PlatformError } from '../errors.ts'
import type {
  AccountRef,
  CollectedPost,
  PlatformAdapter,
  PostsPlan,
  PostsResult,
  ProfileCounts,
  ResolvedAccount,
} from '../types.ts'
import { MastodonClient } from './client.ts'
import { mastodonConfig, type MastodonConfig } from './config.ts'
import { toCollectedPost, toProfileCounts, toResolvedAccount, type MastodonAccount } from './map.ts'

export { mastodonConfig, type MastodonConfig } from './config.ts'

export function createMastodonAdapter(
  config: MastodonConfig = mastodonConfig(),
  gates: GateRegistry = new GateRegistry(() => config.gate),
): PlatformAdapter {
  const client = new MastodonClient(config, gates)

  return {
    platform: 'mastodon',

    available: () => ({ ok: true }),

    async resolve(handle: ParsedHandle): Promise<ResolvedAccount> {
      if (handle.platform !== 'mastodon') {
        throw new PlatformError(
          'bad_request',
          `A ${handle.platform} handle was given to the Mastodon adapter.`,
        )
      }
      const account = await client.lookup(handle.instance, handle.username)
      rejectSuspended(account, `@${handle.username}@${handle.instance}`)
      return toResolvedAccount(account, handle.instance)
    },

    async fetchProfile(account: AccountRef): Promise<ProfileCounts> {
      const host = homeInstance(account)
      const found = await client.fetchAccount(host, account.platformId, account.handle)
      rejectSuspended(found, account.handle)
      return toProfileCounts(found, host)
    },

    async collectPosts(account: AccountRef, plan: PostsPlan): Promise<PostsResult> {
      return { posts: await collectTimeline(client, homeInstance(account), account, plan) }
    },

    estimateCost: () => 0,
  }
}

function homeInstance(account: AccountRef): string {
  if (!account.instance) {
    throw new PlatformError(
      'config',
      `The Mastodon account ${account.handle} has no home instance stored; remove it and add it again as @name@instance.`,
    )
  }
  return account.instance
}

function rejectSuspended(account: MastodonAccount, address: string): void {
  if (account.suspended) {
    throw new AccountSuspendedError(`The Mastodon account ${address} is suspended by its instance.`)
  }
}

/**
 * Pages back through the timeline until both are done: new posts (stop at the newest known
 * post or at notBefore) and refresh posts (stop once all are seen or the pages are older).
 */
async function collectTimeline(
  client: MastodonClient,
  host: string,
  account: AccountRef,
  plan: PostsPlan,
): Promise<CollectedPost[]> {
  const notBefore = plan.notBefore.getTime()
  const pendingRefresh = new Set(plan.refresh.map((r) => r.postId))
  const oldestRefresh = plan.refresh.reduce(
    (oldest, r) => Math.min(oldest, r.createdAt.getTime()),
    Number.POSITIVE_INFINITY,
  )
  const posts: CollectedPost[] = []
  let reachedKnown = false
  let maxId: string | undefined

  for (;;) {
    const page = await client.statusesPage(host, account.platformId, account.handle, maxId)
    let oldestOnPage = Number.POSITIVE_INFINITY
    for (const status of page.statuses) {
      if (status.reblog) continue
      const post = toCollectedPost(status)
      const created = post.createdAt.getTime()
      oldestOnPage = Math.min(oldestOnPage, created)
      if (status.id === plan.newestKnownId) reachedKnown = true
      if (pendingRefresh.delete(status.id)) posts.push(post)
      else if (!reachedKnown && created >= notBefore) posts.push(post)
    }
    const newDone = reachedKnown || oldestOnPage < notBefore
    const refreshDone = pendingRefresh.size === 0 || oldestOnPage < oldestRefresh
    if (newDone && refreshDone) break
    if (page.statuses.length === 0 || page.nextMaxId === undefined || page.nextMaxId === maxId)
      break
    maxId = page.nextMaxId
  }
  return posts
}
