/**
 * The trend per platform and metric over the scenario's months, drawn on into the next months with
 * its 95% prediction band; "too little data" below MIN_TREND_MONTHS months with a count. Month 0 is
 * the reference month, so the intercept is the fitted value now. The line and the band are cut at
 * 0 where they would go below it: a count cannot be negative (the fit itself is not changed).
 */
import {
  MIN_TREND_MONTHS,
  TREND_PROJECTION_MONTHS,
  type Trend,
  type TrendFit,
  type TrendPoint,
} from '@crossreach/shared/api-scenario'
import { addMonths } from '@crossreach/shared/periods'
import type { Platform } from '@crossreach/shared/platforms'
import { monthDiff } from './months.ts'
import type { MonthlyPlatform } from './monthly.ts'
import { round1, round2 } from './round.ts'
import { fitLine, halfWidth, predict, type LineFit } from './trend.ts'

export function publicFit(fit: LineFit | null): TrendFit | null {
  if (!fit) return null
  return {
    slope: round2(fit.slope) ?? 0,
    intercept: round1(fit.intercept) ?? 0,
    residualSe: round2(fit.residualSe) ?? 0,
    n: fit.n,
    t: fit.t,
  }
}

/** Offsets of the months relative to the last one (the reference month, 0). */
export function offsetsOf(months: readonly string[]): number[] {
  const reference = months.at(-1)
  return reference ? months.map((m) => monthDiff(reference, m)) : []
}

/**
 * The months with their values, then `ahead` months after the last, each with the fitted value
 * and the band (none without a fit). `floor`: the lowest value a line may show (0 for counts).
 */
export function bandPoints(
  fit: LineFit | null,
  months: readonly string[],
  values: readonly (number | null)[],
  ahead: number,
  floor = Number.NEGATIVE_INFINITY,
): TrendPoint[] {
  const offsets = offsetsOf(months)
  const reference = months.at(-1)
  const future = reference
    ? Array.from({ length: ahead }, (_, i) => ({
        month: addMonths(reference, i + 1),
        offset: i + 1,
        actual: null,
      }))
    : []
  const rows = [
    ...months.map((month, i) => ({ month, offset: offsets[i] ?? 0, actual: values[i] ?? null })),
    ...future,
  ]
  return rows.map((r) => {
    if (!fit) return { ...r, fitted: null, lower: null, upper: null }
    const y = predict(fit, r.offset)
    const h = halfWidth(fit, r.offset)
    return {
      ...r,
      fitted: round1(Math.max(floor, y)),
      lower: round1(Math.max(floor, y - h)),
      upper: round1(Math.max(floor, y + h)),
    }
  })
}

export function trendOf(
  platform: Platform,
  metric: 'followers' | 'interactions',
  months: readonly string[],
  values: readonly (number | null)[],
): Trend {
  const fit = fitLine(offsetsOf(months), values, MIN_TREND_MONTHS)
  return {
    platform,
    metric,
    status: fit ? 'ok' : 'tooLittleData',
    monthsWithData: values.filter((v) => v !== null).length,
    fit: publicFit(fit),
    // No count in the reference month (an account gone, a gap): the line over the past only.
    points: bandPoints(
      fit,
      months,
      values,
      fit && values.at(-1) != null ? TREND_PROJECTION_MONTHS : 0,
      0,
    ),
  }
}

export function platformTrends(
  data: readonly MonthlyPlatform[],
  months: readonly string[],
): Trend[] {
  return (['followers', 'interactions'] as const).flatMap((metric) =>
    data.map((p) => trendOf(p.platform, metric, months, p[metric])),
  )
}
