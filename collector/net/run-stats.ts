/**
 * Per-run accounting of requests, retries and rate-limit waits. The runner opens a scope per
 * account-run; the HTTP policy adds to whatever scope is current (AsyncLocalStorage), so adapters
 * never pass counters around.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

export interface RunStats {
  requests: number
  retries: number
  rateLimitWaits: number
  rateLimitWaitMs: number
  /** X: resources returned by reads (users, posts), for the cost record. */
  billedUsers: number
  billedPosts: number
}

const storage = new AsyncLocalStorage<RunStats>()

export function newRunStats(): RunStats {
  return {
    requests: 0,
    retries: 0,
    rateLimitWaits: 0,
    rateLimitWaitMs: 0,
    billedUsers: 0,
    billedPosts: 0,
  }
}

export function withRunStats<T>(stats: RunStats, fn: () => Promise<T>): Promise<T> {
  return storage.run(stats, fn)
}

export function currentRunStats(): RunStats | undefined {
  return storage.getStore()
}
