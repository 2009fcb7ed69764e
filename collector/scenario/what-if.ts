/**
 * What stopping daily posting on X, or leaving X, would forgo, from what the data shows and
 * nothing else: the interactions X's posts brought in the whole months before `stopFrom` (at most
 * 12, within the scenario's months), in total, per month, per post and as a part of all
 * interactions; and X's followers now (kept while the account stays, out of reach when it goes).
 * No elasticity is assumed: the figures are the past period's, not a forecast.
 */
import type { WhatIfPart } from '@crossreach/shared/api-scenario'
import { addMonths } from '@crossreach/shared/periods'
import { monthOf } from './months.ts'
import type { MonthlyPlatform } from './monthly.ts'
import { round0, round1, sumKnown } from './round.ts'

export const WHAT_IF_MONTHS = 12

export function whatIfOf(
  data: readonly MonthlyPlatform[],
  months: readonly string[],
  stopFrom: string,
  xAudienceShareNow: number | null,
): WhatIfPart {
  const reference = months.at(-1)
  const end = reference
    ? [addMonths(monthOf(stopFrom), -1), reference].sort()[0]!
    : addMonths(monthOf(stopFrom), -1)
  const start = addMonths(end, -(WHAT_IF_MONTHS - 1))
  const idx = months.flatMap((m, i) => (m >= start && m <= end ? [i] : []))
  const x = data.find((p) => p.platform === 'x')
  const perMonth = idx.map((i) => x?.interactions[i] ?? null)
  const total = sumKnown(perMonth)
  const monthsWithData = perMonth.filter((v) => v !== null).length
  const measured = idx.reduce((a, i) => a + (x?.measured[i] ?? 0), 0)
  const posts = sumKnown(idx.map((i) => (x?.interactions[i] == null ? null : (x.posts[i] ?? null))))
  // X's part of all interactions: only months in which every platform has a count.
  const complete = idx.filter((i) => data.every((p) => p.interactions[i] != null))
  const xInComplete = sumKnown(complete.map((i) => x?.interactions[i] ?? null))
  const allInComplete = sumKnown(
    complete.flatMap((i) => data.map((p) => p.interactions[i] ?? null)),
  )
  const firstIdx = idx[0]
  const lastIdx = idx.at(-1)
  const before =
    firstIdx !== undefined && firstIdx > 0 ? (x?.followers[firstIdx - 1] ?? null) : null
  const last = lastIdx !== undefined ? (x?.followers[lastIdx] ?? null) : null
  const lastMonth = months.length - 1
  return {
    stopFrom,
    months: idx.map((i) => months[i]!),
    perMonth,
    total,
    monthsWithData,
    averagePerMonth: total === null ? null : round1(total / monthsWithData),
    posts,
    perPost: total === null || measured === 0 ? null : round1(total / measured),
    share:
      x && complete.length && allInComplete
        ? round1(((xInComplete ?? 0) / allInComplete) * 100)
        : null,
    shareMonths: x ? complete.length : 0,
    xFollowersNow: x && lastMonth >= 0 ? (x.followers[lastMonth] ?? null) : null,
    xAudienceShareNow,
    xFollowerChange: before === null || last === null ? null : round0(last - before),
  }
}
