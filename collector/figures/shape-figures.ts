/**
 * Shapes the figures answer: per platform and combined, a series per metric aligned with the
 * buckets, and totals over the range against the previous period. Metrics a platform does not
 * supply are null with `available: false`; values are rounded to the registry's decimals here,
 * once, so clients only format.
 */
import type { FiguresBody, FiguresPlatform, MetricTotal } from '@crossreach/shared/api'
import {
  COMBINED_METRIC_KEYS,
  METRICS,
  METRIC_KEYS,
  isSupplied,
  type MetricKey,
} from '@crossreach/shared/metrics'
import type { DateRange, Grain } from '@crossreach/shared/periods'
import type { Platform } from '@crossreach/shared/platforms'
import type { FigureBucketRow } from '../store/queries/get-figures-buckets.ts'
import { compareTotal, roundTo } from './compare.ts'
import { audienceShares, deriveBucket, type BucketValues } from './derive-metrics.ts'

export interface FiguresParts {
  range: DateRange
  previousRange: DateRange
  grain: Grain
  buckets: string[]
  /** Selected platforms, in display order. */
  platforms: readonly Platform[]
  /** Rows per bucket (series), and for the range and the previous period as one bucket. */
  series: readonly FigureBucketRow[]
  current: readonly FigureBucketRow[]
  previous: readonly FigureBucketRow[]
}

type Values = BucketValues & { audienceShare: number | null }

function rowsOf(rows: readonly FigureBucketRow[], platform: Platform | null) {
  return new Map(rows.filter((r) => r.platform === platform).map((r) => [r.bucket, r]))
}

/** Derived values of each present platform for one bucket, with the audience shares. */
function valuesAt(
  rows: ReadonlyMap<Platform, ReadonlyMap<string, FigureBucketRow>>,
  bucket: string,
): Map<Platform, Values> {
  const derived = [...rows].map(([p, byBucket]) => [p, deriveBucket(byBucket.get(bucket))] as const)
  const shares = audienceShares(derived.map(([, v]) => v.followers))
  return new Map(derived.map(([p, v], i) => [p, { ...v, audienceShare: shares[i] ?? null }]))
}

function single(rows: readonly FigureBucketRow[], platform: Platform | null) {
  return rows.find((r) => r.platform === platform)
}

export function shapeFigures(parts: FiguresParts): FiguresBody {
  const present = parts.platforms.filter((p) => parts.current.some((r) => r.platform === p))
  const seriesRows = new Map(present.map((p) => [p, rowsOf(parts.series, p)]))
  const perBucket = parts.buckets.map((b) => valuesAt(seriesRows, b))
  const totalsNow = valuesAt(
    new Map(present.map((p) => [p, rowsOf(parts.current, p)])),
    parts.range.from,
  )
  const totalsBefore = valuesAt(
    new Map(present.map((p) => [p, rowsOf(parts.previous, p)])),
    parts.previousRange.from,
  )

  const platforms: FiguresPlatform[] = present.map((platform) => {
    const now = totalsNow.get(platform)
    const before = totalsBefore.get(platform)
    const series = {} as FiguresPlatform['series']
    const totals = {} as FiguresPlatform['totals']
    for (const key of METRIC_KEYS) {
      const supplied = isSupplied(key, platform)
      const decimals = METRICS[key].decimals
      series[key] = perBucket.map((v) =>
        supplied ? roundTo(v.get(platform)?.[key] ?? null, decimals) : null,
      )
      totals[key] = compareTotal(now?.[key] ?? null, before?.[key] ?? null, decimals, supplied)
    }
    return {
      platform,
      accounts: single(parts.current, platform)?.accounts ?? 0,
      series,
      totals,
      postsMeasured: {
        series: perBucket.map((v) => v.get(platform)?.postsMeasured ?? 0),
        value: now?.postsMeasured ?? 0,
        previous: before?.postsMeasured ?? 0,
      },
    }
  })
  return {
    range: parts.range,
    previousRange: parts.previousRange,
    grain: parts.grain,
    buckets: parts.buckets,
    platforms,
    combined: shapeCombined(parts),
  }
}

function shapeCombined(parts: FiguresParts): FiguresBody['combined'] {
  const byBucket = rowsOf(parts.series, null)
  const perBucket = parts.buckets.map((b) => deriveBucket(byBucket.get(b)))
  const now = deriveBucket(single(parts.current, null))
  const before = deriveBucket(single(parts.previous, null))
  const series = {} as FiguresBody['combined']['series']
  const totals = {} as Record<(typeof COMBINED_METRIC_KEYS)[number], MetricTotal>
  for (const key of COMBINED_METRIC_KEYS) {
    const decimals = METRICS[key satisfies MetricKey].decimals
    series[key] = perBucket.map((v) => roundTo(v[key], decimals))
    totals[key] = compareTotal(now[key], before[key], decimals)
  }
  return {
    series,
    totals,
    postsMeasured: {
      series: perBucket.map((v) => v.postsMeasured),
      value: now.postsMeasured,
      previous: before.postsMeasured,
    },
  }
}
