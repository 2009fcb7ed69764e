/**
 * The API contract, written once: zod schemas for every request body and query the server
 * accepts, and the types of what it answers. The server validates with these; clients
 * (the command line, later the dashboard) are typed by them.
 */
import { z } from 'zod'
import type { SOURCES } from './platforms.ts'
import { PLATFORMS } from './platforms.ts'
import type { POST_KINDS, PostMetric } from './platforms.ts'
import type { CombinedMetricKey, MetricKey } from './metrics.ts'
import { calendarDate, platformList, strictQuery } from './api-params.ts'
import { GRAINS, type DateRange, type Grain } from './periods.ts'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')

export const addAccountBody = z.strictObject({
  platform: z.enum(PLATFORMS),
  handle: z.string().trim().min(1, 'is empty: give a handle such as @name.bsky.social'),
  organisation: z.string().trim().min(1).max(200).optional(),
  peer: z.boolean().default(false),
})
export type AddAccountBody = z.input<typeof addAccountBody>

export const idParam = z.object({ id: z.coerce.number().int().positive() })

export const collectBody = z.strictObject({
  job: z.enum(['profiles', 'posts', 'all']).default('all'),
  platform: z.enum(PLATFORMS).optional(),
  accountId: z.number().int().positive().optional(),
})
export type CollectBody = z.input<typeof collectBody>

export const manualFollowersBody = z.strictObject({
  accountId: z.number().int().positive(),
  date: isoDate,
  followers: z.number().int().min(0, 'cannot be negative'),
})
export type ManualFollowersBody = z.input<typeof manualFollowersBody>

export const importXCsvQuery = z.object({
  accountId: z.coerce.number().int().positive(),
  fileName: z.string().max(300).optional(),
})

export const runsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  status: z.enum(['ok', 'error', 'skipped', 'interrupted', 'running']).optional(),
  platform: z.enum(PLATFORMS).optional(),
})

export const accountsQuery = z.object({
  /** Include accounts that are no longer collected (for exit analysis and history). */
  includeRemoved: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
})

export const EVENT_KINDS = ['exit', 'pause', 'resume', 'campaign', 'note'] as const

/** An event drawn on the time axis: an exit from or pause on a platform, a campaign, a note. */
export const eventBody = z
  .strictObject({
    organisationId: z.number().int().positive(),
    accountId: z.number().int().positive().optional(),
    kind: z.enum(EVENT_KINDS),
    startsOn: isoDate,
    endsOn: isoDate.optional(),
    title: z.string().trim().min(1, 'is empty: give the event a short title').max(200),
    note: z.string().trim().max(2000).optional(),
  })
  .refine((e) => !e.endsOn || e.endsOn >= e.startsOn, {
    message: 'must be on or after startsOn',
    path: ['endsOn'],
  })
export type EventBody = z.input<typeof eventBody>

export const eventsQuery = z.object({
  organisation: z.coerce.number().int().positive().optional(),
})

export interface EventRecord {
  id: number
  organisationId: number
  organisation: string
  accountId: number | null
  platform: (typeof PLATFORMS)[number] | null
  handle: string | null
  kind: (typeof EVENT_KINDS)[number]
  startsOn: string
  endsOn: string | null
  title: string
  note: string | null
}

export interface OrganisationSummary {
  id: number
  name: string
  kind: 'own' | 'peer'
  accounts: number
}

/** The one error shape every failing request answers with. */
export interface ErrorBody {
  error: { code: string; message: string }
}

export interface AccountSummary {
  id: number
  platform: (typeof PLATFORMS)[number]
  handle: string
  displayName: string | null
  profileUrl: string | null
  platformId: string | null
  organisationId: number
  organisation: string
  organisationKind: 'own' | 'peer'
  addedAt: string
  removedAt: string | null
  latestFollowers: number | null
  latestFollowersAt: string | null
  latestFollowersSource: (typeof SOURCES)[number] | null
}

/** What POST /api/accounts answers: the account, whether the platform confirmed it, and whether
 * it was a removed account brought back. */
export interface AddedAccount {
  id: number
  handle: string
  organisation: string
  verified: boolean
  restored: boolean
  note: string | null
}

