/**
 * One account-run: a profile read or a posts read of one account, whose run record the job has
 * already opened. Makes the requests under per-run accounting and returns what to save: the
 * figures and the closed run record, which the job's group writer commits together. A failure
 * gives an error record and no figures: a gap, never a zero. The caller does not wait for the
 * commit before starting the next account.
 */
import type { RunResult } from '../store/writes/save-run-results.ts'
import type { ActiveAccount } from '../store/queries/get-active-accounts.ts'
import { newRunStats, withRunStats } from '../net/run-stats.ts'
import { redact } from '../net/redact.ts'
import { isPlatformError } from '../platforms/errors.ts'
import type { AccountRef, PostsPlan } from '../platforms/types.ts'
import type { CollectContext } from './collect-context.ts'

export type AccountRunResult =
  | { status: 'ok'; rowsWritten: number; costUsd: number }
  | { status: 'error' | 'skipped'; rowsWritten: 0; costUsd: number; problem: string }

export interface AccountRun {
  job: 'profiles' | 'posts'
  account: ActiveAccount & { platformId: string }
  runId: number
  slot: Date
  plan?: PostsPlan
}

export async function runAccount(
  ctx: CollectContext,
  run: AccountRun,
): Promise<{ result: AccountRunResult; record: RunResult }> {
  const { account, job } = run
  const adapter = ctx.adapters[account.platform]
  const ref: AccountRef = account
  const stats = newRunStats()
  const base = { runId: run.runId, accountId: account.id, slot: run.slot, startedAt: new Date() }

  // X is paid per read: the run's upper-bound cost is reserved against the monthly budget first.
  const estimate = adapter.estimateCost(job, run.plan)
  if (estimate > 0) {
    const reservation = await ctx.xBudget.reserve(estimate, ctx.now())
    if (!reservation.ok) {
      const outcome = {
        status: 'skipped' as const,
        stats,
        rowsWritten: 0,
        costUsd: 0,
        error: reservation.reason,
        errorKind: 'budget',
        detail: `estimated cost $${estimate.toFixed(3)}`,
      }
      return {
        result: {
          status: 'skipped',
          rowsWritten: 0,
          costUsd: 0,
          problem: `${account.handle}: ${reservation.reason}`,
        },
        record: { ...base, collectedAt: ctx.now(), outcome },
      }
    }
  }
  let costUsd = 0
  try {
    const fetched = await withRunStats(stats, async () =>
      job === 'profiles'
        ? { profile: await adapter.fetchProfile(ref) }
        : { posts: (await adapter.collectPosts(ref, run.plan!)).posts },
    )
    costUsd = adapter.costOf?.(stats) ?? 0
    const rowsWritten = (fetched.profile ? 1 : 0) + 2 * (fetched.posts?.length ?? 0)
    return {
      result: { status: 'ok', rowsWritten, costUsd },
      record: {
        ...base,
        ...fetched,
        collectedAt: ctx.now(),
        outcome: { status: 'ok', stats, rowsWritten, costUsd },
      },
    }
  } catch (err) {
    costUsd = adapter.costOf?.(stats) ?? 0
    const message = redact(
      isPlatformError(err)
        ? err.message
        : `Unexpected error: ${err instanceof Error ? err.message : String(err)}`,
    )
    const errorKind = isPlatformError(err) ? err.kind : 'unexpected'
    ctx.log(`${job} ${account.platform} ${account.handle}: ${message}`)
    return {
      result: {
        status: 'error',
        rowsWritten: 0,
        costUsd,
        problem: `${account.handle} (${account.platform}): ${message}`,
      },
      record: {
        ...base,
        collectedAt: ctx.now(),
        outcome: { status: 'error', stats, rowsWritten: 0, costUsd, error: message, errorKind },
      },
    }
  } finally {
    if (estimate > 0) ctx.xBudget.settle(estimate, costUsd)
  }
}
