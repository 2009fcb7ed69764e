/**
 * Runs a collection job (profiles, posts, or both) over the selected accounts. Per job: plans are
 * read in two queries, every run record is opened in one statement, then accounts run in parallel up to a limit (each platform host still
 * keeps its own limits in its gate) and their results are group-committed. One account's or
 * platform's failure never stops the others.
 */
import type { Platform } from '@crossreach/shared/platforms'
import type { CollectSummary } from '@crossreach/shared/api'
import { GroupWriter } from '../store/group-writer.ts'
import { getActiveAccounts, type ActiveAccount } from '../store/queries/get-active-accounts.ts'
import { renameAccount } from '../store/writes/save-account.ts'
import { getPostsPlans } from '../store/queries/get-posts-plans.ts'
import { openRuns, recordSkippedRun, type Trigger } from '../store/writes/save-runs.ts'
import { saveRunResults, type RunResult } from '../store/writes/save-run-results.ts'
import type { PostsPlan } from '../platforms/types.ts'
import type { CollectContext } from './collect-context.ts'
import { runAccount, type AccountRun, type AccountRunResult } from './run-account.ts'

export interface CollectRequest {
  job: 'profiles' | 'posts' | 'all'
  platform?: Platform
  /** Restrict to some platforms (the schedule runs X profiles on its own clock). */
  platforms?: readonly Platform[]
  accountId?: number
  trigger: Trigger
  /** The scheduled slot; defaults to the current hour. */
  slot?: Date
}

export async function collect(ctx: CollectContext, req: CollectRequest): Promise<CollectSummary> {
  const slot = req.slot ?? floorToHour(ctx.now())
  let accounts = await getActiveAccounts(ctx.store, {
    platform: req.platform,
    accountId: req.accountId,
  })
  if (req.platforms) accounts = accounts.filter((a) => req.platforms!.includes(a.platform))
  const summary: CollectSummary = {
    runs: 0,
    ok: 0,
    errors: 0,
    skipped: 0,
    rowsWritten: 0,
    estimatedCostUsd: 0,
    problems: [],
  }
  if (req.accountId !== undefined && accounts.length === 0) {
    summary.problems.push(
      `No active account with id ${req.accountId}; see the account list for ids.`,
    )
    return summary
  }
  const writer = new GroupWriter<RunResult>(ctx.store, saveRunResults)
  await ctx.xBudget.load(ctx.now())

  const jobs = req.job === 'all' ? (['profiles', 'posts'] as const) : ([req.job] as const)
  // Both jobs of 'all' run at the same time; the per-host gates share the hosts between them.
  await Promise.all(
    jobs.map(async (job) => {
      const skip = async (
        platform: Platform,
        accountId: number | null,
        reason: string,
        kind: string,
        problem: string,
        cost = 0,
      ) => {
        await recordSkippedRun(
          ctx.store,
          { job, platform, accountId, slot, trigger: req.trigger },
          reason,
          kind,
          cost,
        )
        add(summary, { status: 'skipped', rowsWritten: 0, costUsd: 0, problem })
      }
      // Platforms that cannot run at all (X without a token) give one skipped record each.
      const unavailable = new Map<Platform, string>()
      for (const a of accounts) {
        const availability = ctx.adapters[a.platform].available()
        if (!availability.ok) unavailable.set(a.platform, availability.reason)
      }
      for (const [platform, reason] of unavailable)
        await skip(platform, null, reason, 'config', `${platform}: ${reason}`)

      const ready = accounts.filter((a) => !unavailable.has(a.platform))
      const plans =
        job === 'posts'
          ? await getPostsPlans(
              ctx.store,
              ready,
              ctx.config.refresh,
              ctx.config.backfillDays,
              ctx.now(),
            )
          : undefined
      const runs: Omit<AccountRun, 'runId'>[] = []
      for (const account of ready) {
        if (!account.platformId) {
          const reason = `${account.handle} was added without checking it on ${account.platform}; remove it and add it again now that the API is configured`
          await skip(account.platform, account.id, reason, 'config', reason)
          continue
        }
        const plan: PostsPlan | undefined = plans?.get(account.id)
        runs.push({ job, account: { ...account, platformId: account.platformId }, slot, plan })
      }

      const runIds = await ctx.store.write((tx) =>
        openRuns(
          tx,
          runs.map((r) => ({
            job,
            platform: r.account.platform,
            accountId: r.account.id,
            slot,
            trigger: req.trigger,
          })),
        ),
      )
      const commits: Promise<void>[] = []
      await forEachLimited(interleaveByHost(runs), ctx.config.accountConcurrency, async (run) => {
        const { result, record } = await runAccount(ctx, {
          ...run,
          runId: runIds.get(run.account.id)!,
        })
        // The next account starts at once; the commit joins the next group commit.
        commits.push(
          writer.add(record).then(
            async () => {
              add(summary, result)
              await noteRename(ctx, run.account, record.profile?.handle)
            },
            (err: unknown) => {
              const reason = err instanceof Error ? err.message : String(err)
              add(summary, {
                status: 'error',
                rowsWritten: 0,
                costUsd: result.costUsd,
                problem: `${run.account.handle}: could not be saved (${reason})`,
              })
            },
          ),
        )
      })
      // The job's last account-runs are committed now rather than after the commit interval.
      writer.flush()
      await Promise.all(commits)
    }),
  )
  return summary
}

/** Records a handle change seen on the platform (Bluesky handles change; the DID stays). */
async function noteRename(
  ctx: CollectContext,
  account: ActiveAccount,
  handle: string | undefined,
): Promise<void> {
  if (!handle || handle === account.handle) return
  await renameAccount(ctx.store, account.id, handle)
  ctx.log(`${account.handle} is now ${handle} on ${account.platform}`)
}

function add(summary: CollectSummary, r: AccountRunResult): void {
  summary.runs++
  summary.rowsWritten += r.rowsWritten
  summary.estimatedCostUsd += r.costUsd
  if (r.status === 'ok') summary.ok++
  else {
    if (r.status === 'error') summary.errors++
    else summary.skipped++
    summary.problems.push(r.problem)
  }
}

/**
 * Orders runs round-robin over the hosts they talk to, so the workers are spread over all
 * platforms and instances at once instead of queueing behind one host's limits.
 */
export function interleaveByHost<
  T extends { account: { platform: Platform; instance: string | null } },
>(runs: readonly T[]): T[] {
  const byHost = new Map<string, T[]>()
  for (const run of runs) {
    const key = `${run.account.platform}:${run.account.instance ?? ''}`
    const list = byHost.get(key) ?? []
    list.push(run)
    byHost.set(key, list)
  }
  const queues = [...byHost.values()]
  const out: T[] = []
  for (let i = 0; out.length < runs.length; i++) {
    for (const q of queues) if (i < q.length) out.push(q[i]!)
  }
  return out
}

export function floorToHour(d: Date): Date {
  const out = new Date(d)
  out.setUTCMinutes(0, 0, 0)
  return out
}

async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!
      await fn(item)
    }
  })
  await Promise.all(workers)
}
