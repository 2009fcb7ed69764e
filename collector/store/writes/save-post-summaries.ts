/**
 * Keeps `post_summaries` (migration 005) in step with the post metric snapshots: per post its
 * first and last slot, latest interactions and impressions, and interactions at equal age, over
 * all its snapshots. Called inside the write transaction of save-snapshots.ts right after the
 * upsert from staging_post_rows, so every write path (collection, X CSV import, demo) maintains
 * it. The figures use a summary only when the range holds all the post's snapshots.
 */
import { EQUAL_AGE } from '@crossreach/shared/metrics'
import type { SqlValue, Tx } from '../db.ts'
import { interactionsSql, latestKeySql, sourceRankSql } from '../queries/post-counts-sql.ts'

/** The summary columns of one post from its snapshots `m` (and its row `po`), grouped per post. */
function summarySql(where: string): string {
  const age = `${EQUAL_AGE.days * 86_400}::BIGINT`
  const tolerance = `${EQUAL_AGE.toleranceHours * 3_600}::BIGINT`
  return `SELECT m.account_id, m.post_id, any_value(po.created_at), min(m.slot), max(m.slot),
       arg_max(${interactionsSql('m')}, ${latestKeySql('m')}),
       arg_max(m.impressions, ${latestKeySql('m')}),
       arg_min(${interactionsSql('m')}, (abs(m.age_seconds - ${age}), m.slot, -${sourceRankSql('m')}))
         FILTER (WHERE abs(m.age_seconds - ${age}) <= ${tolerance})
     FROM post_metric_snapshots m JOIN posts po USING (account_id, post_id)
     ${where}
     GROUP BY m.account_id, m.post_id`
}

/**
 * After an upsert from staging_post_rows: recomputes the summaries of the staged posts. Their
 * snapshots all lie at or after the earlier of their summaries' first slots and the staged
 * slots, so the scan skips the history before that.
 */
export async function refreshPostSummaries(tx: Tx): Promise<void> {
  const [bound] = await tx.all<{ lo: Date | null }>(
    `SELECT least((SELECT min(s.first_slot) FROM post_summaries s
                   SEMI JOIN staging_post_rows st USING (account_id, post_id)),
                  (SELECT min(slot) FROM staging_post_rows)) AS lo`,
  )
  if (!bound?.lo) return
  await tx.run(
    `INSERT INTO post_summaries (account_id, post_id, created_at, first_slot, last_slot,
       interactions, impressions, at_age)
     ${summarySql(`SEMI JOIN staging_post_rows st USING (account_id, post_id)
       WHERE m.slot >= ?::TIMESTAMPTZ AND m.account_id IN (SELECT account_id FROM staging_post_rows)`)}
     ON CONFLICT (account_id, post_id) DO UPDATE SET created_at = excluded.created_at,
       first_slot = excluded.first_slot, last_slot = excluded.last_slot,
       interactions = excluded.interactions, impressions = excluded.impressions,
       at_age = excluded.at_age`,
    [bound.lo],
  )
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
    `INSERT INTO post_summaries (account_id, post_id, created_at, first_slot, last_slot,
       interactions, impressions, at_age)
     ${summarySql(accountId === null ? '' : 'WHERE m.account_id = ?')}
     ORDER BY 3`,
    params,
  )
}
