/**
 * Chart series for the Overview: one per platform, with its colour from shared/platforms.ts and a
 * line dash and point style of its own, so series are never told apart by colour alone.
 */
import type { FiguresBody } from '@crossreach/shared/api'
import type { MetricKey } from '@crossreach/shared/metrics'
import { PLATFORM_INFO, type Platform } from '@crossreach/shared/platforms'

export type PointStyle = 'circle' | 'rect' | 'triangle'

export interface ChartSeries {
  key: string
  label: string
  colour: string
  dash: number[]
  pointStyle: PointStyle
  /** One value per bucket; null is a gap and stays a gap. */
  values: (number | null)[]
}

const STYLES: Record<Platform, { dash: number[]; pointStyle: PointStyle }> = {
  x: { dash: [], pointStyle: 'circle' },
  bluesky: { dash: [8, 4], pointStyle: 'rect' },
  mastodon: { dash: [2, 3], pointStyle: 'triangle' },
}

export function platformSeries(body: FiguresBody, metric: MetricKey): ChartSeries[] {
  return body.platforms.map((p) => ({
    key: p.platform,
    label: PLATFORM_INFO[p.platform].name,
    colour: PLATFORM_INFO[p.platform].colour,
    ...STYLES[p.platform],
    values: p.series[metric],
  }))
}

/**
 * The series of a metric for the platforms that supply it, and the names of those that do not
 * (the server marks them `available: false`): those read "not available on …", never a line at 0.
 */
export function suppliedSeries(
  body: FiguresBody,
  metric: MetricKey,
): { series: ChartSeries[]; unavailable: string[] } {
  const supplied = body.platforms.filter((p) => p.totals[metric].available)
  return {
    series: platformSeries({ ...body, platforms: supplied }, metric),
    unavailable: body.platforms
      .filter((p) => !p.totals[metric].available)
      .map((p) => PLATFORM_INFO[p.platform].name),
  }
}
