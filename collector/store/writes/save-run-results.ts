/**
 * Saves finished account-runs: their figures and their closed run records, in the caller's
 * transaction. All rows are appended to the staging tables first, then every statement that moves
 * them goes to DuckDB as one script (one round trip through the event loop instead of a dozen).
 */
import { runScript, type Tx } from '../db.ts'
import type { CollectedPost, ProfileCounts } from '../../platforms/types.ts'
import { stageRunCloses, type RunOutcome } from './save-runs.ts'
import { stagePostRows, stageProfileSnapshots } from './save-snapshots.ts'

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
  const profiles = await stageProfileSnapshots(
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
  const posts = await stagePostRows(
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
  const closes = await stageRunCloses(
    tx,
    results.map((r) => ({ id: r.runId, outcome: r.outcome, startedAt: r.startedAt })),
  )
  await runScript(tx, [...profiles.statements, ...posts.statements, ...closes])
}
