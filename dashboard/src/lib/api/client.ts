/**
 * A small typed client for the crossreach API: each function names its path, takes the query
 * typed by shared/api.ts and answers the body type the server declares there. A failing request
 * throws ApiError with the server's plain-language message.
 */
import type { ErrorBody, FiguresBody, FiguresQuery } from '@crossreach/shared/api'

export class ApiError extends Error {
  readonly status: number
  constructor(status: number, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false
  const error: unknown = value.error
  return typeof error === 'object' && error !== null && 'message' in error
}

/** Query parameters without the ones left out, as the server reads them. */
export function toSearchParams(query: Record<string, string | undefined>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value)
  return params
}

async function getJson<T>(path: string, params: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const search = params.toString()
  const response = await fetch(search ? `${path}?${search}` : path, {
    signal,
    headers: { accept: 'application/json' },
  })
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const message = isErrorBody(body) ? body.error.message : `HTTP ${response.status}`
    throw new ApiError(response.status, message)
  }
  return body as T
}

export function fetchFigures(query: FiguresQuery, signal?: AbortSignal): Promise<FiguresBody> {
  const { from, to, grain, platforms, organisation, account } = query
  return getJson<FiguresBody>(
    '/api/figures',
    toSearchParams({
      from,
      to,
      grain,
      platforms,
      organisation,
      account: typeof account === 'number' ? String(account) : undefined,
    }),
    signal,
  )
}
