/**
 * Exponential backoff with full jitter (Brooker, "Exponential Backoff and Jitter"):
 * sleep = random(0, min(cap, base * 2^attempt)), but never shorter than the server asked for.
 */

export interface BackoffOptions {
  baseDelayMs: number
  maxDelayMs: number
}

export function backoffDelay(
  attempt: number,
  opts: BackoffOptions,
  serverAskedMs: number | undefined,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** attempt)
  const jittered = Math.floor(random() * ceiling)
  return serverAskedMs === undefined ? jittered : Math.max(serverAskedMs, jittered)
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
