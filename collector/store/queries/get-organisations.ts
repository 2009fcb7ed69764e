/** Organisations (own first) with how many accounts each has tracked now. */
import type { OrganisationSummary } from '@crossreach/shared/api'
import type { Store } from '../db.ts'

export async function getOrganisations(store: Store): Promise<OrganisationSummary[]> {
  return store.all<OrganisationSummary>(
    `SELECT o.id, o.name, o.kind, count(a.id)::INTEGER AS accounts
     FROM organisations o LEFT JOIN accounts a ON a.organisation_id = o.id AND a.removed_at IS NULL
     GROUP BY o.id, o.name, o.kind
     ORDER BY o.kind, o.name`,
  )
}
