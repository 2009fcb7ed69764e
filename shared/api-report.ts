/**
 * The council report's contract: the query of /api/report (and its PDF, XLSX and CSV variants)
 * and the shape of the answer: a plain-language summary, key figures per platform, the series
 * behind the charts, top posts, the definitions used and the data gaps of the period.
 */
import { z } from 'zod'
import type { PostFigures } from './api.ts'
import type { MetricKey } from './metrics.ts'
import { calendarDate, ownOrOrganisationId, strictQuery } from './api-params.ts'
import type { DateRange, Grain } from './periods.ts'
import type { Platform } from './platforms.ts'

export const REPORT_LANGUAGES = ['nl', 'en'] as const
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number]

const reportShape = {
  /** own (the first own organisation) or an organisation id. */
  organisation: ownOrOrganisationId.optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  lang: z.enum(REPORT_LANGUAGES, { error: 'must be nl or en' }).default('nl'),
}

export const reportQuery = strictQuery(reportShape)
export type ReportQuery = z.input<typeof reportQuery>

/** The tables of a report, by id, for CSV downloads. */
export const REPORT_TABLES = ['followers', 'engagement', 'series', 'top-posts', 'gaps'] as const
export type ReportTableId = (typeof REPORT_TABLES)[number]

export const reportCsvQuery = strictQuery({
  ...reportShape,
  table: z.enum(REPORT_TABLES, { error: `must be one of ${REPORT_TABLES.join(', ')}` }),
})

/** Followers and engagement of one platform over the period (`null`: no count; see `available`). */
export interface ReportPlatform {
  platform: Platform
  accounts: number
  /** The last count before the period (end of the previous period of the same length). */
  followersStart: number | null
  /** The last count in the period. */
  followersEnd: number | null
  followersChange: number | null
  followersChangePct: number | null
  /** Shares of the combined audience (0 to 1) at the start and at the end. */
  shareStart: number | null
  shareEnd: number | null
  posts: number | null
  interactions: number | null
  interactionsPerPost: number | null
  interactionsPer1kFollowers: number | null
  interactionsAt7Days: number | null
  postsMeasuredAt7Days: number
  /** X only; null elsewhere with impressionsAvailable false. */
  impressions: number | null
  impressionsAvailable: boolean
}

export interface ReportCombined {
  followersStart: number | null
  followersEnd: number | null
  followersChange: number | null
  followersChangePct: number | null
  posts: number | null
  interactions: number | null
  interactionsPrevious: number | null
  interactionsPerPost: number | null
  interactionsPer1kFollowers: number | null
}

/** Days in the period on which an account's collection failed, or has no follower count. */
export interface ReportGap {
  accountId: number
  platform: Platform
  handle: string
  /** Days with at least one failed or interrupted run. */
  failedDays: string[]
  /** Days without any follower count. */
  missingDays: string[]
  /** The same days as compact ranges (2026-08-03 to 2026-08-05). */
  missingRanges: DateRange[]
}

export interface ReportDefinition {
  key: MetricKey
  label: string
  explanation: string
  formula: string
}

export interface ReportBody {
  organisation: { id: number; name: string; kind: 'own' | 'peer' }
  lang: ReportLanguage
  range: DateRange
  previousRange: DateRange
  /** How the period was chosen: as asked, or the last full quarter in the data. */
  rangeSource: 'query' | 'lastFullQuarter'
  /** The period in words, e.g. "July to September 2026". */
  periodText: string
  /** Plain-language sentences, generated from the figures below. */
  summary: string[]
  platforms: ReportPlatform[]
  combined: ReportCombined
  /** The series behind the charts: followers and share per platform, per bucket. */
  series: {
    grain: Grain
    buckets: string[]
    followers: Partial<Record<Platform, (number | null)[]>>
    audienceShare: Partial<Record<Platform, (number | null)[]>>
  }
  /** The posts of the period with the most interactions at 7 days (text as plain text). */
  topPosts: PostFigures[]
  definitions: ReportDefinition[]
  gaps: ReportGap[]
  /** The gaps in one or two plain sentences. */
  gapsText: string
}

export interface ReportTable {
  id: ReportTableId
  title: string
  /** A worksheet name (at most 31 characters) when the title is longer. */
  sheet?: string
  columns: string[]
  rows: (string | number | null)[][]
}
