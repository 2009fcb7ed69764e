/** Saves finished account-runs: their figures and their closed run records, in the caller's transaction. */
import type { Tx } from '../db.ts'
import type { CollectedPost, ProfileCounts } from '../../platforms/types.ts'
import { closeRuns, type RunOutcome } from './save-runs.ts'
import { upsertPostRows, upsertProfileSnapshots } from './save-snapshots.ts'

export interface RunResult {
  runId: number
  accountId: number
  slot: Date
  startedAt: Date
  collectedAt: Date
  outcome: RunOutcome
  /** Present on a successful profiles run. */
  profile?: ProfileCounts
  /** Present on a successful posts run. */
  posts?: readonly CollectedPost[]
}

export async function saveRunResults(tx: Tx, results: readonly RunResult[]): Promise<void> {
  await upsertProfileSnapshots(
    tx,
    results.flatMap((r) =>
      r.profile
        ? [
            {
              accountId: r.accountId,
              slot: r.slot,
              source: 'api' as const,
              counts: r.profile,
              collectedAt: r.collectedAt,
              runId: r.runId,
            },
          ]
        : [],
    ),
  )
  await upsertPostRows(
    tx,
    results.flatMap((r) =>
      (r.posts ?? []).map((post) => ({
        accountId: r.accountId,
        post,
        slot: r.slot,
        source: 'api' as const,
        collectedAt: r.collectedAt,
        runId: r.runId,
      })),
    ),
  )
  await closeRuns(
    tx,
    results.map((r) => ({ id: r.runId, outcome: r.outcome, startedAt: r.startedAt })),
  )
}
