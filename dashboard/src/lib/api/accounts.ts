/**
 * What the Accounts pages ask the API: every account's figures with its sparkline
 * (/api/figures/accounts), one account (/api/accounts/:id), its figures over time (/api/figures),
 * its posts (/api/posts), the events of its organisation (/api/events) and the organisations
 * for the filter (/api/organisations).
 */
import type {
  AccountFiguresBody,
  AccountSummary,
  FiguresBody,
  PostListBody,
} from '@crossreach/shared/api'
import { client, failure, type FiguresParams } from './client.ts'

export type AccountFiguresParams = NonNullable<
  Parameters<typeof client.api.figures.accounts.$get>[0]
>['query']
export type PostsParams = NonNullable<Parameters<typeof client.api.posts.$get>[0]>['query']

export async function fetchAccountFigures(
  query: AccountFiguresParams,
  signal?: AbortSignal,
): Promise<AccountFiguresBody> {
  const response = await client.api.figures.accounts.$get({ query }, { init: { signal } })
  if (!response.ok) throw await failure(response)
  return response.json()
}

/** One account, removed ones too; null when there is no account with this id. */
export async function fetchAccount(
  id: number,
  signal?: AbortSignal,
): Promise<AccountSummary | null> {
  const response = await client.api.accounts[':id'].$get(
    { param: { id: String(id) } },
    { init: { signal } },
  )
  if (response.status === 404) return null
  if (!response.ok) throw await failure(response)
  const body = await response.json()
  return body.account
}

export async function fetchAccountTimeline(
  query: FiguresParams,
  signal?: AbortSignal,
): Promise<FiguresBody> {
  const response = await client.api.figures.$get({ query }, { init: { signal } })
  if (!response.ok) throw await failure(response)
  return response.json()
}

export async function fetchAccountPosts(
  query: PostsParams,
  signal?: AbortSignal,
): Promise<PostListBody> {
  const response = await client.api.posts.$get({ query }, { init: { signal } })
  if (!response.ok) throw await failure(response)
  return response.json()
}
