/**
 * SQL fragments over post metric snapshots that read from the metric registry: the interactions
 * sum (components from INTERACTION_COMPONENTS, fixed column names, never input), the preference
 * between sources when two snapshots share a slot, the "latest" key (and its decoding), and the
 * tests on a post's history entries (post_summaries.history) that the figures and the Posts
 * list share.
 */
import { EQUAL_AGE, INTERACTION_COMPONENTS } from '@crossreach/shared/metrics'
import type { Source } from '@crossreach/shared/platforms'

/**
 * Sum of the interaction components a snapshot has; a platform that lacks one adds fewer parts.
 * NULL when the snapshot has none of them.
 */
export function interactionsSql(alias: string): string {
  const cols = INTERACTION_COMPONENTS.map((c) => `${alias}.${c}`)
  return `CASE WHEN coalesce(${cols.join(', ')}) IS NULL THEN NULL
    ELSE ${cols.map((c) => `coalesce(${c}, 0)`).join(' + ')} END`
}

/** Sources from rank 1 up (sourceRankSql): a manual entry, a CSV import, an API read. */
const SOURCES_BY_RANK = ['manual', 'csv', 'api'] as const satisfies readonly Source[]

/** Higher wins at equal slot: an API read, then a CSV import, then a manual entry. */
export function sourceRankSql(alias: string): string {
  const higher = SOURCES_BY_RANK.slice(1).map((s, i) => `WHEN '${s}' THEN ${i + 2}`)
  return `CASE ${alias}.source ${higher.reverse().join(' ')} ELSE 1 END`
}

/**
 * "Latest snapshot" as one BIGINT to order by: the slot in milliseconds, then the source rank.
 * (A plain integer compares much faster than a (slot, rank) struct over millions of rows.)
 */
export function latestKeySql(alias: string): string {
  return `epoch_ms(${alias}.slot) * 4 + ${sourceRankSql(alias)}`
}

/** The slot and source a latestKeySql value stands for. */
export function decodeLatestKey(key: number): { slot: Date; source: Source } {
  return { slot: new Date(Math.floor(key / 4)), source: SOURCES_BY_RANK[(key % 4) - 1]! }
}

/**
 * The UTC calendar date of a TIMESTAMPTZ column, whatever the session's time zone. :TRICKY:
 * integer arithmetic on epoch milliseconds, because AT TIME ZONE goes through ICU and costs
 * about a microsecond per row.
 */
export function utcDateSql(column: string): string {
  return `(DATE '1970-01-01' + CAST(${epochDaySql(column)} AS INTEGER))`
}

/** The UTC day number (days since 1970-01-01) of a TIMESTAMPTZ column. */
export function epochDaySql(column: string): string {
  return dayOfMsSql(`epoch_ms(${column})`)
}

/** The UTC day number of an instant in epoch milliseconds (a BIGINT expression). */
function dayOfMsSql(ms: string): string {
  return `((${ms}) // 86400000)`
}

/**
 * A post's summary holds all it needs for a range when its last snapshot precedes the end of
 * the range (`cutoff`, a TIMESTAMPTZ expression); otherwise its history list is cut there.
 */
export function summaryFitsSql(alias: string, cutoff: string): string {
  return `${alias}.last_slot < ${cutoff}`
}

/*
 * Entries `h` of a post's history (post_summaries.history, migration 007): {k, age_s, v, imp},
 * where k is latestKeySql, v the interactions and imp the impressions. The latest entry with
 * interactions is arg_max(…, h.k); the equal-age one is arg_min(…, historyAgeOrderSql(h)).
 */

/** An instant (epoch ms) as a history key bound: every entry of that slot or later is >= it. */
export function historyKeyAt(ms: number): number {
  return ms * 4
}

/** The entry's slot lies before `cutoffKey` (a SQL expression holding a historyKeyAt value). */
export function historyBeforeSql(h: string, cutoffKey: string): string {
  return `${h}.k < ${cutoffKey}::BIGINT`
}

/** A snapshot of age `age` (seconds, a SQL expression) is within the equal-age tolerance. */
export function nearEqualAgeSql(age: string): string {
  return `abs(${age} - ${EQUAL_AGE.seconds}::BIGINT) <= ${EQUAL_AGE.toleranceSeconds}::BIGINT`
}

/**
 * The order that picks the equal-age snapshot among those near it (nearEqualAgeSql), from the
 * snapshot's age and latest key (latestKeySql): closest to the equal age first, then the earlier
 * slot, then the higher source, as one BIGINT: the age distance times 2^45, plus 4 × slot ms
 * minus the source rank. (arg_min over a struct costs about a third more per row.) The distance
 * is capped just above the tolerance, so snapshots far from it cannot overflow.
 */
