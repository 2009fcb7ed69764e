/**
 * Stored posts whose counts are due for a refresh at `now`, following the refresh policy:
 * free platforms hourly while young, then daily; X only when a billed milestone age has passed
 * since the last snapshot (X charges per post read).
 */
import type { Platform } from '@crossreach/shared/platforms'
import type { Store } from '../db.ts'

export interface RefreshPolicy {
  hourlyHours: number
  dailyDays: number
  xAgesHours: number[]
}

export async function getDuePosts(
  store: Store,
  account: { id: number; platform: Platform },
  policy: RefreshPolicy,
  now: Date,
): Promise<{ postId: string; createdAt: Date }[]> {
  const rows = await store.all<{
    postId: string
    createdAt: Date
    lastAgeSeconds: number | null
    lastSlot: Date | null
  }>(
    `SELECT p.post_id, p.created_at, max(m.age_seconds) AS last_age_seconds, max(m.slot) AS last_slot
     FROM posts p
     LEFT JOIN post_metric_snapshots m
       ON m.account_id = p.account_id AND m.post_id = p.post_id AND m.source = 'api'
     WHERE p.account_id = ? AND p.source = 'api'
       AND p.created_at > ?::TIMESTAMPTZ - to_days(?)
     GROUP BY p.post_id, p.created_at
     ORDER BY p.created_at DESC`,
    [
      account.id,
      now,
      account.platform === 'x'
        ? Math.ceil(Math.max(0, ...policy.xAgesHours) / 24) + 2
        : policy.dailyDays,
    ],
  )
  return rows
    .filter((r) => isDue(account.platform, r, policy, now))
    .map((r) => ({ postId: r.postId, createdAt: r.createdAt }))
}

function isDue(
  platform: Platform,
  r: { createdAt: Date; lastAgeSeconds: number | null; lastSlot: Date | null },
  policy: RefreshPolicy,
  now: Date,
): boolean {
  const ageHours = (now.getTime() - r.createdAt.getTime()) / 3_600_000
  if (platform === 'x') {
    const lastAgeHours = (r.lastAgeSeconds ?? 0) / 3600
    // Due when a milestone lies between the last snapshot's age and now (within two days of it).
    return policy.xAgesHours.some((m) => ageHours >= m && lastAgeHours < m && ageHours < m + 48)
  }
  if (ageHours > policy.dailyDays * 24) return false
  const sinceLastHours = r.lastSlot ? (now.getTime() - r.lastSlot.getTime()) / 3_600_000 : Infinity
  // Small slack so a job that runs a few minutes early or late still refreshes.
  return ageHours <= policy.hourlyHours ? sinceLastHours >= 0.9 : sinceLastHours >= 23
}
