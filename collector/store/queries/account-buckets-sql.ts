/**
 * The CTE chain behind the figures: one row per selected account and bucket (including the
 * look-back bucket) with its last follower count, the one of the bucket before, whether the
 * account was being tracked then, whether anything was collected for it in the bucket, and the
 * sums over the posts created in the bucket. The queries in get-figures-*.ts aggregate it.
 *
 * Rules it encodes (see shared/metrics.ts):
 * - A bucket holds the UTC dates time_bucket assigns it; dates before `from` fall in the look-back.
 * - Followers: the last non-null count in the bucket (arg_max over slot, then source), from each
 *   day's last count in account_days.
 * - Dates and times are compared as UTC instants bound as ISO strings ending in Z, so neither
 *   the server's nor DuckDB's time zone changes a result.
 * - An account is "tracked" in a bucket from the bucket of its first count to the bucket of its
 *   last one (open-ended while the account is active): a tracked account without a count in a
 *   bucket is a gap, not a smaller total. The days come from account_days (migration 005, kept
 *   up to date on write), not from a scan of all history.
 * - Posts: created in the range; each post's counts are its latest snapshot before the end of the
 *   range; the equal-age count is the snapshot closest to the age, within the tolerance, of posts
 *   old enough by the end of the range.
 */
import { EQUAL_AGE } from '@crossreach/shared/metrics'
import { addDays } from '@crossreach/shared/periods'
import type { BucketPlan } from '../../figures/bucket-plan.ts'
import type { Selection } from '../../figures/selection.ts'
import type { SqlValue } from '../db.ts'
import { interactionsSql, latestKeySql, sourceRankSql, utcDateSql } from './post-counts-sql.ts'
import { selectedAccountsCte } from './selection-sql.ts'

/** The bucket a date column falls in (needs `p` in the FROM clause). */
function bucketOf(date: string): string {
  return `CASE WHEN ${date} < p.from_d THEN p.lookback ELSE time_bucket(p.step, ${date}, p.origin)::DATE END`
}

/** True when bucket `b` lies within a span of dates (NULL span: never). */
function inSpan(b: string, first: string, last: string): string {
  return `coalesce(${bucketOf(first)} <= ${b} AND ${b} <= ${bucketOf(last)}, false)`
}

