/** The organisations to pick from (own and peers, with their number of accounts): GET /api/organisations. */
import type { OrganisationSummary } from '@crossreach/shared/api'
import { client, failure } from './client.ts'

export async function fetchOrganisations(signal?: AbortSignal): Promise<OrganisationSummary[]> {
  const response = await client.api.organisations.$get({}, { init: { signal } })
  if (!response.ok) throw await failure(response)
  return (await response.json()).organisations
}
