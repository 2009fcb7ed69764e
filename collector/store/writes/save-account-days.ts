/**
 * Keeps `account_days` (migration 005) in step with the snapshots and posts: the UTC days with
 * anything collected for an account, and the day's last follower count (as the figures choose it). Its
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

/** After an upsert from staging_post_rows: the days of the snapshots and of the posts' creation. */
export const MARK_POST_DAYS_SQL = `INSERT INTO account_days (account_id, day, has_profile, has_followers)
     SELECT account_id, ${utcDateSql('slot')}, false, false FROM staging_post_rows
     UNION
     SELECT po.account_id, ${utcDateSql('po.created_at')}, false, false
     FROM posts po SEMI JOIN staging_post_rows s USING (account_id, post_id)
     WHERE po.account_id IN (SELECT account_id FROM staging_post_rows)
     ON CONFLICT (account_id, day) DO NOTHING`

/**
 * Recomputes one account's days from its snapshots and posts (after a delete), or every
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
}
