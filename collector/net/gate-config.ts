/**
 * Reads a platform's request policy from the environment, on top of the adapter's defaults:
 * CROSSREACH_<PLATFORM>_CONCURRENCY, _WINDOW_SECONDS, _WINDOW_BUDGET, _TIMEOUT_MS, _MAX_RETRIES.
 */
import { z } from 'zod'
import type { GateOptions } from './host-gate.ts'

const positiveInt = z.coerce.number().int().positive()

export function gateOptionsFromEnv(
  prefix: string,
  defaults: GateOptions,
  env: NodeJS.ProcessEnv = process.env,
): GateOptions {
  const schema = z.object({
    [`${prefix}_CONCURRENCY`]: positiveInt.optional(),
    [`${prefix}_WINDOW_SECONDS`]: z.coerce.number().positive().optional(),
    [`${prefix}_WINDOW_BUDGET`]: positiveInt.optional(),
    [`${prefix}_TIMEOUT_MS`]: positiveInt.optional(),
    [`${prefix}_MAX_RETRIES`]: z.coerce.number().int().min(0).optional(),
    [`${prefix}_BASE_DELAY_MS`]: positiveInt.optional(),
  })
  const parsed = schema.safeParse(env)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(
      `Invalid setting ${String(issue?.path[0])}: ${issue?.message}. Use a positive whole number.`,
    )
  }
  const v = parsed.data as Record<string, number | undefined>
  const windowSeconds = v[`${prefix}_WINDOW_SECONDS`]
  return {
    ...defaults,
    concurrency: v[`${prefix}_CONCURRENCY`] ?? defaults.concurrency,
    windowMs: windowSeconds !== undefined ? windowSeconds * 1000 : defaults.windowMs,
    windowBudget: v[`${prefix}_WINDOW_BUDGET`] ?? defaults.windowBudget,
    timeoutMs: v[`${prefix}_TIMEOUT_MS`] ?? defaults.timeoutMs,
    maxRetries: v[`${prefix}_MAX_RETRIES`] ?? defaults.maxRetries,
    baseDelayMs: v[`${prefix}_BASE_DELAY_MS`] ?? defaults.baseDelayMs,
  }
}
