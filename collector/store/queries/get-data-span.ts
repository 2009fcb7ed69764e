/**
 * The first and last UTC date with a follower count among a selection's accounts (null when there
 * is none): where the scenario's whole months begin and end.
 */
import type { Selection } from '../../figures/selection.ts'
import type { Store } from '../db.ts'
import { selectedAccountsCte } from './selection-sql.ts'
import { utcDateSql } from './post-counts-sql.ts'

export interface DataSpan {
  first: string | null
  last: string | null
}

export async function getDataSpan(
  store: Store,
  selection: Omit<Selection, 'range'>,
): Promise<DataSpan> {
  const sel = selectedAccountsCte(selection)
  const row = await store.one<DataSpan>(
    `WITH ${sel.sql}
     SELECT strftime(${utcDateSql('min(s.slot)')}, '%Y-%m-%d') AS first,
            strftime(${utcDateSql('max(s.slot)')}, '%Y-%m-%d') AS last
     FROM profile_snapshots s
     WHERE s.followers IS NOT NULL AND s.account_id IN (SELECT account_id FROM sel)`,
    sel.params,
  )
  return row ?? { first: null, last: null }
}