export interface RunRecord {
  id: number
  job: 'profiles' | 'posts' | 'import' | 'manual'
  platform: (typeof PLATFORMS)[number]
  accountId: number | null
  handle: string | null
  slot: string
  trigger: 'schedule' | 'command' | 'api'
  status: 'running' | 'ok' | 'error' | 'skipped' | 'interrupted'
  startedAt: string
  finishedAt: string | null
  requests: number
  retries: number
  rateLimitWaits: number
  rateLimitWaitMs: number
  rowsWritten: number
  estimatedCostUsd: number
  error: string | null
  errorKind: string | null
  detail: string | null
}

export interface CollectSummary {
  runs: number
  ok: number
  errors: number
  skipped: number
  rowsWritten: number
  estimatedCostUsd: number
  /** Plain-language lines about what failed or was skipped, one per account-run. */
  problems: string[]
}

export interface ImportSummary {
  kind: 'legacy-tweets' | 'content' | 'overview'
  rows: number
  postsWritten: number
  daysWritten: number
  followerDaysReconstructed: number
  note: string | null
}

/** The last run of one platform and job, and when that job last succeeded there. */
export interface HealthLastRun {
  platform: (typeof PLATFORMS)[number]
  job: 'profiles' | 'posts'
  status: RunRecord['status']
  finishedAt: string | null
  lastOkAt: string | null
  /** The last run's reason when it failed or was skipped (plain words), and its kind. */
  error: string | null
  errorKind: string | null
}

/** An account with no successful collection (any job) for more than a day. */
export interface HealthStaleAccount {
  id: number
  platform: (typeof PLATFORMS)[number]
  handle: string
  lastOkAt: string | null
  /** Why its latest run failed or was skipped, if it did. */
  lastError: string | null
  lastErrorKind: string | null
}

/** Failed or skipped runs of one platform, job and kind since `errorsSince`. */
export interface HealthErrorGroup {
  platform: (typeof PLATFORMS)[number]
  job: RunRecord['job']
  status: 'error' | 'skipped' | 'interrupted'
  kind: string | null
  runs: number
  accounts: number
  firstAt: string
  lastAt: string
  /** The newest run's reason, in plain words. */
  latestError: string | null
}

/** Consecutive scheduled slots of a platform and job in which runs failed: counts are missing. */
export interface HealthGap {
  platform: (typeof PLATFORMS)[number]
  job: 'profiles' | 'posts'
  /** First and last failed slot. */
  from: string
  to: string
  failedRuns: number
  accounts: number
}

export interface HealthBody {
  status: 'ok' | 'degraded' | 'error'
  database: { ok: boolean; path: string; error?: string }
  schedule: { enabled: boolean; running: string[] }
  /** When the report was made; errors are counted since `errorsSince` (7 days), gaps since `gapsSince` (30 days). */
  checkedAt: string
  errorsSince: string
  gapsSince: string
  lastRuns: HealthLastRun[]
  staleAccounts: HealthStaleAccount[]
  recentErrors: HealthErrorGroup[]
  gaps: HealthGap[]
  /** `shareOfBudget`: month to date ÷ budget (0.5 is half), rounded to 4 decimals; null without a budget. */
  xSpend: { monthToDateUsd: number; monthlyBudgetUsd: number; shareOfBudget: number | null }
}

// ---------------------------------------------------------------------------------------------
// Figures: /api/figures, /api/figures/accounts, /api/posts. Dates are UTC calendar dates
// (see periods.ts); metric definitions live in metrics.ts.

/** Whose accounts: the team's own organisations, peers, all, or one organisation by id. */
export type OrganisationFilter = 'own' | 'peer' | 'all' | number

const organisationFilter = z
  .string()
  .regex(/^(own|peer|all|[1-9]\d{0,9})$/, 'must be own, peer, all or an organisation id')
  .transform((v): OrganisationFilter =>
    v === 'own' || v === 'peer' || v === 'all' ? v : Number(v),
  )

/**
 * Which data: a date range (default: the last 90 days up to today), platforms (default: all),
 * organisation (default: own, unless an account is given) and optionally one account.
 */
const selectionShape = {
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  platforms: platformList().optional(),
  organisation: organisationFilter.optional(),
  account: z.coerce
    .number({ error: 'must be an account id' })
    .int('must be an account id')
    .positive('must be an account id')
    .optional(),
}

export const figuresQuery = strictQuery({
  ...selectionShape,
  grain: z.enum(GRAINS, { error: 'must be day, week or month' }).default('week'),
})
export type FiguresQuery = z.input<typeof figuresQuery>

export const figuresAccountsQuery = strictQuery(selectionShape)
export type FiguresAccountsQuery = z.input<typeof figuresAccountsQuery>

