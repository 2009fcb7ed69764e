/**
 * Posts of a selection created in a range, across platforms, with their counts at the latest
 * snapshot before the end of the range and their interactions at equal age (the snapshot
 * closest to EQUAL_AGE, within its tolerance). Sorted on a whitelisted column, nulls last.
 */
import type { PostCount, PostFigures, PostSort } from '@crossreach/shared/api'
import { EQUAL_AGE } from '@crossreach/shared/metrics'
import { addDays } from '@crossreach/shared/periods'
import { PLATFORM_INFO, POST_METRICS, type PostMetric } from '@crossreach/shared/platforms'
import type { Selection } from '../../figures/selection.ts'
import type { Store } from '../db.ts'
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
  const rows = await store.all<Row>(
    `WITH p AS (
       SELECT ?::TIMESTAMPTZ AS from_ts, ?::TIMESTAMPTZ AS cutoff,
              ?::BIGINT AS age_s, ?::BIGINT AS tolerance_s
     ),
     ${sel.sql},
     post_rows AS (
       SELECT po.*, s.platform FROM posts po JOIN sel s USING (account_id), p
       -- Bounds as parameters, not from p: a constant filter lets DuckDB skip old row groups.
       WHERE po.created_at >= ?::TIMESTAMPTZ AND po.created_at < ?::TIMESTAMPTZ
     ),
     counted AS (
       SELECT m.account_id, m.post_id,
              arg_max({likes: m.likes, reposts: m.reposts, replies: m.replies, quotes: m.quotes,
                       bookmarks: m.bookmarks, impressions: m.impressions,
                       interactions: ${interactionsSql('m')}, slot: m.slot}, ${latestKeySql('m')})
                FILTER (WHERE ${interactionsSql('m')} IS NOT NULL) AS latest,
              arg_min({interactions: ${interactionsSql('m')}, age: m.age_seconds},
                      (abs(m.age_seconds - p.age_s), m.slot, -${rank}))
                FILTER (WHERE abs(m.age_seconds - p.age_s) <= p.tolerance_s
                          AND ${interactionsSql('m')} IS NOT NULL
                          AND r.created_at + to_seconds(p.age_s) <= p.cutoff) AS at_age
       FROM post_metric_snapshots m JOIN post_rows r USING (account_id, post_id), p
       WHERE m.slot >= ?::TIMESTAMPTZ AND m.slot < ?::TIMESTAMPTZ GROUP BY ALL
     ),
     listed AS (
       SELECT r.platform, r.account_id, a.handle, o.name AS organisation, r.post_id, r.url,
              r.created_at, r.kind, r.text, r.lang, r.has_media,
              c.latest.interactions AS interactions, c.latest.slot AS counted_at,
              c.latest.likes AS likes, c.latest.reposts AS reposts, c.latest.replies AS replies,
              c.latest.quotes AS quotes, c.latest.bookmarks AS bookmarks,
              c.latest.impressions AS impressions,
              c.at_age.interactions AS interactions_at_7_days, c.at_age.age AS at_7_days_age_seconds
       FROM post_rows r
       JOIN accounts a ON a.id = r.account_id JOIN organisations o ON o.id = a.organisation_id
       LEFT JOIN counted c USING (account_id, post_id)
     )
     SELECT *, count(*) OVER () AS total FROM listed
     ORDER BY ${SORT_COLUMNS[page.sort]} ${page.order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST,
              created_at DESC, account_id, post_id
     LIMIT ? OFFSET ?`,
    [
      fromTs,
      cutoffTs,
      EQUAL_AGE.days * 86_400,
      EQUAL_AGE.toleranceHours * 3_600,
      ...sel.params,
      fromTs,
      cutoffTs,
      fromTs,
      cutoffTs,
      page.limit,
      page.offset,
    ],
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
