/** Whether the organisation and the account a figures query names exist (null: none named). */
import type { Store } from '../db.ts'

export async function getSelectionExists(
  store: Store,
  ids: { organisation: number | null; account: number | null },
): Promise<{ organisation: boolean; account: boolean }> {
  const row = await store.one<{ organisation: boolean; account: boolean }>(
    `SELECT (?::INTEGER IS NULL OR EXISTS (SELECT 1 FROM organisations WHERE id = ?::INTEGER)) AS organisation,
            (?::INTEGER IS NULL OR EXISTS (SELECT 1 FROM accounts WHERE id = ?::INTEGER)) AS account`,
    [ids.organisation, ids.organisation, ids.account, ids.account],
  )
  return row ?? { organisation: false, account: false }
}
