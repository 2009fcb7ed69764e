/**
 * The contract of /api/scenario (the partial-exit scenario): the query it accepts and the answer's
 * types. Every figure in the answer is computed on the server; a month without a count is null,
 * never 0. Shares are percentages (0–100, one decimal); changes are percentage points.
 */
import type { z } from 'zod'
import { calendarDate, ownOrOrganisationId, strictQuery } from './api-params.ts'
import type { Platform } from './platforms.ts'

export const scenarioQuery = strictQuery({
  organisation: ownOrOrganisationId.default('own'),
  asOf: calendarDate.optional(),
  stopFrom: calendarDate.optional(),
})
export type ScenarioQuery = z.input<typeof scenarioQuery>

/** The months a share's change is given over. */
export const SHARE_CHANGE_MONTHS = [3, 6, 12] as const
/** How far ahead the trend lines are drawn, and how far the crossing is looked for. */
export const TREND_PROJECTION_MONTHS = 12
export const CROSSING_HORIZON_MONTHS = 24
/** The fewest months with a count a trend is fitted on. */
export const MIN_TREND_MONTHS = 6
/** Months before and after an exit shown for peers. */
export const PEER_MONTHS = 6

export interface ShareChange {
  months: (typeof SHARE_CHANGE_MONTHS)[number]
  /** First day of the month compared with. */
  thenMonth: string
  then: number | null
  now: number | null
  /** now − then in percentage points. */
  changePp: number | null
}

export interface ShareRow {
  platform: Platform
  /** The count behind the share in the reference month (followers at its end, or interactions). */
  value: number | null
  share: number | null
  changes: ShareChange[]
}

export interface SharePart {
  rows: ShareRow[]
  /** Share per platform per month of `months`. */
  series: Record<string, (number | null)[]>
}

export interface TrendFit {
  /** Change per month. */
  slope: number
  /** The fitted value in the reference month (month 0). */
  intercept: number
  /** Residual standard error. */
  residualSe: number
  /** Months the line is fitted on, and the t value of the 95% prediction interval. */
  n: number
  t: number
}

export interface TrendPoint {
  month: string
  /** Months after the reference month (0), negative before it. */
  offset: number
  actual: number | null
  fitted: number | null
  lower: number | null
  upper: number | null
}

export interface Trend {
  platform: Platform
  metric: 'followers' | 'interactions'
  status: 'ok' | 'tooLittleData'
  monthsWithData: number
  fit: TrendFit | null
  points: TrendPoint[]
}

export type CrossingStatus =
  | 'crossing'
  | 'alreadyAhead'
  | 'notWithinReach'
  | 'tooLittleData'
  /** No count on every platform in the reference month (an account gone, or a gap): no forecast. */
  | 'noCountNow'
  | 'noX'
  | 'noAlternatives'

export interface Crossing {
  status: CrossingStatus
  /** Why it is not within reach: the lines do not meet within the horizon, or the band is too wide. */
  reason: 'diverging' | 'beyondHorizon' | 'bandTooWide' | null
  /** Bluesky + Mastodon followers minus X followers in the reference month. */
  gapNow: number | null
  /** The fitted gap's change per month. */
  gapSlope: number | null
  monthsWithData: number
  /** The estimated day the fitted lines cross, and the range of months the band allows. */
  date: string | null
  earliest: string | null
  latest: string | null
  horizonMonths: number
  fit: TrendFit | null
  /** The gap per month with its fitted line and band, drawn on to the horizon. */
  points: TrendPoint[]
}

export interface WhatIfPart {
  stopFrom: string
  /** The comparable past period: whole months before stopFrom (at most 12) with data. */
  months: string[]
  /** X's interactions per month (null: no count that month). */
  perMonth: (number | null)[]
  total: number | null
  monthsWithData: number
  averagePerMonth: number | null
  posts: number | null
  /** Interactions per X post with counts over the period. */
  perPost: number | null
  /** X's part of all interactions, over the months every platform has a count. */
  share: number | null
  shareMonths: number
  /** X followers in the reference month: kept when posting stops, out of reach when leaving. */
  xFollowersNow: number | null
  xAudienceShareNow: number | null
  /** X followers' change over the period (last month's count minus the one before the first). */
  xFollowerChange: number | null
}

export interface PeerPlatformCurve {
  platform: Platform
  followers: (number | null)[]
  followersIndex: (number | null)[]
  interactions: (number | null)[]
  interactionsIndex: (number | null)[]
}

export interface PeerEvidence {
  eventId: number
  organisationId: number
  organisation: string
  kind: 'exit' | 'pause'
  startsOn: string
  endsOn: string | null
  title: string
  /** Months relative to the exit (0: the month it happened in); index base: month −1 = 100. */
  offsets: number[]
  months: string[]
  curves: PeerPlatformCurve[]
}

export interface ScenarioBody {
  organisation: { filter: 'own' | number; names: string[] }
  asOf: string
  /** The last whole month on or before asOf: "now" in every comparison. */
  referenceMonth: string | null
  /** Whole months with data, oldest first (at most 24), up to the reference month. */
  months: string[]
  platforms: Platform[]
  shares: { followers: SharePart; interactions: SharePart }
  trends: Trend[]
  crossing: Crossing
  whatIf: WhatIfPart
  peers: PeerEvidence[]
}
