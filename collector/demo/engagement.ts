/**
 * Interactions of a demo post: its final totals (a heavy-tailed, log-normal spread: many quiet
 * posts, a few that go viral) and the counts at a given age, which grow along a saturating curve.
 * Only the metrics a platform supplies get numbers; the rest stay null, never 0: X has
 * impressions, Bluesky bookmarks, Mastodon neither (and quotes only from its 4.5 upgrade).
 */
import type { Platform, PostKind } from '@crossreach/shared/platforms'
import type { PostCounts } from '../platforms/types.ts'
import { HOUR } from './calendar.ts'
import type { Prng } from './prng.ts'

export interface Totals {
  likes: number
  reposts: number
  replies: number
  quotes: number
  bookmarks: number
  impressions: number
}

/** Interactions per follower of an average post. */
const RATE: Record<Platform, number> = { x: 0.0022, bluesky: 0.011, mastodon: 0.009 }

/** How the interactions of a post divide over the metrics. */
const SPLIT: Record<Platform, Omit<Totals, 'impressions'>> = {
  x: { likes: 0.62, reposts: 0.16, replies: 0.12, quotes: 0.03, bookmarks: 0.07 },
  bluesky: { likes: 0.66, reposts: 0.18, replies: 0.08, quotes: 0.04, bookmarks: 0.04 },
  mastodon: { likes: 0.58, reposts: 0.3, replies: 0.1, quotes: 0.02, bookmarks: 0 },
}

const KIND_FACTOR: Record<PostKind, number> = { original: 1, reply: 0.08, quote: 0.5 }

export function postTotals(
  platform: Platform,
  kind: PostKind,
  followers: number,
  appeal: number,
  rng: Prng,
): Totals {
  let spread = rng.logNormalMeanOne(1.15)
  if (kind === 'original' && rng.chance(0.004)) spread *= rng.range(8, 25)
  const expected = followers * RATE[platform] * KIND_FACTOR[kind] * appeal * spread
  const split = SPLIT[platform]
  const part = (share: number) => Math.round(expected * share * rng.logNormalMeanOne(0.35))
  const likes = part(split.likes)
  return {
    likes,
    reposts: part(split.reposts),
    replies: part(split.replies),
    quotes: part(split.quotes),
    bookmarks: part(split.bookmarks),
    impressions: Math.round(
      (expected + 1) * rng.range(70, 150) + followers * 0.03 * rng.logNormalMeanOne(0.4),
    ),
  }
}

/** Share of the final count reached at an age: about 25% after 1 h, 85% after a day, all after a week. */
export function maturity(ageMs: number, halfLifeHours = 8): number {
  if (ageMs <= 0) return 0
  return 1 - Math.exp(-Math.pow(ageMs / (halfLifeHours * HOUR), 0.6))
}

/** Counts at an age as the platform would report them. */
export function countsAt(
  platform: Platform,
  totals: Totals,
  ageMs: number,
  quotesSupplied: boolean,
): PostCounts {
  const f = maturity(ageMs)
  const at = (n: number) => Math.floor(n * f)
  return {
    likes: at(totals.likes),
    reposts: at(totals.reposts),
    replies: at(totals.replies),
    quotes: platform !== 'mastodon' || quotesSupplied ? at(totals.quotes) : null,
    bookmarks: platform === 'mastodon' ? null : at(totals.bookmarks),
    impressions: platform === 'x' ? Math.floor(totals.impressions * maturity(ageMs, 10)) : null,
  }
}
