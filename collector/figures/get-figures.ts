/**
 * The figures of a selection, callable without HTTP: the series query and the two totals
 * queries (the range and the previous period, each as one bucket), then the shaping.
 */
import type { FiguresBody } from '@crossreach/shared/api'
import { bucketStarts, previousRange, type Grain } from '@crossreach/shared/periods'
import type { Store } from '../store/db.ts'
import { getFiguresBuckets } from '../store/queries/get-figures-buckets.ts'
import { getPostDaysSplit } from '../store/queries/get-post-days-split.ts'
import { seriesPlan, wholeRangePlan } from './bucket-plan.ts'
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
  // The series and the range's totals share the range, so its split (get-post-days-split.ts).
  const [split, splitBefore] = await Promise.all([
    getPostDaysSplit(store, range),
    getPostDaysSplit(store, before),
  ])
  // Three independent reads: side by side on the store's read connections.
  const [series, current, previous] = await Promise.all([
    getFiguresBuckets(store, seriesPlan(range, grain), selection, split),
    getFiguresBuckets(store, wholeRangePlan(range), selection, split),
    getFiguresBuckets(store, wholeRangePlan(before), selection, splitBefore),
  ])
  return shapeFigures({
    range,
    previousRange: before,
    grain,
    buckets: bucketStarts(range, grain),
    platforms: selection.platforms,
    series,
    current,
    previous,
  })
}
