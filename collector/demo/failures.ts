/**
 * Which scheduled demo runs failed, and why, in the plain words the real adapters use: the
 * outage (Bluesky and Mastodon unreachable for three days), the deactivated X account of the peer
 * that left, and a rare passing server error. A failed run writes no figures: a gap, never a zero.
 * Decided by hashing (seed, account, job, slot), so any part of the generator can ask.
 */
import { MINUTE } from './calendar.ts'
import type { DemoAccount } from './accounts.ts'
import { hashUnit } from './prng.ts'
import { within, type DemoTimeline } from './timeline.ts'

export type DemoJob = 'profiles' | 'posts'

export interface RunProblem {
  error: string
  kind: string
  requests: number
  retries: number
  /** Seconds the run took before it gave up. */
  seconds: number
}

/** Chance that a run hits a passing server error (retried, then given up until the next slot). */
const PASSING_ERROR_RATE: Record<DemoJob, number> = { profiles: 0.002, posts: 0.0008 }

const OUTAGE = { kind: 'network', requests: 4, retries: 3, seconds: 38 }

export class FailurePlan {
  private readonly seedHash: number
  private readonly timeline: DemoTimeline

  constructor(seedHash: number, timeline: DemoTimeline) {
    this.seedHash = seedHash
    this.timeline = timeline
  }

  problem(account: DemoAccount, job: DemoJob, slot: number): RunProblem | null {
    const { platform, username, instance } = account.spec
    if (platform !== 'x' && within(slot, this.timeline.outage)) {
      const host = platform === 'bluesky' ? 'public.api.bsky.app' : instance!
      return platform === 'bluesky'
        ? { ...OUTAGE, error: `Bluesky (${host}) did not answer in time.`, kind: 'timeout' }
        : { ...OUTAGE, error: `Could not connect to ${host}; crossreach will try again later.` }
    }
    if (slot >= account.existsUntil) {
      const error = `X has no account @${username}. Check the handle, or whether the account was deleted.`
      return { error, kind: 'not_found', requests: 1, retries: 0, seconds: 0.4 }
    }
    const roll = hashUnit(this.seedHash, account.index, job === 'posts' ? 2 : 1, slot / MINUTE)
    if (roll >= PASSING_ERROR_RATE[job]) return null
    const status = roll < PASSING_ERROR_RATE[job] / 2 ? 502 : 503
    const error =
      platform === 'x'
        ? `X had a server problem (HTTP ${status}); it is retried later`
        : platform === 'bluesky'
          ? `Bluesky (public.api.bsky.app) had a server problem (HTTP ${status}); this is usually temporary and is retried.`
          : `${instance} had a server error (HTTP ${status}); crossreach will try again later.`
    return { error, kind: 'server_error', requests: 4, retries: 3, seconds: 12 }
  }

  ok(account: DemoAccount, job: DemoJob, slot: number): boolean {
    return this.problem(account, job, slot) === null
  }
}
