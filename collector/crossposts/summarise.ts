/**
 * The summaries of matched cross-posts, computed once on the server: per platform the median
 * interactions at 7 days over the groups that include it, and per pair of platforms the medians
 * over the groups with a count at 7 days on both ("the median cross-posted message got N
 * interactions on Bluesky, M on X"). Pure functions.
 */
import type {
  CrosspostGroup,
  CrosspostPairSummary,
  CrosspostPlatformSummary,
} from '@crossreach/shared/api-crossposts'
import type { Platform } from '@crossreach/shared/platforms'

/** The middle value (the mean of the two middle values for an even count), 1 decimal; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return Math.round(value * 10) / 10
}

function countOn(group: CrosspostGroup, platform: Platform): number | null | undefined {
  return group.posts.find((p) => p.platform === platform)?.interactionsAt7Days
}

export function summarisePlatforms(
  groups: readonly CrosspostGroup[],
  platforms: readonly Platform[],
): CrosspostPlatformSummary[] {
  return platforms.map((platform) => {
    const including = groups.filter((g) => countOn(g, platform) !== undefined)
    const values = including
      .map((g) => countOn(g, platform))
      .filter((v): v is number => typeof v === 'number')
    return { platform, groups: including.length, measured: values.length, median: median(values) }
  })
}

export function summarisePairs(
  groups: readonly CrosspostGroup[],
  platforms: readonly Platform[],
): CrosspostPairSummary[] {
  const pairs: CrosspostPairSummary[] = []
  for (let i = 0; i < platforms.length; i++) {
    for (let j = i + 1; j < platforms.length; j++) {
      const a = platforms[i]!
      const b = platforms[j]!
      const both = groups
        .map((g) => [countOn(g, a), countOn(g, b)] as const)
        .filter(
          (v): v is readonly [number, number] =>
            typeof v[0] === 'number' && typeof v[1] === 'number',
        )
      pairs.push({
        platforms: [a, b],
        groups: both.length,
        medians: [median(both.map((v) => v[0])), median(both.map((v) => v[1]))],
      })
    }
  }
  return pairs
}
