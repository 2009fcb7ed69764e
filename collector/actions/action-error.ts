/** An error a person can act on, raised by actions; the API answers it as 400/404/409 with its code. */
export type ActionErrorCode =
  | 'invalid_handle'
  | 'platform_unavailable'
  | 'organisation_required'
  | 'not_found'
  | 'invalid_file'
  | 'invalid_input'
  | 'conflict'

export class ActionError extends Error {
  readonly code: ActionErrorCode
  constructor(code: ActionErrorCode, message: string) {
    super(message)
    this.name = 'ActionError'
    this.code = code
  }
}
