/**
 * Posts of a selection created in a range, across platforms, with their counts at the latest
 * snapshot before the end of the range and their interactions at equal age (the snapshot
 * closest to EQUAL_AGE, within its tolerance). Sorted on a whitelisted column, nulls last.
 * A post whose snapshots all precede the end of the range is read from post_summaries (migration
 * 006: the same latest-with-interactions and equal-age snapshots; summaryFitsSql, the rule the
 * figures use too), the others from the summary's history
 * list cut at the end of the range (migration 007); the page is chosen on the numbers alone and
 * its rows then get their text, url and names (and, if ranked from history, their counts).
 */
import type { PostCount, PostFigures, PostSort } from '@crossreach/shared/api'
import { EQUAL_AGE } from '@crossreach/shared/metrics'
import { addDays } from '@crossreach/shared/periods'
import { PLATFORM_INFO, POST_METRICS, type PostMetric } from '@crossreach/shared/platforms'
import type { Selection } from '../../figures/selection.ts'
import type { Store } from '../db.ts'
import { getPostListCounts } from './get-post-list-counts.ts'
import { getPostSnapshotCounts, snapshotKey } from './get-post-snapshot-counts.ts'
import { getPostTexts, postKey, type PostText } from './get-post-texts.ts'
import { selectedAccountsCte } from './selection-sql.ts'
import {
  decodeLatestKey,
  historyAgeOrderSql,
  historyBeforeSql,
  historyKeyAt,
  historyNearAgeSql,
  summaryFitsSql,
} from './post-counts-sql.ts'

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

type Row = Omit<
  PostFigures,
  'createdAt' | 'countedAt' | 'counts' | 'at7DaysAgeHours' | keyof PostText
> &
  Pick<PostFigures, 'accountId' | 'postId'> &
  Record<PostMetric, number | null> & {
    createdAt: Date
    countedAt: Date | null
    at7DaysAgeSeconds: number | null
    /** For a post ranked from its history: the latest counted snapshot's key (latestKeySql). */
    countedKey: number | null
  }

export async function getPostList(
  store: Store,
  selection: Selection,
  page: PostListPage,
): Promise<{ total: number; posts: PostFigures[] }> {
  // Usually every post of the range has a summary that fits it (a range up to today): the page is
  // asked for on that guess while the counts are read, and asked for again when they say otherwise.
  const counting = getPostListCounts(store, selection)
  const guess = getPageRows(store, selection, page, { unfit: false, unsummarised: false })
  guess.catch(() => undefined)
  const counts = await counting
  const unsummarised = counts.posts > counts.summarised
  const rows =
    !counts.unfit && (!unsummarised || sortsBeforeUnsummarised(await guess, page))
      ? await guess
      : await getPageRows(store, selection, page, { ...counts, unsummarised })
  await fillHistoryCounts(store, rows)
  // Text and url for the page's rows only.
  const texts = await getPostTexts(store, rows)
  const posts = rows.flatMap((r) => {
    const text = texts.get(postKey(r))
    return text ? [toPost(r, text)] : []
  })
  return { total: counts.posts, posts }
}

/**
 * Posts without a summary have no numbers, and sort after every post that has one (nulls last,
 * either order): when the page of summarised posts alone is full and its last row has a number
 * to sort on, they cannot be on it. (Typically the posts created since their account's last
 * collection; finding them costs more than the rest of the list.)
 */
function sortsBeforeUnsummarised(rows: Row[], page: PostListPage): boolean {
  const last = rows.at(-1)
  if (page.sort === 'createdAt' || rows.length < page.limit || !last) return false
  return last[page.sort] !== null
}

/**
 * The page's rows with their numbers and names (no text): posts whose summary fits the range,
 * plus, from their history, those whose summary does not (unfit: some exist)
 * and those without a summary (unsummarised: some posts have no snapshots at all).
 */
