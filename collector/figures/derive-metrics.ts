/**
 * Turns the raw parts of one bucket (see get-figures-buckets.ts) into metric values: interactions
 * and impressions from their sums, the derived rates, and the audience share. Pure functions,
 * values unrounded; a bucket without a row (no accounts) gives nulls.
 */
import type { CombinedMetricKey } from '@crossreach/shared/metrics'
import type { FigureBucketRow } from '../store/queries/get-figures-buckets.ts'

export type BucketValues = Record<CombinedMetricKey | 'impressions', number | null> & {
  /** posts averaged into interactionsAt7Days (0 when it is null) */
  postsMeasured: number
}

const EMPTY: BucketValues = {
  followers: null,
  netFollowerChange: null,
  posts: null,
  interactions: null,
  interactionsPerPost: null,
  interactionsPer1kFollowers: null,
  interactionsAt7Days: null,
  impressions: null,
  postsMeasured: 0,
}

/** A sum over the bucket's posts: 0 for a bucket without posts, null when no post has the count. */
export function postSum(
  posts: number | null,
  withValue: number,
  sum: number | null,
): number | null {
  if (posts === null) return null
  if (posts === 0) return 0
  return withValue === 0 ? null : sum
}

function quotient(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null
  return numerator / denominator
}

export function deriveBucket(row: FigureBucketRow | undefined): BucketValues {
  if (!row) return EMPTY
  const interactions = postSum(row.posts, row.measured, row.interactionsSum)
  const perFollower = quotient(interactions, row.followers)
  const atAge = row.posts === null ? null : quotient(row.atAgeSum, row.atAgePosts)
  return {
    followers: row.followers,
    netFollowerChange: row.netFollowerChange,
    posts: row.posts,
    interactions,
    interactionsPerPost: interactions === null ? null : quotient(row.interactionsSum, row.measured),
    interactionsPer1kFollowers: perFollower === null ? null : perFollower * 1000,
    interactionsAt7Days: atAge,
    impressions: postSum(row.posts, row.withImpressions, row.impressionsSum),
    postsMeasured: atAge === null ? 0 : row.atAgePosts,
  }
}

/**
 * Each platform's part of the selection's followers, only when every platform has a count;
 * otherwise null for all.
 */
export function audienceShares(followers: readonly (number | null)[]): (number | null)[] {
  const known = followers.filter((f): f is number => f !== null)
  const total = known.reduce((a, b) => a + b, 0)
  if (known.length !== followers.length || known.length === 0 || total === 0) {
    return followers.map(() => null)
  }
  return followers.map((f) => (f ?? 0) / total)
}
