/**
 * Creating, replacing and deleting peer groups. A group names organisations that exist; a name
 * is used once. Each change is one transaction.
 */
import type { Store, Tx } from '../db.ts'
import { ActionError } from '../../actions/action-error.ts'

export interface PeerGroupInput {
  name: string
  organisationIds: readonly number[]
}

async function check(tx: Tx, input: PeerGroupInput, id: number | null): Promise<void> {
  const known = new Set(
    (
      await tx.all<{ id: number }>(
        `SELECT id FROM organisations WHERE id IN (${input.organisationIds.map(() => '?').join(', ')})`,
        [...input.organisationIds],
      )
    ).map((r) => r.id),
  )
  const unknown = input.organisationIds.filter((o) => !known.has(o))
  if (unknown.length > 0) {
    throw new ActionError(
      'not_found',
      `There is no organisation with id ${unknown.join(', ')}. See /api/organisations.`,
    )
  }
  const [taken] = await tx.all<{ id: number }>(
    `SELECT id FROM peer_groups WHERE lower(name) = lower(?) AND id IS DISTINCT FROM ?::INTEGER`,
    [input.name, id],
  )
  if (taken)
    throw new ActionError('conflict', `There is already a peer group named "${input.name}".`)
}

async function setMembers(tx: Tx, id: number, organisationIds: readonly number[]): Promise<void> {
  await tx.run('DELETE FROM peer_group_members WHERE group_id = ?', [id])
  for (const organisationId of organisationIds) {
    await tx.run('INSERT INTO peer_group_members (group_id, organisation_id) VALUES (?, ?)', [
      id,
      organisationId,
    ])
  }
}

export async function createPeerGroup(store: Store, input: PeerGroupInput): Promise<number> {
  return store.write(async (tx) => {
    await check(tx, input, null)
    const [row] = await tx.all<{ id: number }>(
      'INSERT INTO peer_groups (name) VALUES (?) RETURNING id',
      [input.name],
    )
    await setMembers(tx, row!.id, input.organisationIds)
    return row!.id
  })
}

/** Replaces a group's name and members; false when there is no such group. */
export async function replacePeerGroup(
  store: Store,
  id: number,
  input: PeerGroupInput,
): Promise<boolean> {
  return store.write(async (tx) => {
    const [exists] = await tx.all('SELECT id FROM peer_groups WHERE id = ?', [id])
    if (!exists) return false
    await check(tx, input, id)
    await tx.run('UPDATE peer_groups SET name = ? WHERE id = ?', [input.name, id])
    await setMembers(tx, id, input.organisationIds)
    return true
  })
}

export async function deletePeerGroup(store: Store, id: number): Promise<boolean> {
  return store.write(async (tx) => {
    await tx.run('DELETE FROM peer_group_members WHERE group_id = ?', [id])
    return (await tx.all('DELETE FROM peer_groups WHERE id = ? RETURNING id', [id])).length > 0
  })
}
