/** Accounts that are collected: not removed, optionally filtered by platform or id. */
import type { Platform } from '@crossreach/shared/platforms'
import type { SqlValue, Store } from '../db.ts'

export interface ActiveAccount {
  id: number
  organisationId: number
  platform: Platform
  platformId: string | null
  handle: string
  instance: string | null
}

export async function getActiveAccounts(
  store: Store,
  filter: { platform?: Platform; accountId?: number } = {},
): Promise<ActiveAccount[]> {
  const where = ['removed_at IS NULL']
  const params: SqlValue[] = []
  if (filter.platform) {
    where.push('platform = ?')
    params.push(filter.platform)
  }
  if (filter.accountId !== undefined) {
    where.push('id = ?')
    params.push(filter.accountId)
  }
  return store.all<ActiveAccount>(
    `SELECT id, organisation_id, platform, platform_id, handle, instance
     FROM accounts WHERE ${where.join(' AND ')} ORDER BY id`,
    params,
  )
}
