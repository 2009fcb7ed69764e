/**
 * The Settings page's requests: accounts, organisations, events, X Analytics CSV import, manual
 * follower counts, "collect now" and peer groups, through the typed hc client. Changes carry the admin token
 * (when one was entered) as `Authorization: Bearer …`, the way the server's requireAdmin expects.
 * A refusal throws ApiError (client.ts) with the server's code and plain-language message.
 */
import type {
  AccountSummary,
  AddAccountBody,
  AddedAccount,
  CollectSummary,
  EventBody,
  ImportSummary,
  ManualFollowersBody,
} from '@crossreach/shared/api'
import type { PeerGroup, PeerGroupBody } from '@crossreach/shared/api-peers'
import { client, failure } from './client.ts'
import { adminToken } from './admin-token.svelte.ts'

function authHeaders(): Record<string, string> {
  const token = adminToken.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function fetchAccounts(): Promise<AccountSummary[]> {
  const response = await client.api.accounts.$get({ query: {} })
  if (!response.ok) throw await failure(response)
  return (await response.json()).accounts
}

export async function addAccount(body: AddAccountBody): Promise<AddedAccount> {
  const response = await client.api.accounts.$post({ json: body }, { headers: authHeaders() })
  if (!response.ok) throw await failure(response)
  return (await response.json()).account
}

export async function removeAccount(id: number): Promise<void> {
  const response = await client.api.accounts[':id'].$delete(
    { param: { id: String(id) } },
    { headers: authHeaders() },
  )
  if (!response.ok) throw await failure(response)
}

export async function addEvent(body: EventBody): Promise<void> {
  const response = await client.api.events.$post({ json: body }, { headers: authHeaders() })
  if (!response.ok) throw await failure(response)
}

export async function deleteEvent(id: number): Promise<void> {
  const response = await client.api.events[':id'].$delete(
    { param: { id: String(id) } },
    { headers: authHeaders() },
  )
  if (!response.ok) throw await failure(response)
}

/** Sends the file as the raw request body, as the import route reads it. */
export async function importXCsv(accountId: number, file: File): Promise<ImportSummary> {
  const response = await client.api.imports['x-csv'].$post(
    { query: { accountId: String(accountId), fileName: file.name } },
    {
      headers: { ...authHeaders(), 'content-type': 'text/csv' },
      init: { body: file },
    },
  )
  if (!response.ok) throw await failure(response)
  return (await response.json()).import
}

export async function enterManualFollowers(
  body: ManualFollowersBody,
): Promise<{ accountId: number; date: string; followers: number; reconstructedDays: number }> {
  const response = await client.api['manual-followers'].$post(
    { json: body },
    { headers: authHeaders() },
  )
  if (!response.ok) throw await failure(response)
  return (await response.json()).entry
}

export async function collectNow(): Promise<CollectSummary> {
  const response = await client.api.collect.$post(
    { json: { job: 'all' } },
    { headers: authHeaders() },
  )
  if (!response.ok) throw await failure(response)
  return (await response.json()).summary
}

/** Peer groups (issue 4): create one, replace its name and members, delete it. */
export async function createPeerGroup(body: PeerGroupBody): Promise<PeerGroup> {
  const response = await client.api.peers.groups.$post({ json: body }, { headers: authHeaders() })
  if (!response.ok) throw await failure(response)
  return (await response.json()).group
}

export async function updatePeerGroup(id: number, body: PeerGroupBody): Promise<PeerGroup> {
  const response = await client.api.peers.groups[':id'].$put(
    { param: { id: String(id) }, json: body },
    { headers: authHeaders() },
  )
  if (!response.ok) throw await failure(response)
  return (await response.json()).group
}

export async function deletePeerGroup(id: number): Promise<void> {
  const response = await client.api.peers.groups[':id'].$delete(
    { param: { id: String(id) } },
    { headers: authHeaders() },
  )
  if (!response.ok) throw await failure(response)
}
