/**
 * Runs a collection job (profiles, posts, or both) over the selected accounts. Accounts run in
 * parallel up to a limit; each platform host still keeps its own limits in its gate. One account's
 * or platform's failure never stops the others.
 */
import type { Platform } from '@crossreach/shared/platforms'
import type { CollectSummary } from '@crossreach/shared/api'
import { getActiveAccounts, type ActiveAccount } from '../store/queries/get-active-accounts.ts'
import { recordSkippedRun, type Trigger } from '../store/writes/save-runs.ts'
import type { CollectContext } from './collect-context.ts'
import { runAccount, type AccountRunResult } from './run-account.ts'

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

  const jobs = req.job === 'all' ? (['profiles', 'posts'] as const) : ([req.job] as const)
  for (const job of jobs) {
    const runnable: ActiveAccount[] = []
    const unavailable = new Map<Platform, string>()
    for (const account of accounts) {
      const availability = ctx.adapters[account.platform].available()
      if (availability.ok) runnable.push(account)
      else unavailable.set(account.platform, availability.reason)
    }
    for (const [platform, reason] of unavailable) {
      await recordSkippedRun(
        ctx.store,
        { job, platform, accountId: null, slot, trigger: req.trigger },
        reason,
        'config',
      )
      add(summary, {
        status: 'skipped',
        rowsWritten: 0,
        costUsd: 0,
        problem: `${platform}: ${reason}`,
      })
    }
    await forEachLimited(runnable, ctx.config.accountConcurrency, async (account) => {
      add(summary, await runAccount(ctx, job, account, slot, req.trigger))
    })
  }
  return summary
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
