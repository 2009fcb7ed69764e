/**
 * One account-run: a profile read or a posts read of one account, whose run record the job has
 * already opened. Makes the requests under per-run accounting and hands the figures and the closed
 * run record to the group writer, which commits them together: a failure records the error and
 * no figures (a gap, never a zero).
 */
import { renameAccount } from '../store/writes/save-account.ts'
import type { RunResult } from '../store/writes/save-run-results.ts'
import type { ActiveAccount } from '../store/queries/get-active-accounts.ts'
import type { GroupWriter } from '../store/group-writer.ts'
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
  writer: GroupWriter<RunResult>,
  run: AccountRun,
): Promise<AccountRunResult> {
  const { account, job } = run
  const adapter = ctx.adapters[account.platform]
  const ref: AccountRef = account
  const stats = newRunStats()
  const startedAt = new Date()
  const base = { runId: run.runId, accountId: account.id, slot: run.slot, startedAt }

  // X is paid per read: the run's upper-bound cost is reserved against the monthly budget first.
  const estimate = adapter.estimateCost(job, run.plan)
  if (estimate > 0) {
    const reservation = await ctx.xBudget.reserve(estimate, ctx.now())
    if (!reservation.ok) {
      const detail = `estimated cost $${estimate.toFixed(3)}`
      await writer.add({
        ...base,
        collectedAt: ctx.now(),
        outcome: {
          status: 'skipped',
          stats,
          rowsWritten: 0,
          costUsd: 0,
          error: reservation.reason,
          errorKind: 'budget',
          detail,
        },
      })
      return {
        status: 'skipped',
        rowsWritten: 0,
        costUsd: 0,
        problem: `${account.handle}: ${reservation.reason}`,
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
    await writer.add({
      ...base,
      ...fetched,
      collectedAt: ctx.now(),
      outcome: { status: 'ok', stats, rowsWritten, costUsd },
    })
    const handle = fetched.profile?.handle
    if (handle && handle !== account.handle) {
      await renameAccount(ctx.store, account.id, handle, handle.replace(/^@/, '').toLowerCase())
      ctx.log(`${account.handle} is now ${handle} on ${account.platform}`)
    }
    return { status: 'ok', rowsWritten, costUsd }
  } catch (err) {
    costUsd = adapter.costOf?.(stats) ?? 0
    const message = redact(
      isPlatformError(err)
        ? err.message
        : `Unexpected error: ${err instanceof Error ? err.message : String(err)}`,
    )
    const errorKind = isPlatformError(err) ? err.kind : 'unexpected'
    await writer.add({
      ...base,
      collectedAt: ctx.now(),
      outcome: { status: 'error', stats, rowsWritten: 0, costUsd, error: message, errorKind },
    })
    ctx.log(`${job} ${account.platform} ${account.handle}: ${message}`)
    return {
      status: 'error',
      rowsWritten: 0,
      costUsd,
      problem: `${account.handle} (${account.platform}): ${message}`,
    }
  } finally {
    if (estimate > 0) ctx.xBudget.settle(estimate, costUsd)
  }
}
