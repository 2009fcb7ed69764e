/**
 * The contract of the peer benchmark: peer groups (named sets of organisations, own and peers)
 * and /api/peers, a ranking of a group's organisations from public data: followers per platform,
 * the share on the alternatives (Bluesky + Mastodon), growth against the previous period, and
 * interactions per 1,000 followers. Every figure is computed on the server; a missing count is
 * null, never 0.
 */
import { z } from 'zod'
import { calendarDate, strictQuery } from './api-params.ts'
import type { DateRange } from './periods.ts'
import type { Platform } from './platforms.ts'

/** Create or replace a group: its name and all its organisations. */
export const peerGroupBody = z.strictObject({
  name: z.string().trim().min(1, 'is empty: give the group a name').max(200),
  organisationIds: z
    .array(z.number().int().positive())
    .min(1, 'must name at least one organisation')
    .max(500)
    .transform((ids) => [...new Set(ids)]),
})
export type PeerGroupBody = z.input<typeof peerGroupBody>

export const peersQuery = strictQuery({
  group: z.coerce
    .number({ error: 'must be a peer group id (see /api/peers/groups)' })
    .int('must be a peer group id')
    .positive('must be a peer group id'),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
})
export type PeersQuery = z.input<typeof peersQuery>

export interface PeerGroupMember {
  id: number
  name: string
  kind: 'own' | 'peer'
}

export interface PeerGroup {
  id: number
  name: string
  /** Own organisations first, then by name. */
  members: PeerGroupMember[]
}

export interface PeerRanking {
  /** 1 for the most followers in total; organisations without a total come last, unranked (null). */
  rank: number | null
  organisation: PeerGroupMember
  /** Platforms the organisation has accounts on (in the range). */
  platforms: Platform[]
  /** The latest count in the range per platform; null without a count (or without an account). */
  followers: Record<Platform, number | null>
  /** All platforms together; null unless every platform it is on has a count. */
  totalFollowers: number | null
  /** (Bluesky + Mastodon) ÷ total × 100, 1 decimal. */
  alternativesSharePct: number | null
  /** Followers now minus at the end of the previous period, over accounts with both counts. */
  followerChange: number | null
  /** followerChange ÷ the previous count of the same accounts × 100, 1 decimal. */
  growthPct: number | null
  /** Interactions on the posts of the range (latest count up to the end of the range). */
  interactions: number | null
  /** Interactions ÷ followers × 1,000 over the accounts that have both, 2 decimals. */
  interactionsPer1kFollowers: number | null
}

export interface PeersBody {
  group: PeerGroup
  range: DateRange
  previousRange: DateRange
  /** Ranked by total followers. */
  organisations: PeerRanking[]
}
