/**
 * Peers' exits from and pauses on X (events of kind exit or pause about an X account, or about
 * the whole organisation), oldest first, leaving out the organisations given.
 */
import type { Store } from '../db.ts'

export interface PeerExitRow {
  id: number
  organisationId: number
  organisation: string
  kind: 'exit' | 'pause'
  startsOn: string
  endsOn: string | null
  title: string
}

export async function getPeerExits(
  store: Store,
  excludeOrganisations: readonly number[],
): Promise<PeerExitRow[]> {
  const exclude = excludeOrganisations.length
    ? `AND o.id NOT IN (${excludeOrganisations.map(() => '?').join(', ')})`
    : ''
  return store.all<PeerExitRow>(
    `SELECT e.id, e.organisation_id, o.name AS organisation, e.kind,
            strftime(e.starts_on, '%Y-%m-%d') AS starts_on, strftime(e.ends_on, '%Y-%m-%d') AS ends_on,
            e.title
     FROM events e JOIN organisations o ON o.id = e.organisation_id
     LEFT JOIN accounts a ON a.id = e.account_id
     WHERE e.kind IN ('exit', 'pause') AND o.kind = 'peer'
       AND (e.account_id IS NULL OR a.platform = 'x') ${exclude}
     ORDER BY e.starts_on, e.id`,
    [...excludeOrganisations],
  )
}
