/**
 * The peer ranking, computed once on the server from per-account figures: per organisation the
 * followers per platform, the total, the share on the alternatives (Bluesky + Mastodon), growth
 * against the previous period and interactions per 1,000 followers; ranked by total followers.
 * Pure functions; rules are in shared/api-peers.ts beside each field.
 */
import type { PeerGroupMember, PeerRanking } from '@crossreach/shared/api-peers'
import { PLATFORMS, type Platform } from '@crossreach/shared/platforms'
import type { PeerAccountFigures } from '../store/queries/get-peer-account-figures.ts'

const ALTERNATIVES: readonly Platform[] = ['bluesky', 'mastodon']

function round(value: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round(value * f) / f
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

export function rankOrganisation(
  organisation: PeerGroupMember,
  accounts: readonly PeerAccountFigures[],
): Omit<PeerRanking, 'rank'> {
  const platforms = PLATFORMS.filter((p) => accounts.some((a) => a.platform === p))
  const followers = {} as Record<Platform, number | null>
  for (const p of PLATFORMS) {
    const counts = accounts.filter((a) => a.platform === p && a.followers !== null)
    followers[p] = counts.length === 0 ? null : sum(counts.map((a) => a.followers!))
  }
  const complete = platforms.length > 0 && platforms.every((p) => followers[p] !== null)
  const totalFollowers = complete ? sum(platforms.map((p) => followers[p]!)) : null
  const alternatives = sum(ALTERNATIVES.map((p) => followers[p] ?? 0))
  const both = accounts.filter((a) => a.followers !== null && a.previousFollowers !== null)
  const previous = sum(both.map((a) => a.previousFollowers!))
  const followerChange = both.length === 0 ? null : sum(both.map((a) => a.followers!)) - previous
  const rated = accounts.filter((a) => a.followers !== null && a.interactions !== null)
  const ratedFollowers = sum(rated.map((a) => a.followers!))
  const withInteractions = accounts.filter((a) => a.interactions !== null)
  return {
    organisation,
    platforms,
    followers,
    totalFollowers,
    alternativesSharePct:
      totalFollowers === null || totalFollowers === 0
        ? null
        : round((alternatives / totalFollowers) * 100, 1),
    followerChange,
    growthPct:
      followerChange === null || previous === 0
        ? null
        : round((followerChange / previous) * 100, 1),
    interactions:
      withInteractions.length === 0 ? null : sum(withInteractions.map((a) => a.interactions!)),
    interactionsPer1kFollowers:
      rated.length === 0 || ratedFollowers === 0
        ? null
        : round((sum(rated.map((a) => a.interactions!)) / ratedFollowers) * 1000, 2),
  }
}

/** Ranked by total followers (most first); organisations without a total last, unranked. */
export function rankPeers(
  members: readonly PeerGroupMember[],
  accounts: readonly PeerAccountFigures[],
): PeerRanking[] {
  const rows = members.map((m) =>
    rankOrganisation(
      m,
      accounts.filter((a) => a.organisationId === m.id),
    ),
  )
  rows.sort(
    (a, b) =>
      (b.totalFollowers ?? -1) - (a.totalFollowers ?? -1) ||
      a.organisation.name.localeCompare(b.organisation.name),
  )
  return rows.map((r, i) => ({ rank: r.totalFollowers === null ? null : i + 1, ...r }))
}
