/**
 * The zod pieces every API query is built from, written once: a calendar date, a list of
 * platforms, "own or an organisation id", and a strict query object whose refusal of an unknown
 * parameter names it and the known ones.
 */
import { z } from 'zod'
import { parseIsoDate } from './periods.ts'
import { PLATFORMS, isPlatform } from './platforms.ts'

/** A UTC calendar date as YYYY-MM-DD (see periods.ts). */
export const calendarDate = z
  .string()
  .refine((v) => parseIsoDate(v) !== null, 'must be a calendar date as YYYY-MM-DD')

/** A comma-separated list of platforms, at least `min` of them, returned in registry order. */
export function platformList(min = 1) {
  const atLeast = min === 2 ? 'at least two of ' : min > 2 ? `at least ${min} of ` : ''
  return z.string().transform((value, ctx) => {
    const parts = value
      .split(',')
      .map((p) => p.trim().toLowerCase())
      .filter((p) => p !== '')
    const unknown = parts.filter((p) => !isPlatform(p))
    if (parts.length < Math.max(min, 1) || unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a comma-separated list of ${atLeast}${PLATFORMS.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}`,
      })
      return z.NEVER
    }
    return PLATFORMS.filter((p) => parts.includes(p))
  })
}

/** `own` (the team's own organisation) or an organisation id. */
export const ownOrOrganisationId = z
  .string()
  .regex(/^(own|[1-9]\d{0,9})$/, 'must be own or an organisation id')
  .transform((v): 'own' | number => (v === 'own' ? 'own' : Number(v)))

/** A query object that refuses parameters it does not know, naming them and the known ones. */
export function strictQuery<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape).join(', ')
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.join(', ')}: unknown parameter; use ${known}`
        : undefined,
  })
}
