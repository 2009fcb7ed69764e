/**
 * Follower series of a demo account: one count at the end of each UTC day, driven by the
 * account's growth model (a slow decline on X, a fast rise on Bluesky after the influx, slow
 * growth on Mastodon) plus daily noise. Counts between day ends are interpolated, so profile
 * snapshots, X's daily new-follows-minus-unfollows and the totals all agree.
 */
import { DAY, floorDay } from './calendar.ts'
import type { FollowerModel } from './cast.ts'
import type { Prng } from './prng.ts'
import type { DemoTimeline } from './timeline.ts'

/** Share of the influx's extra followers on each of its days. */
const INFLUX_WEIGHTS = [0.35, 0.3, 0.17, 0.11, 0.07]

export class FollowerSeries {
  /** UTC midnight of the first day; `ends[i]` is the count at the end of day i. */
  readonly firstDay: number
  readonly opening: number
  readonly ends: readonly number[]

  constructor(firstDay: number, opening: number, ends: readonly number[]) {
    this.firstDay = firstDay
    this.opening = opening
    this.ends = ends
  }

  /** The count at a moment, or null before the series starts or after it ends. */
  at(ms: number): number | null {
    const index = Math.floor((ms - this.firstDay) / DAY)
    const end = this.ends[index]
    if (index < 0 || end === undefined) return null
    const before = index === 0 ? this.opening : (this.ends[index - 1] ?? this.opening)
    const fraction = (ms - this.firstDay - index * DAY) / DAY
    return Math.round(before + (end - before) * fraction)
  }

  /** Net change during the UTC day starting at `dayMs` (null outside the series). */
  netChange(dayMs: number): number | null {
    const index = Math.round((dayMs - this.firstDay) / DAY)
    const end = this.ends[index]
    if (index < 0 || end === undefined) return null
    return end - (index === 0 ? this.opening : (this.ends[index - 1] ?? this.opening))
  }
}

export function followerSeries(
  model: FollowerModel,
  since: number,
  until: number,
  timeline: DemoTimeline,
  boosts: readonly { from: number; to: number; rate: number }[],
  rng: Prng,
): FollowerSeries {
  const firstDay = floorDay(since)
  const ends: number[] = []
  let level = model.start
  const afterSpan = Math.max(DAY, timeline.end - timeline.influxDay)
  for (let day = firstDay; day < until; day += DAY) {
    let rate: number
    if (day < timeline.influxDay) rate = model.before
    else {
      const progress = Math.min(1, (day - timeline.influxDay) / afterSpan)
      rate = model.afterStart + (model.afterEnd - model.afterStart) * progress
    }
    for (const boost of boosts) if (day >= boost.from && day < boost.to) rate += boost.rate
    const influxIndex = Math.round((day - timeline.influxDay) / DAY)
    const influx = (INFLUX_WEIGHTS[influxIndex] ?? 0) * model.influx * level
    const noise = rng.normal() * (0.6 + 0.035 * Math.sqrt(level))
    level = Math.max(0, level + Math.round(level * rate + influx + noise))
    ends.push(level)
  }
  return new FollowerSeries(firstDay, model.start, ends)
}
