/**
 * The CTE chain behind the figures: one row per selected account and bucket (including the
 * look-back bucket) with its last follower count, the one of the bucket before, whether the
 * account was being tracked then, whether anything was collected for it in the bucket, and the
 * sums over the posts created in the bucket. The queries in get-figures-*.ts aggregate it.
 *
 * It reads the rollups of migrations 005 to 010, never all of history:
 * - Followers: the last non-null count in the bucket (latest slot, then source), from each day's
 *   last count in account_days. Tracked spans from account_spans: an account is tracked in a
 *   bucket from the bucket of its first count to that of its last (open-ended while the account
 *   is active); a tracked account without a count in a bucket is a gap, not a smaller total.
 * - Posts created in a period of the plan (the range; or the previous period and the range, for
 *   the totals), counted as they stood at the end of their period: each post with its latest
 *   snapshot before that end, and at equal age with the snapshot closest to EQUAL_AGE, within its
 *   tolerance, once it is old enough by then. A creation day adds up from post_days: its sums
 *   when all its posts' snapshots precede the end, otherwise its day lists at the period's last
 *   day (their last entry once its posts stopped being re-read before it). Its equal-age sums
 *   count when its posts were all old enough well before the end, nothing when none was; the
 *   days in between (the equal-age band) read the at-age day lists. (A snapshot taken before
 *   the range, by a clock behind the platform's, counts like any other before its end.)
 * - Accounts removed before a period's activeSince have no rows in its buckets.
 * - A bucket holds the UTC dates bucket-sql.ts assigns it; dates before `from` fall in the
 *   look-back. Times are bound as UTC instants ending in Z, so no time zone changes a result.
 *   Every bound is bound where it is used (not read from a CTE), so DuckDB filters while scanning
 *   and skips row groups by their min/max.
 */
import { EQUAL_AGE } from '@crossreach/shared/metrics'
import { addDays, epochDay, fromEpochDay } from '@crossreach/shared/periods'
import type { BucketPlan, PlanPeriod } from '../../figures/bucket-plan.ts'
import type { Selection } from '../../figures/selection.ts'
import { binder, type Bind, type SqlValue } from '../db.ts'
import { bucketStartsSql, dayBucketSql } from './bucket-sql.ts'
import { selectedAccountsCte, selectsEveryAccount } from './selection-sql.ts'

export function accountBucketsSql(
  plan: BucketPlan,
  selection: Omit<Selection, 'range'>,
): { sql: string; params: SqlValue[] } {
  const sel = selectedAccountsCte(selection, plan.lookback)
  const params: SqlValue[] = [...sel.params]
  const bind = binder(params)
  // Rows are filtered by the selection early, while scanning, unless it is every account: the
  // grid joins `sel`, so the filter only saves work on a part of the accounts.
  const inSelection = (column: string) =>
    selectsEveryAccount(selection) ? 'true' : `${column} IN (SELECT account_id FROM sel)`
  const bucketOfDay = () => dayBucketSql(plan, 'd.day', bind)
  // True when bucket `b` lies within a span of dates (NULL span: never).
  const inSpan = (b: string, first: string, last: string) =>
    `coalesce(${dayBucketSql(plan, first, bind)} <= ${b} AND ${b} <= ${dayBucketSql(plan, last, bind)}, false)`
  // The period a bucket belongs to: the last one starting on or before it.
  const activeSince = () =>
    plan.periods.length === 1
      ? `${bind(plan.periods[0]!.activeSince)}::DATE`
      : `CASE ${plan.periods
          .slice(1)
          .reverse()
          .map((q) => `WHEN bucket >= ${bind(q.from)}::DATE THEN ${bind(q.activeSince)}::DATE`)
          .join(' ')} ELSE ${bind(plan.periods[0]!.activeSince)}::DATE END`
  const sql = `WITH
    ${sel.sql},
    buckets AS (
      SELECT bucket, row_number() OVER (ORDER BY bucket) AS n, ${activeSince()} AS active_since
      FROM ${bucketStartsSql(plan, bind)}
    ),
    spans AS (
      SELECT sp.account_id, sp.first_day, sp.first_followers_day,
             CASE WHEN sel.removed_at IS NULL THEN DATE '9999-12-31' ELSE sp.last_day END AS last_day,
             CASE WHEN sel.removed_at IS NULL THEN DATE '9999-12-31' ELSE sp.last_followers_day END
               AS last_followers_day
      FROM account_spans sp JOIN sel USING (account_id)
    ),
    day_b AS (
      SELECT d.account_id, ${bucketOfDay()} AS bucket,
             arg_max(d.followers, d.followers_key) FILTER (WHERE d.has_profile) AS followers,
             max(d.followers_at) FILTER (WHERE d.has_profile) AS followers_at
      FROM account_days d
      WHERE d.day >= ${bind(plan.lookback)}::DATE AND d.day <= ${bind(plan.to)}::DATE
        AND ${inSelection('d.account_id')}
      GROUP BY ALL
    ),
    post_d AS (
      ${plan.periods.map((period) => periodPostDaysSql(period, bind, inSelection)).join('\n      UNION ALL\n      ')}
    ),
    post_b AS (
      SELECT d.account_id, ${bucketOfDay()} AS bucket, sum(d.posts) AS posts,
             sum(d.measured) AS measured, sum(d.interactions) AS interactions,
             sum(d.with_impressions) AS with_impressions, sum(d.impressions) AS impressions,
             sum(d.at_age_posts) AS at_age_posts, sum(d.at_age_sum) AS at_age_sum
      FROM post_d d GROUP BY ALL
    ),
    grid AS (
      SELECT s.account_id, s.platform, b.bucket, b.n,
             ${inSpan('b.bucket', 'sp.first_followers_day', 'sp.last_followers_day')} AS f_tracked,
             db.followers, db.followers_at,
             ${inSpan('b.bucket', 'sp.first_day', 'sp.last_day')} AS o_tracked,
             (db.account_id IS NOT NULL OR pb.posts IS NOT NULL) AS observed,
             coalesce(pb.posts, 0) AS posts, coalesce(pb.measured, 0) AS measured, pb.interactions,
             coalesce(pb.with_impressions, 0) AS with_impressions, pb.impressions,
             coalesce(pb.at_age_posts, 0) AS at_age_posts, pb.at_age_sum
      FROM sel s JOIN buckets b
        ON s.removed_at IS NULL OR (s.removed_at AT TIME ZONE 'UTC')::DATE >= b.active_since
      LEFT JOIN spans sp ON sp.account_id = s.account_id
      LEFT JOIN day_b db ON db.account_id = s.account_id AND db.bucket = b.bucket
      LEFT JOIN post_b pb ON pb.account_id = s.account_id AND pb.bucket = b.bucket
    ),
    acct AS (
      SELECT g.* EXCLUDE (n), pg.followers AS prev_followers,
             coalesce(pg.f_tracked, false) AS prev_f_tracked,
             g.n = 1 AS is_lookback
      FROM grid g LEFT JOIN grid pg ON pg.account_id = g.account_id AND pg.n = g.n - 1
    )`
  return { sql, params }
}

