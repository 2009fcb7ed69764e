/**
 * Posts of a selection created in a range, across platforms, with their counts at the latest
 * snapshot before the end of the range and their interactions at equal age (the snapshot
 * closest to EQUAL_AGE, within its tolerance). Sorted on a whitelisted column, nulls last.
 * A post whose snapshots all lie in the range is read from post_summaries (migration 006: the
 * same latest-with-interactions and equal-age snapshots), the others from their snapshots; the
 * page is chosen on the numbers alone and its rows then get their text, url and names.
 */
import type { PostCount, PostFigures, PostSort } from '@crossreach/shared/api'
import { EQUAL_AGE } from '@crossreach/shared/metrics'
import { addDays } from '@crossreach/shared/periods'
import { PLATFORM_INFO, POST_METRICS, type PostMetric } from '@crossreach/shared/platforms'
import type { Selection } from '../../figures/selection.ts'
import type { SqlValue, Store } from '../db.ts'
import { getSnapshotsNeededFrom } from './get-snapshots-needed-from.ts'
import { interactionsSql, latestKeySql, sourceRankSql } from './post-counts-sql.ts'
import { selectedAccountsCte } from './selection-sql.ts'

const SORT_COLUMNS: Record<PostSort, string> = {
  interactionsAt7Days: 'interactions_at_7_days',
  interactions: 'interactions',
  createdAt: 'created_at',
}

export interface PostListPage {
  sort: PostSort
  order: 'asc' | 'desc'
  limit: number
  offset: number
}

type Row = Omit<PostFigures, 'createdAt' | 'countedAt' | 'counts' | 'at7DaysAgeHours'> &
  Record<PostMetric, number | null> & {
    createdAt: Date
    countedAt: Date | null
    at7DaysAgeSeconds: number | null
    total: number
  }

