/**
 * The contract of /api/crossposts (the same message posted on two or three platforms, and how
 * each platform did with it at equal post age): the query it accepts and the answer's types.
 * Every figure is computed on the server; a post without a count at 7 days is null, never 0.
 */
import { z } from 'zod'
import { parseIsoDate, type DateRange } from './periods.ts'
import { PLATFORMS, isPlatform, type Platform } from './platforms.ts'

const calendarDate = z
  .string()
  .refine((v) => parseIsoDate(v) !== null, 'must be a calendar date as YYYY-MM-DD')

const platformList = z.string().transform((value, ctx) => {
  const parts = value
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p !== '')
  const unknown = parts.filter((p) => !isPlatform(p))
  if (parts.length < 2 || unknown.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a comma-separated list of at least two of ${PLATFORMS.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}`,
    })
    return z.NEVER
  }
  return PLATFORMS.filter((p) => parts.includes(p))
})

export const crosspostsQuery = z.strictObject(
  {
    organisation: z
      .string()
      .regex(/^(own|[1-9]\d{0,9})$/, 'must be own or an organisation id')
      .transform((v): 'own' | number => (v === 'own' ? 'own' : Number(v)))
      .default('own'),
    from: calendarDate.optional(),
    to: calendarDate.optional(),
    platforms: platformList.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.join(', ')}: unknown parameter; use organisation, from, to, platforms`
        : undefined,
  },
)
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
