/**
 * The dashboard's API client: Hono's `hc` typed by the server's own `AppType`, so paths, query
 * parameters and answer bodies are checked against the routes themselves (the import is
 * type-only; nothing of the server is bundled). A failing request throws ApiError with the
 * server's plain-language message.
 */
import { hc, type InferRequestType } from 'hono/client'
import type { ErrorBody, FiguresBody } from '@crossreach/shared/api'
import type { AppType } from '../../../../collector/api/app.ts'
import { earlyFetch } from './early.ts'

export const client = hc<AppType>('/', { fetch: earlyFetch })

/** The query /api/figures accepts, as its validator declares it. */
export type FiguresParams = InferRequestType<typeof client.api.figures.$get>['query']

export class ApiError extends Error {
  readonly status: number
  /** The server's error code (invalid_handle, not_found, unauthorized, …); http_error without one. */
  readonly code: string
  constructor(status: number, message: string, code = 'http_error') {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false
  const error: unknown = value.error
  return typeof error === 'object' && error !== null && 'message' in error
}

/** The server's message and code for a failed response, or its HTTP status when it sent none. */
export async function failure(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null)
  return isErrorBody(body)
    ? new ApiError(response.status, body.error.message, body.error.code)
    : new ApiError(response.status, `HTTP ${response.status}`)
}

/** Figures per platform and combined for a selection: GET /api/figures. */
export async function fetchFigures(
  query: FiguresParams,
  signal?: AbortSignal,
): Promise<FiguresBody> {
  const response = await client.api.figures.$get({ query }, { init: { signal } })
  if (!response.ok) throw await failure(response)
  return response.json()
}
