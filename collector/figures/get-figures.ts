/**
 * The figures of a selection, callable without HTTP: the series query and the two totals
 * queries (the range and the previous period, each as one bucket), then the shaping.
 */
import type { FiguresBody } from '@crossreach/shared/api'
import { bucketStarts, previousRange, type Grain } from '@crossreach/shared/periods'
import type { Store } from '../store/db.ts'
import { getFiguresBuckets } from '../store/queries/get-figures-buckets.ts'
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
  // Three independent reads: side by side on the store's read connections.
  const [series, current, previous] = await Promise.all([
    getFiguresBuckets(store, seriesPlan(range, grain), selection),
    getFiguresBuckets(store, wholeRangePlan(range), selection),
    getFiguresBuckets(store, wholeRangePlan(before), selection),
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
