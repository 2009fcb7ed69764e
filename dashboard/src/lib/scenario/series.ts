/**
 * Chart series for the Scenario page, from the server's figures as they are: shares per platform,
 * a trend with its band (measured values in the platform's colour and style, the trend line and
 * the band's bounds in greys with their own dashes), and peers' curves around an exit.
 */
import type {
  Crossing,
  PeerEvidence,
  SharePart,
  Trend,
  TrendPoint,
} from '@crossreach/shared/api-scenario'
import { PLATFORM_INFO, type Platform } from '@crossreach/shared/platforms'
import type { ChartSeries, PointStyle } from '../overview/series.ts'

const STYLES: Record<Platform, { dash: number[]; pointStyle: PointStyle }> = {
  x: { dash: [], pointStyle: 'circle' },
  bluesky: { dash: [8, 4], pointStyle: 'rect' },
  mastodon: { dash: [2, 3], pointStyle: 'triangle' },
}

function platformStyle(platform: Platform) {
  return { colour: PLATFORM_INFO[platform].colour, ...STYLES[platform] }
}

/** Shares arrive as percentages; the chart formats fractions, so they are divided by 100. */
export function shareSeries(part: SharePart, platforms: readonly Platform[]): ChartSeries[] {
  return platforms.map((p) => ({
    key: p,
    label: PLATFORM_INFO[p].name,
    ...platformStyle(p),
    values: (part.series[p] ?? []).map((v) => (v === null ? null : v / 100)),
  }))
}

export interface TrendLabels {
  actual: string
  fitted: string
  lower: string
  upper: string
}

export function trendSeries(trend: Trend, labels: TrendLabels): ChartSeries[] {
  const measured: ChartSeries = {
    key: 'actual',
    label: `${PLATFORM_INFO[trend.platform].name}: ${labels.actual}`,
    ...platformStyle(trend.platform),
    values: trend.points.map((p) => p.actual),
  }
  return trend.status === 'ok' ? [measured, ...bandSeries(trend.points, labels)] : [measured]
}

/** The gap between Bluesky + Mastodon and X with its trend and band, and the zero line. */
export function gapSeries(
  crossing: Crossing,
  labels: TrendLabels & { zero: string },
): ChartSeries[] {
  return [
    {
      key: 'actual',
      label: labels.actual,
      colour: PLATFORM_INFO.bluesky.colour,
      ...STYLES.bluesky,
      values: crossing.points.map((p) => p.actual),
    },
    ...(crossing.fit ? bandSeries(crossing.points, labels) : []),
    {
      key: 'zero',
      label: labels.zero,
      colour: PLATFORM_INFO.x.colour,
      dash: [],
      pointStyle: 'circle',
      values: crossing.points.map(() => 0),
    },
  ]
}

function bandSeries(points: readonly TrendPoint[], labels: TrendLabels): ChartSeries[] {
  return [
    {
      key: 'fitted',
      label: labels.fitted,
      colour: '#3d3d3d',
      dash: [12, 4],
      pointStyle: 'circle',
      values: points.map((p) => p.fitted),
    },
    {
      key: 'lower',
      label: labels.lower,
      colour: '#6b6b6b',
      dash: [3, 3],
      pointStyle: 'triangle',
      values: points.map((p) => p.lower),
    },
    {
      key: 'upper',
      label: labels.upper,
      colour: '#6b6b6b',
      dash: [3, 3],
      pointStyle: 'rect',
      values: points.map((p) => p.upper),
    },
  ]
}

/** Index curves of a peer per platform (followers or interactions). */
export function peerIndexSeries(
  peer: PeerEvidence,
  metric: 'followersIndex' | 'interactionsIndex',
): ChartSeries[] {
  return peer.curves.map((c) => ({
    key: c.platform,
    label: PLATFORM_INFO[c.platform].name,
    ...platformStyle(c.platform),
    values: c[metric],
  }))
}