export function accountBucketsSql(
  plan: BucketPlan,
  selection: Omit<Selection, 'range'>,
  snapshotsFrom?: Date | null,
): { sql: string; params: SqlValue[] } {
  const sel = selectedAccountsCte(selection, plan.lookback)
  const ageSeconds = EQUAL_AGE.days * 86_400
  const toleranceSeconds = EQUAL_AGE.toleranceHours * 3_600
  const params: SqlValue[] = [
    plan.from,
    plan.lookback,
    plan.lastBucket,
    plan.origin,
    plan.unit,
    plan.step,
    plan.step,
    `${plan.lookback}T00:00:00Z`,
    `${plan.from}T00:00:00Z`,
    `${addDays(plan.to, 1)}T00:00:00Z`,
    ageSeconds,
    toleranceSeconds,
    ...sel.params,
  ]
  // The time bounds of the scans are bound right in their WHERE clauses (not read from p), so
  // DuckDB filters while scanning and skips row groups by their min/max: this is what keeps a
  // 90-day figure from reading three years of snapshots.
  const bind = (value: SqlValue): string => {
    params.push(value)
    return '?'
  }
  const fromTs = `${plan.from}T00:00:00Z`
  const cutoffTs = `${addDays(plan.to, 1)}T00:00:00Z`
  // Posts whose summary fits the range are read from post_summaries; the snapshots of the others
  // lie at or after snapshotsFrom (see get-snapshots-needed-from.ts), or nowhere when it is null.
  const snapshotsFromTs =
    snapshotsFrom === undefined
      ? fromTs
      : snapshotsFrom === null
        ? cutoffTs
        : new Date(Math.max(snapshotsFrom.getTime(), Date.parse(fromTs))).toISOString()
  const sql = `WITH
    p AS (
      SELECT ?::DATE AS from_d, ?::DATE AS lookback, ?::DATE AS last_bucket,
             ?::DATE AS origin,
             CASE WHEN ?::VARCHAR = 'month' THEN to_months(?::INTEGER) ELSE to_days(?::INTEGER) END AS step,
             ?::TIMESTAMPTZ AS lookback_ts, ?::TIMESTAMPTZ AS from_ts, ?::TIMESTAMPTZ AS cutoff,
             ?::BIGINT AS age_s, ?::BIGINT AS tolerance_s
    ),
    ${sel.sql},
    buckets AS (
      SELECT unnest(generate_series(p.lookback::TIMESTAMP, p.last_bucket::TIMESTAMP, p.step))::DATE AS bucket
      FROM p
    ),
    days AS (
      SELECT d.account_id, d.day, d.has_followers, sel.removed_at
      FROM account_days d JOIN sel USING (account_id)
    ),
    range_days AS (
      SELECT d.account_id, d.day, d.has_profile, d.followers, d.followers_key, d.followers_at
      FROM account_days d
      WHERE d.day >= ${bind(plan.lookback)}::DATE AND d.day <= ${bind(plan.to)}::DATE
        AND d.account_id IN (SELECT account_id FROM sel)
    ),
    fspan AS (
      SELECT account_id, min(day) AS first_d,
             CASE WHEN any_value(removed_at) IS NULL THEN DATE '9999-12-31' ELSE max(day) END AS last_d
      FROM days WHERE has_followers GROUP BY account_id
    ),
    ospan AS (
      SELECT account_id, min(day) AS first_d,
             CASE WHEN any_value(removed_at) IS NULL THEN DATE '9999-12-31' ELSE max(day) END AS last_d
      FROM days GROUP BY account_id
    ),
    fol AS (
      SELECT d.account_id, ${bucketOf('d.day')} AS bucket,
             arg_max(d.followers, d.followers_key) AS followers,
             max(d.followers_at) AS followers_at
      FROM range_days d, p WHERE d.has_profile GROUP BY ALL
    ),
    seen AS (
      SELECT d.account_id, ${bucketOf('d.day')} AS bucket, true AS seen
      FROM range_days d, p GROUP BY ALL
    ),
    post_n AS (
      SELECT po.account_id, ${bucketOf(utcDateSql('po.created_at'))} AS bucket, count(*) AS posts
      FROM posts po, p
      WHERE po.created_at >= ${bind(fromTs)}::TIMESTAMPTZ AND po.created_at < ${bind(cutoffTs)}::TIMESTAMPTZ
        AND po.account_id IN (SELECT account_id FROM sel)
      GROUP BY ALL
    ),
    summ AS (
      SELECT s.account_id, s.post_id, s.created_at, s.interactions, s.impressions, s.at_age,
             s.first_slot >= p.from_ts AND s.last_slot < p.cutoff AS fits
      FROM post_summaries s, p
      WHERE s.created_at >= ${bind(fromTs)}::TIMESTAMPTZ AND s.created_at < ${bind(cutoffTs)}::TIMESTAMPTZ
        AND s.account_id IN (SELECT account_id FROM sel)
    ),
    latest AS (
      SELECT s.account_id, s.created_at, s.interactions, s.impressions,
             CASE WHEN s.created_at + to_seconds(p.age_s) <= p.cutoff THEN s.at_age END AS at_age
      FROM summ s, p WHERE s.fits
      UNION ALL
      SELECT m.account_id, any_value(u.created_at),
             arg_max(${interactionsSql('m')}, ${latestKeySql('m')}) AS interactions,
             arg_max(m.impressions, ${latestKeySql('m')}) AS impressions,
             arg_min(${interactionsSql('m')}, (abs(m.age_seconds - p.age_s), m.slot, -${sourceRankSql('m')}))
               FILTER (WHERE abs(m.age_seconds - p.age_s) <= p.tolerance_s
                         AND u.created_at + to_seconds(p.age_s) <= p.cutoff) AS at_age
      FROM post_metric_snapshots m JOIN (SELECT * FROM summ WHERE NOT fits) u USING (account_id, post_id), p
      WHERE m.slot >= ${bind(snapshotsFromTs)}::TIMESTAMPTZ AND m.slot < ${bind(cutoffTs)}::TIMESTAMPTZ
        AND m.account_id IN (SELECT account_id FROM sel)
      GROUP BY m.account_id, m.post_id
    ),
    latest_b AS (
      SELECT l.account_id, ${bucketOf(utcDateSql('l.created_at'))} AS bucket,
             count(l.interactions) AS measured, sum(l.interactions) AS interactions,
             count(l.impressions) AS with_impressions, sum(l.impressions) AS impressions,
             count(l.at_age) AS at_age_posts, sum(l.at_age) AS at_age_sum
      FROM latest l, p GROUP BY ALL
    ),
    post_b AS (
      SELECT n.account_id, n.bucket, n.posts, l.measured, l.interactions, l.with_impressions,
             l.impressions, l.at_age_posts, l.at_age_sum
      FROM post_n n LEFT JOIN latest_b l USING (account_id, bucket)
    ),
    grid AS (
      SELECT s.account_id, s.platform, b.bucket,
             ${inSpan('b.bucket', 'fs.first_d', 'fs.last_d')} AS f_tracked,
             f.followers, f.followers_at,
             ${inSpan('b.bucket', 'os.first_d', 'os.last_d')} AS o_tracked,
             (f.account_id IS NOT NULL OR sn.seen IS NOT NULL OR pb.posts IS NOT NULL) AS observed,
             coalesce(pb.posts, 0) AS posts, coalesce(pb.measured, 0) AS measured, pb.interactions,
             coalesce(pb.with_impressions, 0) AS with_impressions, pb.impressions,
             coalesce(pb.at_age_posts, 0) AS at_age_posts, pb.at_age_sum
      FROM sel s CROSS JOIN buckets b CROSS JOIN p
      LEFT JOIN fspan fs ON fs.account_id = s.account_id
      LEFT JOIN ospan os ON os.account_id = s.account_id
      LEFT JOIN fol f ON f.account_id = s.account_id AND f.bucket = b.bucket
      LEFT JOIN seen sn ON sn.account_id = s.account_id AND sn.bucket = b.bucket
      LEFT JOIN post_b pb ON pb.account_id = s.account_id AND pb.bucket = b.bucket
    ),
    acct AS (
      SELECT grid.*,
             lag(followers) OVER w AS prev_followers,
             coalesce(lag(f_tracked) OVER w, false) AS prev_f_tracked,
             bucket = (SELECT lookback FROM p) AS is_lookback
      FROM grid WINDOW w AS (PARTITION BY account_id ORDER BY bucket)
    )`
  return { sql, params }
}