/**
 * One period's posts per account and creation day (see the module comment), counted as they
 * stood at the period's end: the rows the `post_d` union takes from post_days.
 */
function periodPostDaysSql(
  period: PlanPeriod,
  bind: Bind,
  inSelection: (column: string) => string,
): string {
  const cutoffTs = `${addDays(period.to, 1)}T00:00:00Z`
  // The creation days whose posts may be old enough by the end of the period while their
  // equal-age snapshot falls after it (EQUAL_AGE): they read the at-age day lists too.
  const cutoffDay = epochDay(addDays(period.to, 1))
  const band = [
    Math.floor(cutoffDay - (EQUAL_AGE.seconds + EQUAL_AGE.toleranceSeconds) / 86_400),
    Math.floor(cutoffDay - EQUAL_AGE.seconds / 86_400),
  ].map(fromEpochDay)
  const inBand = () => `day BETWEEN ${bind(band[0]!)}::DATE AND ${bind(band[1]!)}::DATE`
  // A day's list entry at the end of the period (the last one if its posts matured before it).
  const atEnd = (list: string) =>
    `d.${list}[least(${bind(cutoffDay)}::INTEGER - (d.day - DATE '1970-01-01'), len(d.${list}))]`
  const days = () =>
    `d.day >= ${bind(period.from)}::DATE AND d.day <= ${bind(period.to)}::DATE AND ${inSelection('d.account_id')}`
  const atAge = (column: string, none: string) =>
    `CASE WHEN d.day < ${bind(band[0]!)}::DATE THEN d.${column} ELSE ${none} END AS ${column}`
  // Outside the band a day's posts are all old enough for the equal-age count by the end of the
  // period (before the band, with every such snapshot in it) or none is (after). Days still
  // being re-read after the period read their lists, and the band reads every list (list
  // columns are only read for those rows). The band stays a branch of its own: one branch on
  // `band OR last_slot >= end`, reading the at-age lists too, took about 20% more CPU for all
  // accounts and 70% more for a year of own accounts on the national benchmark.
  return `SELECT account_id, day, posts, measured, interactions, with_impressions, impressions,
             ${atAge('at_age_posts', '0')}, ${atAge('at_age_sum', 'NULL')}
      FROM post_days d
      WHERE ${days()} AND NOT ${inBand()}
        AND coalesce(last_slot < ${bind(cutoffTs)}::TIMESTAMPTZ, true)
      UNION ALL
      SELECT account_id, day, posts, coalesce(${atEnd('day_measured')}, 0),
             ${atEnd('day_interactions')}, coalesce(${atEnd('day_with_impressions')}, 0),
             ${atEnd('day_impressions')}, ${atAge('at_age_posts', '0')}, ${atAge('at_age_sum', 'NULL')}
      FROM post_days d
      WHERE ${days()} AND NOT ${inBand()}
        AND last_slot >= ${bind(cutoffTs)}::TIMESTAMPTZ
      UNION ALL
      SELECT account_id, day, posts, coalesce(${atEnd('day_measured')}, 0),
             ${atEnd('day_interactions')}, coalesce(${atEnd('day_with_impressions')}, 0),
             ${atEnd('day_impressions')}, coalesce(${atEnd('day_at_age_posts')}, 0),
             ${atEnd('day_at_age_sum')}
      FROM post_days d
      WHERE ${days()} AND ${inBand()}`
}
