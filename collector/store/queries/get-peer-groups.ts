/** Peer groups with their organisations (own first, then by name); one group by id, or all. */
import type { PeerGroup, PeerGroupMember } from '@crossreach/shared/api-peers'
import type { Store } from '../db.ts'

interface Row extends PeerGroupMember {
  groupId: number
  groupName: string
}

export async function getPeerGroups(store: Store, id?: number): Promise<PeerGroup[]> {
  const rows = await store.all<Row & { id: number | null }>(
    `SELECT g.id AS group_id, g.name AS group_name, o.id, o.name, o.kind
     FROM peer_groups g
     LEFT JOIN peer_group_members m ON m.group_id = g.id
     LEFT JOIN organisations o ON o.id = m.organisation_id
     WHERE ?::INTEGER IS NULL OR g.id = ?::INTEGER
     ORDER BY g.name, g.id, o.kind, o.name`,
    [id ?? null, id ?? null],
  )
  const groups = new Map<number, PeerGroup>()
  for (const r of rows) {
    const group = groups.get(r.groupId) ?? { id: r.groupId, name: r.groupName, members: [] }
    groups.set(r.groupId, group)
    if (r.id !== null) group.members.push({ id: r.id, name: r.name, kind: r.kind })
  }
  return [...groups.values()]
}
