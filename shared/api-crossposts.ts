/**
 * The contract of /api/crossposts (the same message posted on two or three platforms, and how
 * each platform did with it at equal post age): the query it accepts and the answer's types.
 * Every figure is computed on the server; a post without a count at 7 days is null, never 0.
 */
import type { z } from 'zod'
import { calendarDate, ownOrOrganisationId, platformList, strictQuery } from './api-params.ts'
import type { DateRange } from './periods.ts'
import type { Platform } from './platforms.ts'

export const crosspostsQuery = strictQuery({
  organisation: ownOrOrganisationId.default('own'),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  platforms: platformList(2).optional(),
})
export type CrosspostsQuery = z.input<typeof crosspostsQuery>

export interface CrosspostPost {
  platform: Platform
  accountId: number
  handle: string
  postId: string
  url: string | null
  createdAt: string
  kind: 'original' | 'reply' | 'quote'
  /** Plain text, never HTML. */
  text: string
  /**
   * Interactions (likes + reposts + replies + quotes + bookmarks) at the count closest to 7 days
   * of age, within 36 hours either side, whenever it was taken; null when there is none.
   */
  interactionsAt7Days: number | null
  at7DaysAgeHours: number | null
}

export interface CrosspostGroup {
  /** One post per platform, in platform order (x, bluesky, mastodon). */
  posts: CrosspostPost[]
  /** The lowest text similarity between two posts of the group (0–1, 2 decimals). */
  similarity: number
}

/** One platform over the groups that include it. */
export interface CrosspostPlatformSummary {
  platform: Platform
  /** Groups with a post on this platform. */
  groups: number
  /** Of those, groups whose post here has a count at 7 days. */
  measured: number
  /** Median interactions at 7 days over the measured groups (1 decimal); null when none. */
  median: number | null
}

/** Two platforms over the groups with a count at 7 days on both. */
export interface CrosspostPairSummary {
  platforms: [Platform, Platform]
  groups: number
  /** Median interactions at 7 days on each of the two platforms, in the same order (1 decimal). */
  medians: [number | null, number | null]
}

export interface CrosspostsBody {
  organisation: { id: number; name: string }
  range: DateRange
  platforms: Platform[]
  /** Posts of the organisation in the range on the platforms (all kinds). */
  postsConsidered: number
  /** Matched groups, newest first. */
  groups: CrosspostGroup[]
  summary: { platforms: CrosspostPlatformSummary[]; pairs: CrosspostPairSummary[] }
  /** The matching rules, so the page can state them. */
  method: {
    windowHours: number
    minContainment: number
    minJaccard: number
    equalAgeDays: number
    toleranceHours: number
  }
}
