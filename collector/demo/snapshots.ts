/**
 * When the demo's posts are read. A post is first seen by the next hourly posts run after it
 * appears, and its counts are read again as it matures: on Bluesky and Mastodon at about 6 h,
 * 24 h, 48 h, 7 days and 30 days of age, on X (paid reads) at 1 and 7 days, as crossreach's
 * default refresh ages. A read due during a failed run happens at the next run that works.
 */
import type { Platform } from '@crossreach/shared/platforms'
import { DAY, HOUR, MINUTE } from './calendar.ts'
import { isTracked, type DemoAccount } from './accounts.ts'
import type { FailurePlan } from './failures.ts'
import type { DemoPost } from './posting.ts'
import { nextPostsSlot, type DemoTimeline } from './timeline.ts'

const AGES: Record<Platform, readonly number[]> = {
  x: [0, DAY, 7 * DAY],
  bluesky: [0, 6 * HOUR, DAY, 2 * DAY, 7 * DAY, 30 * DAY],
  mastodon: [0, 6 * HOUR, DAY, 2 * DAY, 7 * DAY, 30 * DAY],
}

export const MAX_STAGES = 6

export interface PostRead {
  account: DemoAccount
  post: DemoPost
  slot: number
}

/** Which run of an account a row belongs to: account index and slot minute. */
export function runKey(accountIndex: number, slot: number): number {
  return accountIndex * 1e8 + slot / MINUTE
}

export interface PostReads {
  /** Reads per stage (first sight, then each refresh age): each post at most once per stage. */
  stages: PostRead[][]
  /** Posts first seen, and posts refreshed, per posts run (by runKey). */
  perRun: Map<number, { seen: number; refreshed: number }>
}

export function planPostReads(
  accounts: readonly DemoAccount[],
  posts: readonly (readonly DemoPost[])[],
  timeline: DemoTimeline,
  failures: FailurePlan,
): PostReads {
  const stages: PostRead[][] = Array.from({ length: MAX_STAGES }, () => [])
  const perRun = new Map<number, { seen: number; refreshed: number }>()
  for (const account of accounts) {
    const firstWorkingRun = (from: number): number | null => {
      for (let s = nextPostsSlot(from); s <= timeline.end && isTracked(account, s); s += HOUR) {
        if (failures.ok(account, 'posts', s)) return s
      }
      return null
    }
    for (const post of posts[account.index] ?? []) {
      let previous = Number.NEGATIVE_INFINITY
      AGES[account.spec.platform].forEach((age, stage) => {
        const slot = firstWorkingRun(post.createdAt + Math.max(age, MINUTE))
        if (slot === null || slot <= previous) return
        previous = slot
        stages[stage]!.push({ account, post, slot })
        const key = runKey(account.index, slot)
        const counts = perRun.get(key) ?? { seen: 0, refreshed: 0 }
        if (stage === 0) counts.seen++
        else counts.refreshed++
        perRun.set(key, counts)
      })
    }
  }
  return { stages, perRun }
}
