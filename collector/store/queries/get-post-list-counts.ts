/**
 * What the Posts list needs to know before choosing its page: how many posts of the selection
 * were created in the range (the list's total), how many of them have a summary (a post without
 * one has no snapshots at all), and whether any summary does not fit the range (summaryFitsSql:
 * those posts are ranked from their history).
 */
import { addDays } from '@crossreach/shared/periods'
import type { Selection } from '../../figures/selection.ts'
import type { Store } from '../db.ts'
import { summaryFitsSql } from './post-counts-sql.ts'
import { selectedAccountsCte } from './selection-sql.ts'

export interface PostListCounts {
  posts: number
  summarised: number
  unfit: boolean
}

export async function getPostListCounts(
  store: Store,
  selection: Selection,
): Promise<PostListCounts> {
  const sel = selectedAccountsCte(selection)
  const from = `${selection.range.from}T00:00:00Z`
  const cutoff = `${addDays(selection.range.to, 1)}T00:00:00Z`
  // The bounds are bound in each scan's WHERE clause: DuckDB skips the row groups outside them.
  const row = await store.one<PostListCounts>(
    `WITH ${sel.sql}
     SELECT (SELECT count(*) FROM posts po
             WHERE po.created_at >= ?::TIMESTAMPTZ AND po.created_at < ?::TIMESTAMPTZ
               AND po.account_id IN (SELECT account_id FROM sel)) AS posts,
            count(*) AS summarised,
            coalesce(bool_or(NOT (${summaryFitsSql('s', '?::TIMESTAMPTZ')})), false) AS unfit
     FROM post_summaries s
     WHERE s.created_at >= ?::TIMESTAMPTZ AND s.created_at < ?::TIMESTAMPTZ
       AND s.account_id IN (SELECT account_id FROM sel)`,
    [...sel.params, from, cutoff, cutoff, from, cutoff],
  )
  return row ?? { posts: 0, summarised: 0, unfit: false }
}
