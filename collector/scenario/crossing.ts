/**
 * When Bluesky and Mastodon followers together overtake X, if the data can say. One straight line
 * is fitted to the monthly gap (Bluesky + Mastodon − X followers, months where all three have a
 * count), with its 95% prediction band. The lines cross where the fitted gap reaches 0; the range
 * runs from the first month the band's upper edge reaches 0 to the first month its lower edge does.
 * Without a count on every platform in the reference month (an account gone, a gap) it does not
 * forecast. Not within reach: the gap does not shrink, the crossing lies beyond the horizon, or the band's
 * lower edge does not reach 0 within the horizon (too uncertain to name a range).
 */
import {
  CROSSING_HORIZON_MONTHS,
  MIN_TREND_MONTHS,
  type Crossing,
} from '@crossreach/shared/api-scenario'
import { addDays, addMonths } from '@crossreach/shared/periods'
import { monthEnd } from './months.ts'
import type { MonthlyPlatform } from './monthly.ts'
import { round0, round1 } from './round.ts'
import { fitLine, halfWidth, predict } from './trend.ts'
import { bandPoints, offsetsOf, publicFit } from './trends.ts'

const DAYS_PER_MONTH = 365.25 / 12

export function crossingOf(data: readonly MonthlyPlatform[], months: readonly string[]): Crossing {
  const none = {
    reason: null,
    gapNow: null,
    gapSlope: null,
    monthsWithData: 0,
    date: null,
    earliest: null,
    latest: null,
    horizonMonths: CROSSING_HORIZON_MONTHS,
    fit: null,
    points: [],
  }
  const x = data.find((p) => p.platform === 'x')
  const alternatives = data.filter((p) => p.platform === 'bluesky' || p.platform === 'mastodon')
  if (!x) return { status: 'noX', ...none }
  if (alternatives.length === 0) return { status: 'noAlternatives', ...none }
  const gap = months.map((_, i) => {
    const xv = x.followers[i] ?? null
    const alt = alternatives.map((p) => p.followers[i] ?? null)
    if (xv === null || alt.some((v) => v === null)) return null
    return alt.reduce<number>((a, v) => a + (v ?? 0), 0) - xv
  })
  const reference = months.at(-1)
  const gapNow = gap.at(-1) ?? null
  const monthsWithData = gap.filter((v) => v !== null).length
  const fit = fitLine(offsetsOf(months), gap, MIN_TREND_MONTHS)
  const base = {
    ...none,
    gapNow,
    monthsWithData,
    fit: publicFit(fit),
    points: bandPoints(fit, months, gap, fit && gapNow !== null ? CROSSING_HORIZON_MONTHS : 0),
  }
  if (!fit || !reference) return { status: 'tooLittleData', ...base }
  const shown = { ...base, gapSlope: round1(fit.slope) }
  if (gapNow === null) return { status: 'noCountNow', ...shown }
  if (gapNow >= 0) return { status: 'alreadyAhead', ...shown }
  if (fit.slope <= 0) return { status: 'notWithinReach', ...shown, reason: 'diverging' }
  const at = Math.max(0, -fit.intercept / fit.slope)
  if (at > CROSSING_HORIZON_MONTHS) {
    return { status: 'notWithinReach', ...shown, reason: 'beyondHorizon' }
  }
  const ahead = Array.from({ length: CROSSING_HORIZON_MONTHS + 1 }, (_, k) => k)
  const first = ahead.find((k) => predict(fit, k) + halfWidth(fit, k) >= 0)
  const sure = ahead.find((k) => predict(fit, k) - halfWidth(fit, k) >= 0)
  if (first === undefined || sure === undefined) {
    return { status: 'notWithinReach', ...shown, reason: 'bandTooWide' }
  }
  return {
    status: 'crossing',
    ...shown,
    date: addDays(monthEnd(reference), round0(at * DAYS_PER_MONTH) ?? 0),
    earliest: addMonths(reference, first),
    latest: addMonths(reference, sure),
  }
}
