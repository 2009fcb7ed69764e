/**
 * One account-run: a profile read or a posts read of one account. Opens the run record, makes the
 * requests under per-run accounting, then writes every row and closes the record in one
 * transaction. A failure writes the error and no figures: a gap, never a zero.
 */
import type { Job, Trigger } from '../store/writes/save-runs.ts'
import { closeRun, openRun, recordSkippedRun } from '../store/writes/save-runs.ts'
import { upsertPostsWithMetrics, upsertProfileSnapshot } from '../store/writes/save-snapshots.ts'
import { renameAccount } from '../store/writes/save-account.ts'
import { getDuePosts } from '../store/queries/get-due-posts.ts'
import { getNewestPost } from '../store/queries/get-newest-post.ts'
import type { ActiveAccount } from '../store/queries/get-active-accounts.ts'
import { newRunStats, withRunStats } from '../net/run-stats.ts'
import { redact } from '../net/redact.ts'
import { isPlatformError } from '../platforms/errors.ts'
import type { AccountRef, PostsPlan } from '../platforms/types.ts'
import type { CollectContext } from './collect-context.ts'

export type AccountRunResult =
  | { status: 'ok'; rowsWritten: number; costUsd: number }
  | { status: 'error' | 'skipped'; rowsWritten: 0; costUsd: number; problem: string }

export async function runAccount(
  ctx: CollectContext,
  job: Extract<Job, 'profiles' | 'posts'>,
  account: ActiveAccount,
  slot: Date,
  trigger: Trigger,
): Promise<AccountRunResult> {
  const adapter = ctx.adapters[account.platform]
  const runStart = { job, platform: account.platform, accountId: account.id, slot, trigger }
  if (!account.platformId) {
    const problem = `${account.handle} was added without checking it on ${account.platform}; remove and add it again once the API is configured`
    await recordSkippedRun(ctx.store, runStart, problem, 'config')
    return { status: 'skipped', rowsWritten: 0, costUsd: 0, problem }
  }
  const ref: AccountRef = { ...account, platformId: account.platformId }
  const now = ctx.now()
  const plan = job === 'posts' ? await postsPlan(ctx, account, now) : undefined

  const estimate = adapter.estimateCost(job, plan)
  if (estimate > 0) {
    const reservation = await ctx.xBudget.reserve(estimate, now)
    if (!reservation.ok) {
      await recordSkippedRun(ctx.store, runStart, reservation.reason, 'budget', estimate)
      return {
        status: 'skipped',
        rowsWritten: 0,
        costUsd: 0,
        problem: `${account.handle}: ${reservation.reason}`,
      }
    }
  }

  const runId = await openRun(ctx.store, runStart)
  const stats = newRunStats()
  try {
    const outcome = await withRunStats(stats, async () => {
      if (job === 'profiles') {
        const counts = await adapter.fetchProfile(ref)
        return { counts, posts: undefined }
      }
      const result = await adapter.collectPosts(ref, plan!)
      return { counts: undefined, posts: result.posts }
    })
    const costUsd = adapter.costOf?.(stats) ?? 0
    const collectedAt = ctx.now()
    const rowsWritten = await ctx.store.write(async (tx) => {
      let rows = 0
      if (outcome.counts) {
        rows += await upsertProfileSnapshot(tx, {
          accountId: account.id,
          slot,
          source: 'api',
          counts: outcome.counts,
          collectedAt,
          runId,
        })
      }
      if (outcome.posts) {
        rows += await upsertPostsWithMetrics(tx, account.id, outcome.posts, {
          slot,
          source: 'api',
          collectedAt,
          runId,
        })
      }
      await closeRun(tx, runId, { status: 'ok', stats, rowsWritten: rows, costUsd })
      return rows
    })
    if (outcome.counts?.handle && outcome.counts.handle !== account.handle) {
      await renameAccount(
        ctx.store,
        account.id,
        outcome.counts.handle,
        outcome.counts.handle.replace(/^@/, '').toLowerCase(),
      )
      ctx.log(`${account.handle} is now ${outcome.counts.handle} on ${account.platform}`)
    }
    return { status: 'ok', rowsWritten, costUsd }
  } catch (err) {
    const costUsd = adapter.costOf?.(stats) ?? 0
    const message = redact(
      isPlatformError(err)
        ? err.message
        : `Unexpected error: ${String(err instanceof Error ? err.message : err)}`,
    )
    const errorKind = isPlatformError(err) ? err.kind : 'unexpected'
    await ctx.store.write((tx) =>
      closeRun(tx, runId, {
        status: 'error',
        stats,
        rowsWritten: 0,
        costUsd,
        error: message,
        errorKind,
      }),
    )
    ctx.log(`${job} ${account.platform} ${account.handle}: ${message}`)
    return {
      status: 'error',
      rowsWritten: 0,
      costUsd,
      problem: `${account.handle} (${account.platform}): ${message}`,
    }
  } finally {
    if (estimate > 0) ctx.xBudget.release(estimate)
  }
}

async function postsPlan(
  ctx: CollectContext,
  account: ActiveAccount,
  now: Date,
): Promise<PostsPlan> {
  const newest = await getNewestPost(ctx.store, account.id)
  const backfillStart = new Date(now.getTime() - ctx.config.backfillDays * 86_400_000)
  return {
    newestKnownId: newest?.postId ?? null,
    notBefore: newest ? newest.createdAt : backfillStart,
    refresh: await getDuePosts(ctx.store, account, ctx.config.refresh, now),
  }
}