export function equalAgeOrderSql(age: string, key: string): string {
  const distance = `least(abs(${age} - ${EQUAL_AGE.seconds}::BIGINT), ${EQUAL_AGE.toleranceSeconds + 1}::BIGINT)`
  return `(${distance} * ${2 ** 45}::BIGINT + (${key}) - 2 * ((${key}) % 4))`
}

/** The history entry is within the equal-age tolerance. */
export function historyNearAgeSql(h: string): string {
  return nearEqualAgeSql(`${h}.age_s`)
}

/** equalAgeOrderSql of a history entry. */
export function historyAgeOrderSql(h: string): string {
  return equalAgeOrderSql(`${h}.age_s`, `${h}.k`)
}

/** The day of a post's life (1: the UTC day it was created, or earlier) that entry `h` lies in. */
function lifeDaySql(h: string, createdDay: string): string {
  return `greatest(1, ${dayOfMsSql(`${h}.k // 4`)} - ${createdDay} + 1)`
}

/**
 * day_v or day_imp of post_summaries (migration 008) from `entries`, the post's history entries
 * whose `field` is not null (in k order): entry i is the latest such value by the end of day i
 * of the post's life, up to `days`, the day of its last history entry; NULL when no entry has
 * one. Each entry's value fills the days up to the next entry's day (a later entry of the same
 * day takes that day), days before the first entry hold NULL. Linear in the entries.
 */
export function dayEndsSql(
  entries: string,
  field: 'v' | 'imp',
  createdDay: string,
  days: string,
): string {
  const day = (h: string) => lifeDaySql(h, createdDay)
  return `CASE WHEN len(${entries}) > 0 THEN list_concat(
      list_resize([]::BIGINT[], ${day(`${entries}[1]`)} - 1),
      flatten(list_transform(range(1, len(${entries}) + 1), lambda j: list_resize(
        [${entries}[j].${field}],
        CASE WHEN j < len(${entries}) THEN ${day(`${entries}[j + 1]`)} ELSE ${days} + 1 END
          - ${day(`${entries}[j]`)},
        ${entries}[j].${field})))) END`
}

/** A post's history entries with interactions within the equal-age tolerance, in k order. */
export function nearAgeEntriesSql(history: string): string {
  return `list_filter(${history}, lambda h: h.v IS NOT NULL AND ${historyNearAgeSql('h')})`
}

/**
 * The first day of a post's life (1: the UTC day it was created) by whose end it is EQUAL_AGE
 * old: the figures count a post at equal age only once it is that old by the end of their range.
 */
export function oldEnoughDaySql(createdAt: string): string {
  const ms = `epoch_ms(${createdAt}) + ${EQUAL_AGE.seconds * 1000 + 86_400_000 - 1}::BIGINT`
  return `(${dayOfMsSql(ms)} - ${epochDaySql(createdAt)})`
}

/**
 * A post's interactions at equal age by the end of each day of its life (the at-age day lists of
 * post_days, migration 010), from `near` (nearAgeEntriesSql) and `oldEnoughDay`
 * (oldEnoughDaySql): entry i is NULL until the post is old enough, then the interactions of the
 * entry closest to the equal age (historyAgeOrderSql) among those up to day i. The list runs to
 * the later of those two days, and stands at its last value after; NULL when no entry is near
 * the equal age. So entry i is what the summary's at_age would be if the post's snapshots
 * stopped at the end of day i, and a range that ends on a UTC midnight reads it as one element.
 */
export function dayAtAgeSql(near: string, oldEnoughDay: string, createdDay: string): string {
  const upToDay = `list_filter(${near}, lambda h: ${lifeDaySql('h', createdDay)} <= i)`
  const closest = `list_sort(list_transform(${upToDay}, lambda h: [${historyAgeOrderSql('h')}, h.v]))[1][2]`
  return `CASE WHEN len(${near}) > 0 THEN list_transform(
      range(1, greatest(${oldEnoughDay}, ${lifeDaySql(`${near}[-1]`, createdDay)}) + 1),
      lambda i: CASE WHEN i >= ${oldEnoughDay} THEN ${closest} END) END`
}

/** The last day of a post's life with a history entry (the length of its day lists). */
export function lifeDaysSql(history: string, createdDay: string): string {
  return lifeDaySql(`${history}[-1]`, createdDay)
}

/**
 * post_days' day lists (migration 009) from `lists`, the list of a creation day's posts' day_v
 * (or day_imp) lists, and `days`, the longest of them: entry i counts (`measured`) or sums
 * (`sum`) the posts' values by the end of day i after that creation day; a post whose own list
 * is shorter stands at its last value. (A post without values counts nowhere.)
 */
export function daySumsSql(lists: string, days: string, kind: 'measured' | 'sum'): string {
  const at = `list_transform(${lists}, lambda l: l[least(i, len(l))])`
  const per =
    kind === 'sum' ? `list_sum(${at})` : `len(list_filter(${at}, lambda x: x IS NOT NULL))`
  return `list_transform(range(1, ${days} + 1), lambda i: ${per})`
}
