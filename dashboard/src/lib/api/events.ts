/** The events (exits, pauses, campaigns, notes) that the Overview draws on its time axis: GET /api/events. */
import type { EventRecord } from '@crossreach/shared/api'
import { client, failure } from './client.ts'

export async function fetchEvents(signal?: AbortSignal): Promise<EventRecord[]> {
  const response = await client.api.events.$get({ query: {} }, { init: { signal } })
  if (!response.ok) throw await failure(response)
  const body = await response.json()
  return body.events
}
