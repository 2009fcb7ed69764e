/**
 * The one error shape of the API ({ error: { code, message } }) and the mapping of every error
 * kind the actions and adapters raise onto it. Messages pass through redact().
 */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ErrorBody } from '@crossreach/shared/api'
import { ActionError } from '../actions/action-error.ts'
import { AccountExistsError } from '../store/writes/save-account.ts'
import { isPlatformError } from '../platforms/errors.ts'
import { redact } from '../net/redact.ts'

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message: redact(message) } }
}

export function errorResponse(c: Context, err: unknown): Response {
  if (err instanceof ActionError) {
    const status: ContentfulStatusCode =
      err.code === 'not_found' ? 404 : err.code === 'conflict' ? 409 : 400
    return c.json(errorBody(err.code, err.message), status)
  }
  if (err instanceof AccountExistsError) return c.json(errorBody('conflict', err.message), 409)
  if (isPlatformError(err)) {
    const status: ContentfulStatusCode =
      err.kind === 'not_found' || err.kind === 'suspended' ? 404 : 502
    return c.json(errorBody(err.kind, err.message), status)
  }
  if (err instanceof HTTPException) return c.json(errorBody('http_error', err.message), err.status)
  console.error(redact(err instanceof Error ? (err.stack ?? err.message) : String(err)))
  return c.json(
    errorBody('internal', 'Something went wrong on the server; the log has the details.'),
    500,
  )
}
