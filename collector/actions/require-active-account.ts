/** The active account an action works on, or an error that says how to find the right id. */
import type { Platform } from '@crossreach/shared/platforms'
import type { Store } from '../store/db.ts'
import { ActionError } from './action-error.ts'

export async function requireActiveAccount(
  store: Store,
  id: number,
): Promise<{ id: number; platform: Platform; handle: string }> {
  const account = await store.one<{ id: number; platform: Platform; handle: string }>(
    'SELECT id, platform, handle FROM accounts WHERE id = ? AND removed_at IS NULL',
    [id],
  )
  if (!account) {
    throw new ActionError(
      'not_found',
      `No active account with id ${id}; see the account list for ids.`,
    )
  }
  return account
}
