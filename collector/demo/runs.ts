/**
 * The demo's collection_runs: one record per account per scheduled slot, as the schedule makes
 * them (Bluesky and Mastodon profiles at 00, 06, 12 and 18 UTC, X profiles daily at 06:05, posts
 * hourly at :20), with requests, rows written and the estimated X cost; failed runs carry the
 * reason in plain words and write nothing.
 */
import type { Platform } from '@crossreach/shared/platforms'
import { DEFAULT_X_PRICES } from '../platforms/x/config.ts'
import { isTracked, type DemoAccount } from './accounts.ts'
import type { DemoJob, FailurePlan } from './failures.ts'
import { hashUnit } from './prng.ts'
import { runKey, type PostReads } from './snapshots.ts'
import { postsSlots, profileSlots, xProfileSlots, type DemoTimeline } from './timeline.ts'

export interface DemoRun {
  key: number
  job: DemoJob
  platform: Platform
  account: DemoAccount
  slot: number
  status: 'ok' | 'error'
  startedAt: number
  finishedAt: number
  requests: number
  retries: number
  rowsWritten: number
  costUsd: number
  error: string | null
  errorKind: string | null
}

export function planRuns(
  accounts: readonly DemoAccount[],
  timeline: DemoTimeline,
  failures: FailurePlan,
  reads: PostReads,
): DemoRun[] {
  const runs: DemoRun[] = []
  for (const account of accounts) {
    const { platform } = account.spec
    const tracked = (slot: number) => isTracked(account, slot)
    const profiles = platform === 'x' ? xProfileSlots : profileSlots
    for (const slot of profiles(account.since, timeline.end).filter(tracked)) {
      runs.push(
        run(account, 'profiles', slot, failures, () => ({ requests: 1, rows: 1, reads: 1 })),
      )
    }
    for (const slot of postsSlots(account.since, timeline.end).filter(tracked)) {
      runs.push(
        run(account, 'posts', slot, failures, () => {
          const n = reads.perRun.get(runKey(account.index, slot)) ?? { seen: 0, refreshed: 0 }
          return {
            requests: 1 + refreshRequests(platform, n.refreshed),
            rows: 2 * (n.seen + n.refreshed),
            reads: n.seen + n.refreshed,
          }
        }),
      )
    }
  }
  // The schedule opens all runs of a slot together; order them as it would.
  return runs.sort((a, b) => a.slot - b.slot || a.account.index - b.account.index)
}

function run(
  account: DemoAccount,
  job: DemoJob,
  slot: number,
  failures: FailurePlan,
  work: () => { requests: number; rows: number; reads: number },
): DemoRun {
  const { platform } = account.spec
  const jitter = hashUnit(account.index, slot / 1000)
  const startedAt = slot + Math.round(100 + 2900 * jitter + 40 * account.index)
  const base = { key: runKey(account.index, slot), job, platform, account, slot, startedAt }
  const problem = failures.problem(account, job, slot)
  if (problem) {
    return {
      ...base,
      status: 'error',
      finishedAt: startedAt + Math.round(problem.seconds * 1000),
      requests: problem.requests,
      retries: problem.retries,
      rowsWritten: 0,
      costUsd: 0,
      error: problem.error,
      errorKind: problem.kind,
    }
  }
  const done = work()
  const price =
    platform !== 'x'
      ? 0
      : job === 'profiles'
        ? DEFAULT_X_PRICES.userRead
        : DEFAULT_X_PRICES.postRead
  return {
    ...base,
    status: 'ok',
    finishedAt: startedAt + Math.round(250 + 1200 * jitter + 120 * done.requests),
    requests: done.requests,
    retries: 0,
    rowsWritten: done.rows,
    costUsd: Math.round(price * done.reads * 10000) / 10000,
    error: null,
    errorKind: null,
  }
}

/** Extra requests to re-read maturing posts: Bluesky 25 posts per call, X 100, Mastodon one each. */
function refreshRequests(platform: Platform, refreshed: number): number {
  if (refreshed === 0) return 0
  if (platform === 'bluesky') return Math.ceil(refreshed / 25)
  if (platform === 'x') return Math.ceil(refreshed / 100)
  return refreshed
}
