/**
 * Keeps `post_days` (migration 007) in step with the posts and their summaries: per account and
 * UTC day of creation, the posts created that day and the sums of their summaries' counts. Its
 * statement runs inside the write transaction of save-snapshots.ts after the summaries are
 * refreshed, so every write path (collection, X CSV import, demo) maintains it; `rebuildPostDays`
 * recomputes an account's days, or all of them, after rows were written straight in SQL.
 */
import { timestampLiteral, type SqlValue, type Tx } from '../db.ts'
import { utcDateSql } from '../queries/post-counts-sql.ts'

const COLUMNS = `account_id, day, posts, measured, interactions, with_impressions, impressions,
  at_age_posts, at_age_sum, first_slot, last_slot, last_created_at`

/** The post_days columns of the posts `po` (left-joined to their summaries `s`), per day. */
const DAY_SUMS = `SELECT po.account_id, ${utcDateSql('po.created_at')} AS day, count(*),
       count(s.interactions), sum(s.interactions), count(s.impressions), sum(s.impressions),
       count(s.at_age), sum(s.at_age), min(s.first_slot), max(s.last_slot), max(po.created_at)`

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
     ${DAY_SUMS}
     FROM posts po
     SEMI JOIN (SELECT DISTINCT account_id, ${utcDateSql('created_at')} AS day FROM staging_post_rows) t
       ON t.account_id = po.account_id AND t.day = ${utcDateSql('po.created_at')}
     LEFT JOIN (
       SELECT * FROM post_summaries
       WHERE created_at >= ${from} AND account_id IN (SELECT account_id FROM staging_post_rows)
     ) s USING (account_id, post_id)
     WHERE po.created_at >= ${from} AND po.account_id IN (SELECT account_id FROM staging_post_rows)
     GROUP BY ALL
     ON CONFLICT (account_id, day) DO UPDATE SET ${updates.join(', ')}`
}

/** Recomputes one account's post days, or every account's (null). */
export async function rebuildPostDays(tx: Tx, accountId: number | null): Promise<void> {
  const params: SqlValue[] = accountId === null ? [] : [accountId]
  const only = accountId === null ? '' : 'WHERE po.account_id = ?'
  await tx.run(`DELETE FROM post_days ${accountId === null ? '' : 'WHERE account_id = ?'}`, params)
  await tx.run(
    `INSERT INTO post_days (${COLUMNS})
     ${DAY_SUMS}
     FROM posts po LEFT JOIN post_summaries s USING (account_id, post_id)
     ${only}
     GROUP BY ALL
     ORDER BY 2, 1`,
    params,
  )
}