export async function getPostList(
  store: Store,
  selection: Selection,
  page: PostListPage,
): Promise<{ total: number; posts: PostFigures[] }> {
  const sel = selectedAccountsCte(selection)
  const { from, to } = selection.range
  const rank = sourceRankSql('m')
  const fromTs = `${from}T00:00:00Z`
  const cutoffTs = `${addDays(to, 1)}T00:00:00Z`
  // Posts whose summary fits the range are read from post_summaries; the snapshots of the others
  // lie at or after snapshotsFrom, or nowhere when it is null (every summary fits).
  const snapshotsFrom = await getSnapshotsNeededFrom(store, selection.range)
  const snapshotsFromTs =
    snapshotsFrom === null
      ? cutoffTs
      : new Date(Math.max(snapshotsFrom.getTime(), Date.parse(fromTs))).toISOString()
  const params: SqlValue[] = [
    fromTs,
    cutoffTs,
    EQUAL_AGE.days * 86_400,
    EQUAL_AGE.toleranceHours * 3_600,
    ...sel.params,
  ]
  // Bounds bound right in the scans' WHERE clauses (not read from p): a constant filter lets
  // DuckDB skip the row groups outside the range.
  const bind = (value: SqlValue): string => {
    params.push(value)
    return '?'
  }
  const order = `${SORT_COLUMNS[page.sort]} ${page.order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST,
              created_at DESC, account_id, post_id`
  const rows = await store.all<Row>(
    `WITH p AS (
       SELECT ?::TIMESTAMPTZ AS from_ts, ?::TIMESTAMPTZ AS cutoff,
              ?::BIGINT AS age_s, ?::BIGINT AS tolerance_s
     ),
     ${sel.sql},
     post_rows AS (
       SELECT po.account_id, po.post_id, po.created_at FROM posts po
       WHERE po.created_at >= ${bind(fromTs)}::TIMESTAMPTZ AND po.created_at < ${bind(cutoffTs)}::TIMESTAMPTZ
         AND po.account_id IN (SELECT account_id FROM sel)
     ),
     summ AS (
       SELECT s.*, s.first_slot >= p.from_ts AND s.last_slot < p.cutoff AS fits
       FROM post_summaries s, p
       WHERE s.created_at >= ${bind(fromTs)}::TIMESTAMPTZ AND s.created_at < ${bind(cutoffTs)}::TIMESTAMPTZ
         AND s.account_id IN (SELECT account_id FROM sel)
     ),
     counted AS (
       SELECT s.account_id, s.post_id, s.interactions, s.counted_at,
              ${POST_METRICS.map((k) => `s.counted_${k} AS ${k}`).join(', ')},
              CASE WHEN s.created_at + to_seconds(p.age_s) <= p.cutoff THEN s.at_age END
                AS interactions_at_7_days,
              CASE WHEN s.created_at + to_seconds(p.age_s) <= p.cutoff THEN s.at_age_seconds END
                AS at_7_days_age_seconds
       FROM summ s, p WHERE s.fits
       UNION ALL
       SELECT account_id, post_id, latest.interactions, latest.slot,
              ${POST_METRICS.map((k) => `latest.${k}`).join(', ')},
              at_age.interactions, at_age.age
       FROM (
         SELECT m.account_id, m.post_id,
                arg_max({likes: m.likes, reposts: m.reposts, replies: m.replies, quotes: m.quotes,
                         bookmarks: m.bookmarks, impressions: m.impressions,
                         interactions: ${interactionsSql('m')}, slot: m.slot}, ${latestKeySql('m')})
                  FILTER (WHERE ${interactionsSql('m')} IS NOT NULL) AS latest,
                arg_min({interactions: ${interactionsSql('m')}, age: m.age_seconds},
                        (abs(m.age_seconds - p.age_s), m.slot, -${rank}))
                  FILTER (WHERE abs(m.age_seconds - p.age_s) <= p.tolerance_s
                            AND ${interactionsSql('m')} IS NOT NULL
                            AND u.created_at + to_seconds(p.age_s) <= p.cutoff) AS at_age
         FROM post_metric_snapshots m
         JOIN (SELECT account_id, post_id, created_at FROM summ WHERE NOT fits) u
           USING (account_id, post_id), p
         WHERE m.slot >= ${bind(snapshotsFromTs)}::TIMESTAMPTZ AND m.slot < ${bind(cutoffTs)}::TIMESTAMPTZ
           AND m.account_id IN (SELECT account_id FROM sel)
         GROUP BY m.account_id, m.post_id
       )
     ),
     -- The page from the numbers alone; text, url and names are joined for its rows only.
     ranked AS (
       SELECT r.account_id, r.post_id, r.created_at, c.* EXCLUDE (account_id, post_id)
       FROM post_rows r LEFT JOIN counted c USING (account_id, post_id)
       ORDER BY ${order}
       LIMIT ${bind(page.limit)} OFFSET ${bind(page.offset)}
     )
     SELECT * FROM (
       SELECT s.platform, k.account_id, a.handle, o.name AS organisation, k.post_id, po.url,
              k.created_at, po.kind, po.text, po.lang, po.has_media, k.interactions, k.counted_at,
              ${POST_METRICS.map((m) => `k.${m}`).join(', ')},
              k.interactions_at_7_days, k.at_7_days_age_seconds,
              (SELECT count(*) FROM post_rows) AS total
       FROM ranked k
       JOIN posts po USING (account_id, post_id)
       JOIN sel s USING (account_id)
       JOIN accounts a ON a.id = k.account_id JOIN organisations o ON o.id = a.organisation_id
       WHERE po.created_at >= ${bind(fromTs)}::TIMESTAMPTZ AND po.created_at < ${bind(cutoffTs)}::TIMESTAMPTZ
     )
     ORDER BY ${order}`,
    params,
  )
  return { total: rows[0]?.total ?? (await countPosts(store, selection)), posts: rows.map(toPost) }
}

function toPost(r: Row): PostFigures {
  const supplied = PLATFORM_INFO[r.platform].postMetrics
  const counts = {} as Record<PostMetric, PostCount>
  for (const metric of POST_METRICS) {
    const available = supplied.includes(metric)
    counts[metric] = { value: available ? r[metric] : null, available }
  }
  return {
    platform: r.platform,
    accountId: r.accountId,
    handle: r.handle,
    organisation: r.organisation,
    postId: r.postId,
    url: r.url,
    createdAt: r.createdAt.toISOString(),
    kind: r.kind,
    text: r.text,
    lang: r.lang,
    hasMedia: r.hasMedia,
    interactions: r.interactions,
    countedAt: r.countedAt ? r.countedAt.toISOString() : null,
    counts,
    interactionsAt7Days: r.interactionsAt7Days,
    at7DaysAgeHours:
      r.at7DaysAgeSeconds === null ? null : Math.round((r.at7DaysAgeSeconds / 3600) * 10) / 10,
  }
}

/** The total when the page is past the end (no row carries it). */
async function countPosts(store: Store, selection: Selection): Promise<number> {
  const sel = selectedAccountsCte(selection)
  const row = await store.one<{ n: number }>(
    `WITH ${sel.sql}
     SELECT count(*) AS n FROM posts po JOIN sel USING (account_id)
     WHERE po.created_at >= ?::TIMESTAMPTZ AND po.created_at < ?::TIMESTAMPTZ`,
    [
      ...sel.params,
      `${selection.range.from}T00:00:00Z`,
      `${addDays(selection.range.to, 1)}T00:00:00Z`,
    ],
  )
  return row?.n ?? 0
}
