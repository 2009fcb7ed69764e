/**
 * What the Data health page asks the API: /api/health. A 503 still carries a report (the
 * database could not be read), so it is returned rather than thrown.
 */
import type { HealthBody } from '@crossreach/shared/api'
import { client, failure } from './client.ts'

export async function fetchHealth(signal?: AbortSignal): Promise<HealthBody> {
  const response = await client.api.health.$get(undefined, { init: { signal } })
  if (response.status !== 200 && response.status !== 503) throw await failure(response)
  return response.json()
}