async function getPageRows(
  store: Store,
  selection: Selection,
  page: PostListPage,
  counts: { unfit: boolean; unsummarised: boolean },
): Promise<Row[]> {
  const sel = selectedAccountsCte(selection)
  const fromMs = Date.parse(`${selection.range.from}T00:00:00Z`)
  const cutoffMs = Date.parse(`${addDays(selection.range.to, 1)}T00:00:00Z`)
  // Time bounds written in as constants (from Dates, never from input text): DuckDB filters on
  // them while scanning and skips the row groups outside the range.
  const from = timestamp(fromMs)
  const cutoff = timestamp(cutoffMs)
  // Posts created at or before agedBy are old enough for an equal-age count by the end.
  const agedBy = timestamp(cutoffMs - EQUAL_AGE.seconds * 1000)
  const selected = (alias: string) =>
    `${alias}.created_at >= ${from} AND ${alias}.created_at < ${cutoff}
       AND ${alias}.account_id IN (SELECT account_id FROM sel)`
  const fits = summaryFitsSql('s', cutoff)
  const order = `${SORT_COLUMNS[page.sort]} ${page.order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST,
              created_at DESC, account_id, post_id`
  const parts = [
    // Posts whose summary fits the range (all their snapshots lie in it): its numbers.
    `SELECT s.account_id, s.post_id, s.created_at, s.interactions, s.counted_at,
            ${POST_METRICS.map((k) => `s.counted_${k} AS ${k}`).join(', ')},
            CASE WHEN s.created_at <= ${agedBy} THEN s.at_age END AS interactions_at_7_days,
            CASE WHEN s.created_at <= ${agedBy} THEN s.at_age_seconds END AS at_7_days_age_seconds,
            NULL::BIGINT AS counted_key
     FROM post_summaries s WHERE ${fits} AND ${selected('s')}`,
  ]
  if (counts.unfit) {
    // The others from their history list cut at the end of the range (post_summaries, migration
    // 007; post-counts-sql.ts): the latest entry with interactions, and the equal-age one.
    // The lists are unnested and grouped per post again (list lambdas cost about 2 µs per post);
    // a summary's history is never empty, so every such post keeps its row. Their separate counts
    // are read for the page's rows only (getPostSnapshotCounts).
    const inRange = (h: string) =>
      `${historyBeforeSql(h, String(historyKeyAt(cutoffMs)))} AND ${h}.v IS NOT NULL`
    parts.push(
      `SELECT account_id, post_id, created_at, latest.v, NULL::TIMESTAMPTZ,
              ${POST_METRICS.map((k) => (k === 'impressions' ? 'latest.imp' : 'NULL::BIGINT')).join(', ')},
              at_age.v, at_age.age, latest.k
       FROM (
         SELECT any_value(account_id) AS account_id, any_value(post_id) AS post_id,
                any_value(created_at) AS created_at,
                arg_max(h, h.k) FILTER (WHERE ${inRange('h')}) AS latest,
                arg_min({v: h.v, age: h.age_s}, ${historyAgeOrderSql('h')})
                  FILTER (WHERE old_enough AND ${inRange('h')} AND ${historyNearAgeSql('h')})
                  AS at_age
         FROM (
           SELECT s.rowid AS post, s.account_id, s.post_id, s.created_at,
                  s.created_at <= ${agedBy} AS old_enough, unnest(s.history) AS h
           FROM post_summaries s WHERE NOT (${fits}) AND ${selected('s')}
         )
         GROUP BY post
       )`,
    )
  }
  if (counts.unsummarised) {
    // Posts without a summary have no snapshots: no counts.
    parts.push(
      `SELECT po.account_id, po.post_id, po.created_at,
              ${Array.from({ length: POST_METRICS.length + 5 }, () => 'NULL').join(', ')}
       FROM (SELECT * FROM posts po WHERE ${selected('po')}) po
       ANTI JOIN (
         SELECT account_id, post_id FROM post_summaries s
         WHERE s.created_at >= ${from} AND s.created_at < ${cutoff}
       ) s USING (account_id, post_id)`,
    )
  }
  return store.all<Row>(
    `WITH ${sel.sql},
     -- One row per post of the selection created in the range; the page on the numbers alone.
     ranked AS (
       ${parts.join('\n       UNION ALL\n       ')}
       ORDER BY ${order} LIMIT ? OFFSET ?
     )
     SELECT * FROM (
       SELECT s.platform, k.*, a.handle, o.name AS organisation
       FROM ranked k JOIN sel s ON s.account_id = k.account_id
       JOIN accounts a ON a.id = k.account_id JOIN organisations o ON o.id = a.organisation_id
     )
     ORDER BY ${order}`,
    [...sel.params, page.limit, page.offset],
  )
}

/** The slot and separate counts of rows ranked from their history, from that snapshot. */
async function fillHistoryCounts(store: Store, rows: Row[]): Promise<void> {
  const keyed = rows.flatMap((r) => {
    if (r.countedKey === null) return []
    const key = { ...r, ...decodeLatestKey(r.countedKey) }
    return [{ row: r, key }]
  })
  const found = await getPostSnapshotCounts(
    store,
    keyed.map((k) => k.key),
  )
  for (const { row, key } of keyed) {
    const counts = found.get(snapshotKey(key))
    if (!counts) throw new Error(`snapshot ${snapshotKey(key)} of the history list not found`)
    row.countedAt = key.slot
    for (const metric of POST_METRICS) row[metric] = counts[metric]
  }
}

/** A TIMESTAMPTZ literal from epoch milliseconds (an ISO string DuckDB reads as UTC). */
function timestamp(ms: number): string {
  return `'${new Date(ms).toISOString()}'::TIMESTAMPTZ`
}

function toPost(r: Row, t: PostText): PostFigures {
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
    url: t.url,
    createdAt: r.createdAt.toISOString(),
    kind: t.kind,
    text: t.text,
    lang: t.lang,
    hasMedia: t.hasMedia,
    interactions: r.interactions,
    countedAt: r.countedAt ? r.countedAt.toISOString() : null,
    counts,
    interactionsAt7Days: r.interactionsAt7Days,
    at7DaysAgeHours:
      r.at7DaysAgeSeconds === null ? null : Math.round((r.at7DaysAgeSeconds / 3600) * 10) / 10,
  }
}
