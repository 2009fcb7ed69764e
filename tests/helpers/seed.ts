/**
 * Exact, readable seeds for figures tests: organisations, accounts, profile snapshots, posts and
 * post metric snapshots inserted straight into the real DuckDB of a test runtime (or any Store).
 * Counts left out of a snapshot are NULL ("not supplied"), never 0.
 */
import type { Platform, PostKind, Source } from '@crossreach/shared/platforms'
import type { Store } from '../../collector/store/db.ts'
import type { PostCounts } from '../../collector/platforms/types.ts'
import type { PostRow } from '../../collector/store/writes/save-snapshots.ts'
import { rebuildAccountDays } from '../../collector/store/writes/save-account-days.ts'
import { rebuildPostDays } from '../../collector/store/writes/save-post-days.ts'
import { rebuildPostSummaries } from '../../collector/store/writes/save-post-summaries.ts'

/** Finds or creates an organisation by name; returns its id. */
export async function seedOrganisation(
  store: Store,
  name: string,
  kind: 'own' | 'peer' = 'own',
): Promise<number> {
  return store.write(async (tx) => {
    await tx.run(`INSERT INTO organisations (name, kind) VALUES (?, ?) ON CONFLICT DO NOTHING`, [
      name,
      kind,
    ])
    const [row] = await tx.all<{ id: number }>(`SELECT id FROM organisations WHERE name = ?`, [
      name,
    ])
    if (!row) throw new Error(`organisation ${name} was not saved`)
    return row.id
  })
}

export interface SeedAccount {
  platform: Platform
  handle: string
  /** Organisation name; created when new. Default "Gemeente Voorbeeld" (own). */
  organisation?: string
  kind?: 'own' | 'peer'
  removedAt?: string
}

/** Inserts an account (and its organisation when new); returns the account id. */
export async function seedAccount(store: Store, account: SeedAccount): Promise<number> {
  const orgId = await seedOrganisation(
    store,
    account.organisation ?? 'Gemeente Voorbeeld',
    account.kind ?? 'own',
  )
  return store.write(async (tx) => {
    const [row] = await tx.all<{ id: number }>(
      `INSERT INTO accounts (organisation_id, platform, platform_id, handle_key, handle, profile_url, removed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?::TIMESTAMPTZ) RETURNING id`,
      [
        orgId,
        account.platform,
        `id-${account.handle}`,
        account.handle.toLowerCase(),
        account.handle,
        `https://example.test/${account.handle}`,
        account.removedAt ?? null,
      ],
    )
    if (!row) throw new Error(`account ${account.handle} was not saved`)
    return row.id
  })
}

/** A moment: `2026-03-02` means 12:00 UTC that day; a full ISO timestamp is taken as is. */
export function moment(at: string): Date {
  return new Date(at.length === 10 ? `${at}T12:00:00Z` : at)
}

/** Follower counts of one account: [[when, followers], …] (see moment()). */
export async function seedFollowers(
  store: Store,
  accountId: number,
  counts: readonly (readonly [string, number | null])[],
  source: Source = 'api',
): Promise<void> {
  await store.write(async (tx) => {
    for (const [at, followers] of counts) {
      const slot = moment(at)
      await tx.run(
        `INSERT INTO profile_snapshots (account_id, slot, source, followers, collected_at)
         VALUES (?, ?::TIMESTAMPTZ, ?, ?, ?::TIMESTAMPTZ)`,
        [accountId, slot.toISOString(), source, followers, slot.toISOString()],
      )
    }
    // Written straight in SQL, so keep the figures' account_days as the store's writes do.
    await rebuildAccountDays(tx, accountId)
  })
}

export interface SeedCounts {
  /** Age of the post when counted, in hours. */
  ageHours: number
  likes?: number
  reposts?: number
  replies?: number
  quotes?: number
  bookmarks?: number
  impressions?: number
  source?: Source
}

export interface SeedPost {
  postId: string
  /** See moment(). */
  createdAt: string
  text?: string
  kind?: PostKind
  url?: string | null
  counts?: readonly SeedCounts[]
}

/** A seed count's separate counts, null where it gives none. */
export function seedCountValues(c: SeedCounts): PostCounts {
  return {
    likes: c.likes ?? null,
    reposts: c.reposts ?? null,
    replies: c.replies ?? null,
    quotes: c.quotes ?? null,
    bookmarks: c.bookmarks ?? null,
    impressions: c.impressions ?? null,
  }
}

/** When a seed count was taken: the post's creation plus the count's age. */
function seedSlot(createdAt: Date, c: SeedCounts): Date {
  return new Date(createdAt.getTime() + c.ageHours * 3_600_000)
}

function seedUrl(post: SeedPost): string | null {
  return post.url === undefined ? `https://example.test/post/${post.postId}` : post.url
}

/**
 * What a collection hands the store for a seed post's counts: one PostRow per count (slot =
 * created + age), for tests that write through save-snapshots.ts as the collector does.
 */
export function collectedPostRows(accountId: number, post: SeedPost): PostRow[] {
  const createdAt = moment(post.createdAt)
  return (post.counts ?? []).map((c) => {
    const slot = seedSlot(createdAt, c)
    return {
      accountId,
      post: {
        postId: post.postId,
        url: seedUrl(post),
        createdAt,
        kind: post.kind ?? 'original',
        text: post.text ?? `Post ${post.postId}`,
        lang: 'nl',
        hasMedia: false,
        counts: seedCountValues(c),
      },
      slot,
      source: c.source ?? 'api',
      collectedAt: slot,
      runId: null,
    }
  })
}

/** Posts of one account with their metric snapshots (slot = created + age). */
export async function seedPosts(
  store: Store,
  accountId: number,
  posts: readonly SeedPost[],
): Promise<void> {
  await store.write(async (tx) => {
    for (const post of posts) {
      const created = moment(post.createdAt)
      await tx.run(
        `INSERT INTO posts (account_id, post_id, url, created_at, kind, text, source, first_seen_at)
         VALUES (?, ?, ?, ?::TIMESTAMPTZ, ?, ?, 'api', ?::TIMESTAMPTZ)`,
        [
          accountId,
          post.postId,
          seedUrl(post),
          created.toISOString(),
          post.kind ?? 'original',
          post.text ?? `Post ${post.postId}`,
          created.toISOString(),
        ],
      )
      for (const c of post.counts ?? []) {
        const slot = seedSlot(created, c).toISOString()
        const values = seedCountValues(c)
        await tx.run(
          `INSERT INTO post_metric_snapshots (account_id, post_id, slot, source, age_seconds,
             likes, reposts, replies, quotes, bookmarks, impressions, collected_at)
           VALUES (?, ?, ?::TIMESTAMPTZ, ?, ?, ?, ?, ?, ?, ?, ?, ?::TIMESTAMPTZ)`,
          [
            accountId,
            post.postId,
            slot,
            c.source ?? 'api',
            Math.round(c.ageHours * 3600),
            values.likes,
            values.reposts,
            values.replies,
            values.quotes,
            values.bookmarks,
            values.impressions,
            slot,
          ],
        )
      }
    }
    await rebuildAccountDays(tx, accountId)
    await rebuildPostSummaries(tx, accountId)
    await rebuildPostDays(tx, accountId)
  })
}
