/**
 * Keeps `post_days` (migrations 007, 009 and 010) in step with the posts and their summaries: per
 * account and UTC day of creation, the posts created that day, the sums of their summaries'
 * counts, and the same counts by the end of each day after it (the day lists). Its
 * statement runs inside the write transaction of save-snapshots.ts after the summaries are
 * refreshed, so every write path (collection, X CSV import, demo) maintains it; `rebuildPostDays`
 * recomputes an account's days, or all of them, after rows were written straight in SQL.
 */
import { timestampLiteral, type SqlValue, type Tx } from '../db.ts'
import {
  dayAtAgeSql,
  daySumsSql,
  epochDaySql,
  nearAgeEntriesSql,
  oldEnoughDaySql,
  utcDateSql,
} from '../queries/post-counts-sql.ts'

const COLUMNS = `account_id, day, posts, measured, interactions, with_impressions, impressions,
  at_age_posts, at_age_sum, first_slot, last_slot, last_created_at, day_measured,
  day_interactions, day_with_impressions, day_impressions, day_at_age_posts, day_at_age_sum`

/**
 * The post_days columns, per day, of the posts `po` (left-joined to their summaries `s`) that
 * `from` (FROM and WHERE clauses) selects. The day lists come from the posts' day_v and day_imp,
 * and from their history for the interactions at equal age (dayAtAgeSql), by daySumsSql.
 */
function postDaysSql(from: string): string {
  return `SELECT account_id, day, posts, measured, interactions, with_impressions, impressions,
       at_age_posts, at_age_sum, first_slot, last_slot, last_created_at,
       ${daySumsSql('vs', 'n', 'measured')}, ${daySumsSql('vs', 'n', 'sum')},
       ${daySumsSql('imps', 'n', 'measured')}, ${daySumsSql('imps', 'n', 'sum')},
       ${daySumsSql('ages', 'n_age', 'measured')}, ${daySumsSql('ages', 'n_age', 'sum')}
     FROM (
       SELECT account_id, ${utcDateSql('created_at')} AS day, count(*) AS posts,
              count(interactions) AS measured, sum(interactions) AS interactions,
              count(impressions) AS with_impressions, sum(impressions) AS impressions,
              count(at_age) AS at_age_posts, sum(at_age) AS at_age_sum,
              min(first_slot) AS first_slot, max(last_slot) AS last_slot,
              max(created_at) AS last_created_at, list(day_v) AS vs, list(day_imp) AS imps,
              max(coalesce(len(day_v), len(day_imp), 0)) AS n,
              list(day_at_age) AS ages, coalesce(max(len(day_at_age)), 0) AS n_age
       FROM (
         SELECT *, ${dayAtAgeSql('near', 'old_enough_day', epochDaySql('created_at'))} AS day_at_age
         FROM (
           SELECT po.account_id, po.created_at, s.interactions, s.impressions, s.at_age,
                  s.first_slot, s.last_slot, s.day_v, s.day_imp,
                  ${nearAgeEntriesSql('s.history')} AS near,
                  ${oldEnoughDaySql('po.created_at')} AS old_enough_day
           ${from}
         )
       )
       GROUP BY ALL
     )`
}

/**
 * After the upsert from staging_post_rows and the summaries' refresh: the statement that
 * recomputes the days the staged posts were created on, from every post of those days.
 * `createdFrom` (the start of the earliest such day) is written in as a constant, so the scans
 * skip older history.
 */
export function refreshPostDaysSql(createdFrom: Date): string {
  const from = timestampLiteral(createdFrom)
  const updates = COLUMNS.split(',')
    .slice(2)
    .map((c) => `${c.trim()} = excluded.${c.trim()}`)
  return `INSERT INTO post_days (${COLUMNS})
     ${postDaysSql(`FROM posts po
     SEMI JOIN (SELECT DISTINCT account_id, ${utcDateSql('created_at')} AS day FROM staging_post_rows) t
       ON t.account_id = po.account_id AND t.day = ${utcDateSql('po.created_at')}
     LEFT JOIN (
       SELECT * FROM post_summaries
       WHERE created_at >= ${from} AND account_id IN (SELECT account_id FROM staging_post_rows)
     ) s USING (account_id, post_id)
     WHERE po.created_at >= ${from} AND po.account_id IN (SELECT account_id FROM staging_post_rows)`)}
     ON CONFLICT (account_id, day) DO UPDATE SET ${updates.join(', ')}`
}

/** Recomputes one account's post days, or every account's (null). */
export async function rebuildPostDays(tx: Tx, accountId: number | null): Promise<void> {
  const params: SqlValue[] = accountId === null ? [] : [accountId]
  const only = accountId === null ? '' : 'WHERE po.account_id = ?'
  await tx.run(`DELETE FROM post_days ${accountId === null ? '' : 'WHERE account_id = ?'}`, params)
  await tx.run(
    `INSERT INTO post_days (${COLUMNS})
     ${postDaysSql(`FROM posts po LEFT JOIN post_summaries s USING (account_id, post_id) ${only}`)}
     ORDER BY 2, 1`,
    params,
  )
}
