/** What the Cross-posts page asks the API: /api/crossposts. */
import type { CrosspostsBody } from '@crossreach/shared/api-crossposts'
import { client, failure } from './client.ts'

export type CrosspostsParams = NonNullable<
  Parameters<typeof client.api.crossposts.$get>[0]
>['query']

export async function fetchCrossposts(
  query: CrosspostsParams,
  signal?: AbortSignal,
): Promise<CrosspostsBody> {
  const response = await client.api.crossposts.$get({ query }, { init: { signal } })
  if (!response.ok) throw await failure(response)
  return response.json()
}
