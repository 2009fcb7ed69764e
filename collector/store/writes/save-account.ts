/**
 * Adding and removing accounts. Adding finds or creates the organisation; re-adding a removed
 * account restores it (its history is kept), re-adding an active one is refused.
 */
import type { Platform } from '@crossreach/shared/platforms'
import { handleKey } from '@crossreach/shared/handles'
import type { Store } from '../db.ts'

export interface NewAccount {
  platform: Platform
  platformId: string | null
  handleKey: string
  handle: string
  displayName: string | null
  profileUrl: string | null
  instance: string | null
}

export class AccountExistsError extends Error {
  constructor(handle: string, organisation: string) {
    super(`${handle} is already tracked (organisation "${organisation}").`)
    this.name = 'AccountExistsError'
  }
}

export async function saveAccount(
  store: Store,
  account: NewAccount,
  organisation: { name: string; kind: 'own' | 'peer' },
): Promise<{ id: number; restored: boolean }> {
  return store.write(async (tx) => {
    // Same stable id (DID, user id) or same handle key on the same platform is the same account.
    const existing = await tx.all<{ id: number; removedAt: Date | null; organisation: string }>(
      `SELECT a.id, a.removed_at, o.name AS organisation FROM accounts a JOIN organisations o ON o.id = a.organisation_id
       WHERE a.platform = ? AND (a.handle_key = ? OR (a.platform_id IS NOT NULL AND a.platform_id = ?))`,
      [account.platform, account.handleKey, account.platformId],
    )
    const found = existing[0]
    if (found && !found.removedAt) throw new AccountExistsError(account.handle, found.organisation)

    await tx.run(
      `INSERT INTO organisations (name, kind) VALUES (?, ?) ON CONFLICT (name) DO NOTHING`,
      [organisation.name, organisation.kind],
    )
    const [org] = await tx.all<{ id: number }>(`SELECT id FROM organisations WHERE name = ?`, [
      organisation.name,
    ])
    if (!org) throw new Error(`organisation ${organisation.name} was not saved`)

    if (found) {
      await tx.run(
        `UPDATE accounts SET removed_at = NULL, organisation_id = ?, handle = ?, handle_key = ?,
           platform_id = coalesce(?, platform_id), display_name = ?, profile_url = ?, instance = ?
         WHERE id = ?`,
        [
          org.id,
          account.handle,
          account.handleKey,
          account.platformId,
          account.displayName,
          account.profileUrl,
          account.instance,
          found.id,
        ],
      )
      return { id: found.id, restored: true }
    }
    const [row] = await tx.all<{ id: number }>(
      `INSERT INTO accounts (organisation_id, platform, platform_id, handle_key, handle, display_name, profile_url, instance)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [
        org.id,
        account.platform,
        account.platformId,
        account.handleKey,
        account.handle,
        account.displayName,
        account.profileUrl,
        account.instance,
      ],
    )
    if (!row) throw new Error('account was not saved')
    return { id: row.id, restored: false }
  })
}

/** Stops collecting an account; its history stays. Returns false when no such active account. */
export async function removeAccount(store: Store, id: number): Promise<boolean> {
  return store.write(async (tx) => {
    const rows = await tx.all(
      `UPDATE accounts SET removed_at = now() WHERE id = ? AND removed_at IS NULL RETURNING id`,
      [id],
    )
    return rows.length > 0
  })
}

/** Records a handle change seen on the platform (Bluesky handles change; the DID stays). */
export async function renameAccount(store: Store, id: number, handle: string): Promise<void> {
  await store.write(async (tx) => {
    await tx.run(`UPDATE accounts SET handle = ?, handle_key = ? WHERE id = ? AND handle <> ?`, [
      handle,
      handleKey(handle),
      id,
      handle,
    ])
  })
}
