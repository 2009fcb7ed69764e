/** zod validation for Hono routes that answers failures in the API's one error shape. */
import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import type { ZodType } from 'zod'
import { errorBody } from './errors.ts'

export function validate<T extends ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) {
      const issue = result.error.issues[0]
      const where = issue?.path.length ? `${issue.path.join('.')} ` : ''
      return c.json(errorBody('invalid_input', `${where}${issue?.message ?? 'is invalid'}`), 400)
    }
  })
}
