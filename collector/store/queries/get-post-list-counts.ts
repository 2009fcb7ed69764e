/**
 * What the Posts list needs to know before choosing its page: how many posts of the selection
 * were created in the range (the list's total), how many of them have a summary (a post without
 * one has no snapshots at all), and the earliest first slot of the posts whose summary does not
 * fit the range (null when every summary fits).
 */
import { addDays } from '@crossreach/shared/periods'
import type { Selection } from '../../figures/selection.ts'
import type { Store } from '../db.ts'
import { selectedAccountsCte } from './selection-sql.ts'

export interface PostListCounts {
  posts: number
  summarised: number
  snapshotsFrom: Date | null
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
            min(s.first_slot) FILTER (WHERE NOT (s.first_slot >= ?::TIMESTAMPTZ
                                                 AND s.last_slot < ?::TIMESTAMPTZ)) AS snapshots_from
     FROM post_summaries s
     WHERE s.created_at >= ?::TIMESTAMPTZ AND s.created_at < ?::TIMESTAMPTZ
       AND s.account_id IN (SELECT account_id FROM sel)`,
    [...sel.params, from, cutoff, from, cutoff, from, cutoff],
  )
  return row ?? { posts: 0, summarised: 0, snapshotsFrom: null }
}
