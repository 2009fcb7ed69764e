/**
 * Manual entry of a follower count on a date, for teams with neither API nor exports. Stored as a
 * profile snapshot with source 'manual' at the end of that day (23:59:59 UTC, the moment the count
 * describes); entering the same day again replaces it. It also anchors the X follower series
 * reconstructed from overview exports.
 */
import type { ManualFollowersBody } from '@crossreach/shared/api'
import type { Store } from '../store/db.ts'
import { insertRun, closeRun } from '../store/writes/save-runs.ts'
import { upsertProfileSnapshot } from '../store/writes/save-snapshots.ts'
import { newRunStats } from '../net/run-stats.ts'
import { ActionError } from './action-error.ts'
import { requireActiveAccount } from './require-active-account.ts'
import { rebuildXFollowerSeries } from './rebuild-x-follower-series.ts'

export async function enterManualFollowers(
  store: Store,
  body: ManualFollowersBody,
  trigger: 'command' | 'api',
): Promise<{ accountId: number; date: string; followers: number; reconstructedDays: number }> {
  const account = await requireActiveAccount(store, body.accountId)
  const slot = endOfDay(body.date)
  if (slot.getTime() - Date.now() > 86_400_000) {
    throw new ActionError(
      'invalid_input',
      `${body.date} is in the future; enter counts for today or earlier.`,
    )
  }
  await store.write(async (tx) => {
    const runId = await insertRun(
      tx,
      { job: 'manual', platform: account.platform, accountId: account.id, slot, trigger },
      'running',
    )
    await upsertProfileSnapshot(tx, {
      accountId: account.id,
      slot,
      source: 'manual',
      counts: { followers: body.followers, following: null, postsCount: null },
      collectedAt: new Date(),
      runId,
    })
    await closeRun(tx, runId, {
      status: 'ok',
      stats: newRunStats(),
      rowsWritten: 1,
      costUsd: 0,
      detail: `followers on ${body.date}`,
    })
  })
  const reconstructedDays =
    account.platform === 'x' ? await rebuildXFollowerSeries(store, account.id) : 0
  return { accountId: account.id, date: body.date, followers: body.followers, reconstructedDays }
}

export function endOfDay(isoDate: string): Date {
  const d = new Date(`${isoDate}T23:59:59Z`)
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== isoDate) {
    throw new ActionError('invalid_input', `${isoDate} is not a calendar date; use YYYY-MM-DD.`)
  }
  return d
}
