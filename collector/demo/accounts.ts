/**
 * The demo's accounts as the generator uses them: the cast entry with its organisation, stable
 * platform id, when it is tracked (and, for the peer that leaves X, when it disappears) and its
 * follower series.
 */
import { DAY, HOUR } from './calendar.ts'
import { ACCOUNTS, ORGANISATIONS, type DemoAccountSpec, type DemoOrganisation } from './cast.ts'
import { followerSeries, type FollowerSeries } from './followers.ts'
import type { Prng } from './prng.ts'
import type { DemoTimeline } from './timeline.ts'
import { platformIdOf } from './variants.ts'

export interface DemoAccount {
  /** Position in the cast; the database id once saved. */
  index: number
  id: number
  spec: DemoAccountSpec
  org: DemoOrganisation
  platformId: string
  /** When crossreach started tracking it (added_at). */
  since: number
  /** The account exists on its platform until then (the peer that leaves X deactivates it). */
  existsUntil: number
  /** When the team stopped tracking it (removed_at), or null. */
  removedAt: number | null
  followers: FollowerSeries
}

export function buildAccounts(timeline: DemoTimeline, rng: Prng): DemoAccount[] {
  return ACCOUNTS.map((spec, index) => {
    const org = ORGANISATIONS.find((o) => o.key === spec.org)
    if (!org) throw new Error(`demo account ${spec.username} has no organisation ${spec.org}`)
    const accountRng = rng.fork(`account-${index}`)
    const since = spec.joinsAtInflux ? timeline.influxDay + 10 * HOUR : timeline.start
    const leaves = spec.role === 'exit'
    const existsUntil = leaves ? timeline.exitDeactivatedAt : Number.POSITIVE_INFINITY
    const boosts = growthBoosts(spec, org, timeline)
    return {
      index,
      id: index + 1,
      spec,
      org,
      platformId: platformIdOf(spec, accountRng),
      since,
      existsUntil,
      removedAt: leaves ? timeline.exitRemovedAt : null,
      followers: followerSeries(
        spec.followers,
        since,
        Math.min(existsUntil, timeline.end),
        timeline,
        boosts,
        accountRng.fork('followers'),
      ),
    }
  })
}

/** Extra growth: campaigns of the own organisation; followers moving over when a peer leaves X. */
function growthBoosts(spec: DemoAccountSpec, org: DemoOrganisation, timeline: DemoTimeline) {
  if (org.kind === 'own') {
    return timeline.campaigns.map((c) => ({ ...c, rate: spec.platform === 'x' ? 3e-4 : 1e-3 }))
  }
  const leaving = ACCOUNTS.some((a) => a.org === spec.org && a.role === 'exit')
  if (leaving && spec.platform !== 'x') {
    return [{ from: timeline.exitDay, to: timeline.exitDay + 14 * DAY, rate: 4e-3 }]
  }
  return []
}

/** Tracked (runs are made) at this moment. */
export function isTracked(account: DemoAccount, ms: number): boolean {
  return ms >= account.since && (account.removedAt === null || ms < account.removedAt)
}

/** Whether the account can post at this moment (exists, and not in a pause on X). */
export function canPost(account: DemoAccount, ms: number, timeline: DemoTimeline): boolean {
  if (ms < account.since || ms >= account.existsUntil) return false
  if (account.spec.role === 'pause' && ms >= timeline.pause.from && ms < timeline.pause.to) {
    return false
  }
  return true
}
