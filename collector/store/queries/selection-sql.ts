/**
 * The `sel` CTE shared by the figures queries: the accounts of a selection (platforms, whose
 * accounts, one account). Only placeholders are generated here; every value is bound.
 */
import { PLATFORMS } from '@crossreach/shared/platforms'
import type { Selection } from '../../figures/selection.ts'
import type { SqlValue } from '../db.ts'

/**
 * `activeSince` (YYYY-MM-DD) leaves out accounts removed before that date: nothing was collected
 * for them since, and they would only show as an empty platform.
 */
export function selectedAccountsCte(
  selection: Omit<Selection, 'range'>,
  activeSince?: string,
): {
  sql: string
  params: SqlValue[]
} {
  const where = [`a.platform IN (${selection.platforms.map(() => '?').join(', ')})`]
  const params: SqlValue[] = [...selection.platforms]
  if (activeSince) {
    where.push(`(a.removed_at IS NULL OR (a.removed_at AT TIME ZONE 'UTC')::DATE >= ?::DATE)`)
    params.push(activeSince)
  }
  const org = selection.organisation
  if (org === 'own' || org === 'peer') {
    where.push('o.kind = ?')
    params.push(org)
  } else if (typeof org === 'number') {
    where.push('o.id = ?')
    params.push(org)
  }
  if (selection.account !== null) {
    where.push('a.id = ?')
    params.push(selection.account)
  }
  return {
    sql: `sel AS (
      SELECT a.id AS account_id, a.platform, a.removed_at
      FROM accounts a JOIN organisations o ON o.id = a.organisation_id
      WHERE ${where.join(' AND ')}
    )`,
    params,
  }
}

/**
 * True when the selection is every account (all organisations, all platforms, no one account).
 * Queries that filter rows early by `sel` can skip that filter then: their joins with `sel`
 * drop whatever is not selected anyway, and on the national benchmark the filter was about 15%
 * of the figures' time for every account and nothing saved.
 */
export function selectsEveryAccount(selection: Omit<Selection, 'range'>): boolean {
  return (
    selection.organisation === 'all' &&
    selection.account === null &&
    PLATFORMS.every((p) => selection.platforms.includes(p))
  )
}
