/** The partial-exit scenario: GET /api/scenario. */
import type { InferRequestType } from 'hono/client'
import type { ScenarioBody } from '@crossreach/shared/api-scenario'
import { client, failure } from './client.ts'

export type ScenarioParams = InferRequestType<typeof client.api.scenario.$get>['query']

export async function fetchScenario(
  query: ScenarioParams,
  signal?: AbortSignal,
): Promise<ScenarioBody> {
  const response = await client.api.scenario.$get({ query }, { init: { signal } })
  if (!response.ok) throw await failure(response)
  return response.json()
}
