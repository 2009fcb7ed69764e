/** Events (exits, pauses, campaigns, notes), all or one organisation's: GET /api/events. */
import type { EventRecord } from '@crossreach/shared/api'
import { client, failure } from './client.ts'

export type EventsParams = NonNullable<Parameters<typeof client.api.events.$get>[0]>['query']

export async function fetchEvents(
  query: EventsParams = {},
  signal?: AbortSignal,
): Promise<EventRecord[]> {
  const response = await client.api.events.$get({ query }, { init: { signal } })
  if (!response.ok) throw await failure(response)
  return (await response.json()).events
}
