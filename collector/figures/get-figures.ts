/**
 * The figures of a selection, callable without HTTP: the series query and the totals query (the
 * previous period and the range, each as one bucket), then the shaping.
 */
import type { FiguresBody } from '@crossreach/shared/api'
import { bucketStarts, previousRange, type Grain } from '@crossreach/shared/periods'
import type { Store } from '../store/db.ts'
import { getFiguresBuckets } from '../store/queries/get-figures-buckets.ts'
import { periodsPlan, seriesPlan } from './bucket-plan.ts'
import { checkBucketCount, type Selection } from './selection.ts'
import { shapeFigures } from './shape-figures.ts'

export async function getFigures(
  store: Store,
  selection: Selection,
  grain: Grain,
): Promise<FiguresBody> {
  const { range } = selection
  checkBucketCount(range, grain)
  const before = previousRange(range)
  // Two independent reads: side by side on the store's read connections.
  const [series, periods] = await Promise.all([
    getFiguresBuckets(store, seriesPlan(range, grain), selection),
    getFiguresBuckets(store, periodsPlan(range), selection),
  ])
  return shapeFigures({
    range,
    previousRange: before,
    grain,
    buckets: bucketStarts(range, grain),
    platforms: selection.platforms,
    series,
    current: periods.filter((r) => r.bucket === range.from),
    previous: periods.filter((r) => r.bucket === before.from),
  })
}
