/**
 * Keeps `post_summaries` (migrations 005 and 006) in step with the post metric snapshots: per
 * post, over all its snapshots, its first and last slot, latest interactions and impressions,
 * interactions at equal age with that snapshot's age, and the slot and counts of the latest
 * snapshot with interactions (what the Posts list shows). Its statement runs inside the write
 * transaction of save-snapshots.ts right after the upsert from staging_post_rows, so every write path
 * (collection, X CSV import, demo) maintains it. The figures and the Posts list use a summary
 * only when the range holds all the post's snapshots.
 */
import { POST_METRICS } from '@crossreach/shared/platforms'
import { timestampLiteral, type SqlValue, type Tx } from '../db.ts'
import {
  dayEndsSql,
  epochDaySql,
  equalAgeOrderSql,
  interactionsSql,
  latestKeySql,
  lifeDaysSql,
  nearEqualAgeSql,
} from '../queries/post-counts-sql.ts'

/** The table's columns in order; counted_<metric> per post metric (migration 006). */
const COLUMNS = [
  'account_id',
  'post_id',
  'created_at',
  'first_slot',
  'last_slot',
  'interactions',
  'impressions',
  'at_age',
  'counted_at',
  ...POST_METRICS.map((k) => `counted_${k}`),
  'at_age_seconds',
  'history',
  'day_v',
  'day_imp',
]

/**
 * The summary columns (in COLUMNS order) of the posts of snapshots `m` (and their rows `po`).
 * The latest snapshot with interactions is one arg_max of a struct: `interactions` is its sum
 * (arg_max(sum, key) would skip the same NULL sums), `impressions` the latest non-null one.
 * `history` lists every snapshot as {k: latestKeySql, age_s, v: interactions, imp: impressions}
 * in k order (migration 007), for ranges that end before the post's last snapshot; `day_v` and
 * `day_imp` the latest interactions and impressions by the end of each day of the post's life
 * (migration 008, dayEndsSql), for such ranges that end on a UTC midnight.
 */
function summarySql(where: string): string {
  const counted = ['slot', ...POST_METRICS]
  const createdDay = epochDaySql('created_at')
  const days = lifeDaysSql('history', createdDay)
  return `SELECT account_id, post_id, created_at, first_slot, last_slot, ${interactionsSql('c')},
       impressions, a.interactions, ${counted.map((k) => `c.${k}`).join(', ')}, a.age, history,
       ${dayEndsSql('with_v', 'v', createdDay, days)}, ${dayEndsSql('with_imp', 'imp', createdDay, days)}
     FROM (
       SELECT *, list_filter(history, lambda h: h.v IS NOT NULL) AS with_v,
              list_filter(history, lambda h: h.imp IS NOT NULL) AS with_imp
       FROM (
         SELECT m.account_id, m.post_id, any_value(po.created_at) AS created_at,
                min(m.slot) AS first_slot, max(m.slot) AS last_slot,
                arg_max(m.impressions, ${latestKeySql('m')}) AS impressions,
                arg_max({${counted.map((k) => `${k}: m.${k}`).join(', ')}}, ${latestKeySql('m')})
                  FILTER (WHERE ${interactionsSql('m')} IS NOT NULL) AS c,
                arg_min({interactions: ${interactionsSql('m')}, age: m.age_seconds},
                        ${equalAgeOrderSql('m.age_seconds', latestKeySql('m'))})
                  FILTER (WHERE ${nearEqualAgeSql('m.age_seconds')}
                            AND ${interactionsSql('m')} IS NOT NULL) AS a,
                list({k: ${latestKeySql('m')}, age_s: m.age_seconds, v: ${interactionsSql('m')},
                      imp: m.impressions} ORDER BY ${latestKeySql('m')}) AS history
         FROM post_metric_snapshots m JOIN posts po USING (account_id, post_id)
         ${where}
         GROUP BY m.account_id, m.post_id
       )
     )`
}

/**
 * With rows in staging_post_rows (before or after their upsert): where the snapshots of the
 * staged posts begin, the earlier of their summaries' first slots and the staged slots; null
 * when nothing is staged.
 */
export async function stagedPostsFrom(tx: Tx): Promise<Date | null> {
  const [bound] = await tx.all<{ lo: Date | null }>(
    `SELECT least((SELECT min(s.first_slot) FROM post_summaries s
                   SEMI JOIN staging_post_rows st USING (account_id, post_id)),
                  (SELECT min(slot) FROM staging_post_rows)) AS lo`,
  )
  return bound?.lo ?? null
}

/**
 * After an upsert from staging_post_rows: the statement that recomputes the summaries of the
 * staged posts. `from` (stagedPostsFrom) is written in as a constant, so the scan skips the
 * history before it.
 */
export function refreshPostSummariesSql(from: Date): string {
  const updates = COLUMNS.slice(2).map((c) => `${c} = excluded.${c}`)
  return `INSERT INTO post_summaries (${COLUMNS.join(', ')})
     ${summarySql(`SEMI JOIN staging_post_rows st USING (account_id, post_id)
       WHERE m.slot >= ${timestampLiteral(from)} AND m.account_id IN (SELECT account_id FROM staging_post_rows)`)}
     ON CONFLICT (account_id, post_id) DO UPDATE SET ${updates.join(', ')}`
}

/**
 * Recomputes the summaries of one account's posts, or of every post (null: after rows were
 * written straight in SQL, as the test seeds and the bench's generator do).
 */
export async function rebuildPostSummaries(tx: Tx, accountId: number | null): Promise<void> {
  const params: SqlValue[] = accountId === null ? [] : [accountId]
  const only = accountId === null ? '' : 'WHERE account_id = ?'
  await tx.run(`DELETE FROM post_summaries ${only}`, params)
  await tx.run(
    `INSERT INTO post_summaries (${COLUMNS.join(', ')})
     ${summarySql(accountId === null ? '' : 'WHERE m.account_id = ?')}
     ORDER BY 3`,
    params,
  )
}
