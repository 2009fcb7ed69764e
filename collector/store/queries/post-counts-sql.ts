/**
 * SQL fragments over post metric snapshots that read from the metric registry: the interactions
 * sum (components from INTERACTION_COMPONENTS, fixed column names, never input) and the
 * preference between sources when two snapshots share a slot.
 */
import { INTERACTION_COMPONENTS } from '@crossreach/shared/metrics'

/**
 * Sum of the interaction components a snapshot has; a platform that lacks one adds fewer parts.
 * NULL when the snapshot has none of them.
 */
export function interactionsSql(alias: string): string {
  const cols = INTERACTION_COMPONENTS.map((c) => `${alias}.${c}`)
  return `CASE WHEN coalesce(${cols.join(', ')}) IS NULL THEN NULL
    ELSE ${cols.map((c) => `coalesce(${c}, 0)`).join(' + ')} END`
}

/** Higher wins at equal slot: an API read, then a CSV import, then a manual entry. */
export function sourceRankSql(alias: string): string {
  return `CASE ${alias}.source WHEN 'api' THEN 3 WHEN 'csv' THEN 2 ELSE 1 END`
}

/**
 * "Latest snapshot" as one BIGINT to order by: the slot in milliseconds, then the source rank.
 * (A plain integer compares much faster than a (slot, rank) struct over millions of rows.)
 */
export function latestKeySql(alias: string): string {
  return `epoch_ms(${alias}.slot) * 4 + ${sourceRankSql(alias)}`
}

/**
 * The UTC calendar date of a TIMESTAMPTZ column, whatever the session's time zone. :TRICKY:
 * integer arithmetic on epoch milliseconds, because AT TIME ZONE goes through ICU and costs
 * about a microsecond per row.
 */
export function utcDateSql(column: string): string {
  return `(DATE '1970-01-01' + CAST(floor(epoch_ms(${column}) / 86400000) AS INTEGER))`
}
