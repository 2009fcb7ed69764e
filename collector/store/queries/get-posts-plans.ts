/**
 * The posts plan of every account of a job in two queries: where listing can stop (newest stored
 * post), how far back a first run reaches, and which stored posts are due for a refresh now.
 * Due posts follow the refresh policy: free platforms hourly while young, then daily; X only when
 * a billed milestone age has passed since the last snapshot (X charges per post read).
 */
import type { Platform } from '@crossreach/shared/platforms'
import type { Store } from '../db.ts'
import type { PostsPlan } from '../../platforms/types.ts'

export interface RefreshPolicy {
  hourlyHours: number
  dailyDays: number
  xAgesHours: number[]
}

export async function getPostsPlans(
  store: Store,
  accounts: readonly { id: number; platform: Platform }[],
  policy: RefreshPolicy,
  backfillDays: number,
  now: Date,
): Promise<Map<number, PostsPlan>> {
  const plans = new Map<number, PostsPlan>()
  if (accounts.length === 0) return plans
  const ids = accounts.map((a) => a.id)
  const list = ids.map(() => '?').join(', ')
  const newest = await store.all<{ accountId: number; postId: string; createdAt: Date }>(
    `SELECT account_id, arg_max(post_id, (created_at, post_id)) AS post_id, max(created_at) AS created_at
     FROM posts WHERE source = 'api' AND account_id IN (${list}) GROUP BY account_id`,
    ids,
  )
  const horizonDays = Math.max(
    policy.dailyDays,
    Math.ceil(Math.max(0, ...policy.xAgesHours) / 24) + 2,
  )
  const candidates = await store.all<{
    accountId: number
    postId: string
    createdAt: Date
    lastAgeSeconds: number | null
    lastSlot: Date | null
  }>(
    `SELECT p.account_id, p.post_id, p.created_at, max(m.age_seconds) AS last_age_seconds, max(m.slot) AS last_slot
     FROM posts p
     LEFT JOIN post_metric_snapshots m
       ON m.account_id = p.account_id AND m.post_id = p.post_id AND m.source = 'api'
     WHERE p.source = 'api' AND p.account_id IN (${list})
       AND p.created_at > ?::TIMESTAMPTZ - to_days(CAST(? AS INTEGER))
     GROUP BY p.account_id, p.post_id, p.created_at
     ORDER BY p.created_at DESC`,
    [...ids, now, horizonDays],
  )
  const platformOf = new Map(accounts.map((a) => [a.id, a.platform]))
  const newestOf = new Map(newest.map((n) => [n.accountId, n]))
  const backfillStart = new Date(now.getTime() - backfillDays * 86_400_000)
  for (const id of ids) {
    const n = newestOf.get(id)
    plans.set(id, {
      newestKnownId: n?.postId ?? null,
      notBefore: n ? n.createdAt : backfillStart,
      refresh: [],
    })
  }
  for (const c of candidates) {
    if (isDue(platformOf.get(c.accountId)!, c, policy, now)) {
      ;(plans.get(c.accountId)!.refresh as { postId: string; createdAt: Date }[]).push({
        postId: c.postId,
        createdAt: c.createdAt,
      })
    }
  }
  return plans
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
