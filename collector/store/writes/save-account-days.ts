/**
 * Keeps `account_days` (migration 005) and `account_spans` (migration 007) in step with the
 * snapshots and posts: the UTC days with anything collected for an account, the day's last
 * follower count (as the figures choose it), and each account's first and last such day. Its
 * statements run inside the write transaction of save-snapshots.ts right after each upsert, while
 * the staging table still holds the rows, so every write path (collection, X CSV import, manual
 * entry, demo) maintains it; `rebuildAccountDays` recomputes one account's days after snapshots
 * are deleted.
 */
import { timestampLiteral, type Tx } from '../db.ts'
import { latestKeySql, utcDateSql } from '../queries/post-counts-sql.ts'

/** The day columns from profile snapshots `ps`, grouped per account and day. */
const PROFILE_DAY_COLUMNS = `true, bool_or(ps.followers IS NOT NULL),
       arg_max(ps.followers, ${latestKeySql('ps')}),
       max(${latestKeySql('ps')}) FILTER (WHERE ps.followers IS NOT NULL),
       max(ps.slot) FILTER (WHERE ps.followers IS NOT NULL)`

/**
 * After an upsert from staging_profile_snapshots: the days of the staged rows, recomputed from
 * all that day's snapshots (an update may have changed or cleared a count). `from`/`to` bound
 * the staged slots (as constants, so the scan skips the rest of history). Returns the statement.
 */
export function markProfileDaysSql(from: Date, to: Date): string {
  return `INSERT INTO account_days (account_id, day, has_profile, has_followers, followers, followers_key, followers_at)
     SELECT ps.account_id, t.day, ${PROFILE_DAY_COLUMNS}
     FROM (SELECT DISTINCT account_id, ${utcDateSql('slot')} AS day FROM staging_profile_snapshots) t
     JOIN profile_snapshots ps ON ps.account_id = t.account_id AND ${utcDateSql('ps.slot')} = t.day
     WHERE ps.slot >= ${timestampLiteral(from)} - INTERVAL 1 DAY AND ps.slot <= ${timestampLiteral(to)} + INTERVAL 1 DAY
     GROUP BY ps.account_id, t.day
     ON CONFLICT (account_id, day) DO UPDATE SET has_profile = true,
       has_followers = excluded.has_followers, followers = excluded.followers,
       followers_key = excluded.followers_key, followers_at = excluded.followers_at`
}

/** Inserts each account's span over `days` (rows of account_id, day, has_followers). */
function insertSpansSql(days: string): string {
  return `INSERT INTO account_spans (account_id, first_day, last_day, first_followers_day, last_followers_day)
     SELECT account_id, min(day), max(day), min(day) FILTER (WHERE has_followers),
            max(day) FILTER (WHERE has_followers)
     FROM ${days} GROUP BY account_id`
}

/**
 * Widens `account_spans` to take in days (a subquery of account_id, day, has_followers): a write
 * only ever adds days. (least and greatest pass over NULL.)
 */
function widenSpansSql(days: string): string {
  return `${insertSpansSql(`(${days})`)}
     ON CONFLICT (account_id) DO UPDATE SET first_day = least(first_day, excluded.first_day),
       last_day = greatest(last_day, excluded.last_day),
       first_followers_day = least(first_followers_day, excluded.first_followers_day),
       last_followers_day = greatest(last_followers_day, excluded.last_followers_day)`
}

/** After an upsert from staging_profile_snapshots: the staged days in the accounts' spans. */
export const WIDEN_SPANS_FROM_PROFILES_SQL = widenSpansSql(
  `SELECT account_id, ${utcDateSql('slot')} AS day, followers IS NOT NULL AS has_followers
   FROM staging_profile_snapshots`,
)

/** After an upsert from staging_post_rows: the staged snapshot and creation days in the spans. */
export const WIDEN_SPANS_FROM_POSTS_SQL = widenSpansSql(
  `SELECT account_id, ${utcDateSql('slot')} AS day, false AS has_followers FROM staging_post_rows
   UNION ALL
   SELECT po.account_id, ${utcDateSql('po.created_at')}, false
   FROM posts po SEMI JOIN staging_post_rows s USING (account_id, post_id)
   WHERE po.account_id IN (SELECT account_id FROM staging_post_rows)`,
)

/** After an upsert from staging_post_rows: the days of the snapshots and of the posts' creation. */
export const MARK_POST_DAYS_SQL = `INSERT INTO account_days (account_id, day, has_profile, has_followers)
     SELECT account_id, ${utcDateSql('slot')}, false, false FROM staging_post_rows
     UNION
     SELECT po.account_id, ${utcDateSql('po.created_at')}, false, false
     FROM posts po SEMI JOIN staging_post_rows s USING (account_id, post_id)
     WHERE po.account_id IN (SELECT account_id FROM staging_post_rows)
     ON CONFLICT (account_id, day) DO NOTHING`

/**
 * Recomputes one account's days and span from its snapshots and posts (after a delete), or every
 * account's (null: after rows were written straight in SQL, as the bench's generator does).
 */
export async function rebuildAccountDays(tx: Tx, accountId: number | null): Promise<void> {
  const only = accountId === null ? '' : 'WHERE account_id = ?'
  const params = accountId === null ? [] : Array<number>(5).fill(accountId)
  await tx.run(`DELETE FROM account_days ${only}`, params.slice(0, 1))
  await tx.run(
    `INSERT INTO account_days (account_id, day, has_profile, has_followers, followers, followers_key, followers_at)
     SELECT ps.account_id, ${utcDateSql('ps.slot')} AS day, ${PROFILE_DAY_COLUMNS}
     FROM profile_snapshots ps ${only} GROUP BY ALL
     UNION ALL
     SELECT account_id, day, false, false, NULL, NULL, NULL FROM (
       SELECT account_id, ${utcDateSql('slot')} AS day FROM post_metric_snapshots ${only}
       UNION
       SELECT account_id, ${utcDateSql('created_at')} FROM posts ${only}
     ) ANTI JOIN (SELECT DISTINCT account_id, ${utcDateSql('slot')} AS day FROM profile_snapshots ${only})
       USING (account_id, day)
     ORDER BY 2, 1`,
    params.slice(1),
  )
  await tx.run(`DELETE FROM account_spans ${only}`, params.slice(0, 1))
  await tx.run(insertSpansSql(`account_days ${only}`), params.slice(0, 1))
}
