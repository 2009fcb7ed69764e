/** What the Peers page asks the API: the peer groups and /api/peers (the ranking). */
import type { PeerGroup, PeersBody } from '@crossreach/shared/api-peers'
import { client, failure } from './client.ts'

export type PeersParams = NonNullable<Parameters<typeof client.api.peers.$get>[0]>['query']

export async function fetchPeerGroups(signal?: AbortSignal): Promise<PeerGroup[]> {
  const response = await client.api.peers.groups.$get(undefined, { init: { signal } })
  if (!response.ok) throw await failure(response)
  return (await response.json()).groups
}

export async function fetchPeers(query: PeersParams, signal?: AbortSignal): Promise<PeersBody> {
  const response = await client.api.peers.$get({ query }, { init: { signal } })
  if (!response.ok) throw await failure(response)
  return response.json()
}