export const POST_SORTS = ['interactionsAt7Days', 'interactions', 'createdAt'] as const
export type PostSort = (typeof POST_SORTS)[number]

export const postsQuery = strictQuery({
  ...selectionShape,
  sort: z
    .enum(POST_SORTS, { error: 'must be interactionsAt7Days, interactions or createdAt' })
    .default('interactionsAt7Days'),
  order: z.enum(['asc', 'desc'], { error: 'must be asc or desc' }).default('desc'),
  limit: z.coerce
    .number({ error: 'must be a number from 1 to 500' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(500, 'must be at most 500')
    .default(50),
  offset: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'cannot be negative')
    .default(0),
})
export type PostsQuery = z.input<typeof postsQuery>

/**
 * One metric over the whole range, against the previous period of the same length.
 * `change` = value − previous; `changePct` = change / |previous| × 100, rounded to 1 decimal,
 * null when previous is 0 or null. `available: false`: the platform does not supply the metric
 * (then every number is null).
 */
export interface MetricTotal {
  value: number | null
  previous: number | null
  change: number | null
  changePct: number | null
  available: boolean
}

/** Posts that count towards interactionsAt7Days: per bucket, in the range, in the previous period. */
export interface PostsMeasured {
  series: number[]
  value: number
  previous: number
}

export interface FiguresPlatform {
  platform: (typeof PLATFORMS)[number]
  /** Accounts of the selection on this platform. */
  accounts: number
  /** One value per bucket, aligned with `buckets`; null is a gap or "not available", never 0. */
  series: Record<MetricKey, (number | null)[]>
  totals: Record<MetricKey, MetricTotal>
  postsMeasured: PostsMeasured
}

export interface FiguresCombined {
  series: Record<CombinedMetricKey, (number | null)[]>
  totals: Record<CombinedMetricKey, MetricTotal>
  postsMeasured: PostsMeasured
}

export interface FiguresBody {
  range: DateRange
  previousRange: DateRange
  grain: Grain
  /** First date of each bucket (YYYY-MM-DD). */
  buckets: string[]
  /** The selected platforms that have accounts in the selection. */
  platforms: FiguresPlatform[]
  combined: FiguresCombined
}

/** One account's figures over a range, for the Accounts page. */
export interface AccountFigures {
  id: number
  platform: (typeof PLATFORMS)[number]
  handle: string
  displayName: string | null
  profileUrl: string | null
  organisationId: number
  organisation: string
  organisationKind: 'own' | 'peer'
  removedAt: string | null
  /** The last follower count in the range, and when it was taken. */
  followers: number | null
  followersAt: string | null
  /** followers minus the last count of the previous period; null if either is missing. */
  netFollowerChange: number | null
  /** Posts created in the range; null when nothing was collected for the account in the range. */
  posts: number | null
  interactions: number | null
  /** interactions / followers × 1,000 (unrounded); null when either is missing or followers is 0. */
  interactionsPer1kFollowers: number | null
  /** The last follower count per sparkline bucket, aligned with `sparkline.buckets`; null is a gap. */
  followersSeries: (number | null)[]
}

export interface AccountFiguresBody {
  range: DateRange
  previousRange: DateRange
  /** Buckets of every account's followersSeries: days up to 31 days, weeks up to 2 years, else months. */
  sparkline: { grain: Grain; buckets: string[] }
  accounts: AccountFigures[]
}

/** One per-post count: null with available: true is "not reported this time", never 0. */
export interface PostCount {
  value: number | null
  available: boolean
}

export interface PostFigures {
  platform: (typeof PLATFORMS)[number]
  accountId: number
  handle: string
  organisation: string
  postId: string
  /** Link to the original post. */
  url: string | null
  createdAt: string
  kind: (typeof POST_KINDS)[number]
  /** Plain text, never HTML. */
  text: string
  lang: string | null
  hasMedia: boolean
  /** Interactions at the latest count up to the end of the range, and when that count was taken. */
  interactions: number | null
  countedAt: string | null
  counts: Record<PostMetric, PostCount>
  /** Interactions at equal age (see metrics.ts), the age of that count in hours, or null. */
  interactionsAt7Days: number | null
  at7DaysAgeHours: number | null
}

export interface PostListBody {
  range: DateRange
  sort: PostSort
  order: 'asc' | 'desc'
  /** Posts in the selection and range, before limit and offset. */
  total: number
  limit: number
  offset: number
  posts: PostFigures[]
}
