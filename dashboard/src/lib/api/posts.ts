/** What the Posts page asks the API: a page of posts (/api/posts). */
import type { PostListBody } from '@crossreach/shared/api'
import { client, failure } from './client.ts'

export type PostsParams = NonNullable<Parameters<typeof client.api.posts.$get>[0]>['query']

export async function fetchPosts(query: PostsParams, signal?: AbortSignal): Promise<PostListBody> {
  const response = await client.api.posts.$get({ query }, { init: { signal } })
  if (!response.ok) throw await failure(response)
  return response.json()
}
