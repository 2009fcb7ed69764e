/**
 * Generates the demo database: a fresh DuckDB file with 18 months (by default) of realistic,
 * deterministic data for "Gemeente Voorbeeld" and its peers: the same seed and end give the same
 * data. Everything is computed in memory first, then written in one transaction through the
 * store's bulk paths; the own X account's overview export goes through the real import action.
 */
import { rmSync, statSync } from 'node:fs'
import { Store } from '../store/db.ts'
import { importXCsv } from '../actions/import-x-csv.ts'
import { buildAccounts } from './accounts.ts'
import { FailurePlan } from './failures.ts'
import { generatePosts } from './posting.ts'
import { DEFAULT_SEED, Prng, hash32 } from './prng.ts'
import { planRuns } from './runs.ts'
import { planPostReads } from './snapshots.ts'
import { demoTimeline } from './timeline.ts'
import { appendRuns, writePostStage, writeProfiles } from './write.ts'
import { insertCast, insertEvents, insertPeerGroups } from './write-cast.ts'
import { xOverviewCsv } from './x-overview-csv.ts'

export interface DemoOptions {
  /** The database file to create (replaced if it exists). */
  path: string
  seed?: string
  months?: number
  /** The moment the data ends (default: now). */
  end?: Date
}

export interface DemoSummary {
  path: string
  seed: string
  from: string
  to: string
  seconds: number
  bytes: number
  rows: Record<string, number>
}

const TABLES = [
  'organisations',
  'accounts',
  'events',
  'profile_snapshots',
  'posts',
  'post_metric_snapshots',
  'account_daily_metrics',
  'collection_runs',
  'peer_groups',
  'peer_group_members',
]

export async function generateDemo(opts: DemoOptions): Promise<DemoSummary> {
  const started = performance.now()
  const seed = opts.seed ?? DEFAULT_SEED
  const timeline = demoTimeline((opts.end ?? new Date()).getTime(), opts.months ?? 18)
  const rng = new Prng(seed)
  const accounts = buildAccounts(timeline, rng)
  const posts = generatePosts(accounts, timeline, rng.fork('posts'))
  const failures = new FailurePlan(hash32(seed), timeline)
  const reads = planPostReads(accounts, posts, timeline, failures)
  const runs = planRuns(accounts, timeline, failures, reads)

  for (const suffix of ['', '.wal']) rmSync(opts.path + suffix, { force: true })
  const store = await Store.open(opts.path)
  const rows: Record<string, number> = {}
  try {
    await store.write(async (tx) => {
      await insertCast(tx, accounts, timeline)
      const runIds = await appendRuns(tx, runs)
      await writeProfiles(tx, runs, runIds, posts, timeline)
      for (const stage of reads.stages) await writePostStage(tx, stage, runIds, timeline)
      await insertEvents(tx, accounts, timeline)
      await insertPeerGroups(tx, accounts, timeline)
    })
    const ownX = accounts.find((a) => a.org.kind === 'own' && a.spec.platform === 'x')!
    const csv = xOverviewCsv(ownX, posts[ownX.index]!, timeline.csvDays, rng.fork('x-export'))
    await importXCsv(store, { accountId: ownX.id, ...csv }, 'command')
    // The import happened the day before the data ends, not at generation time.
    const at = new Date(timeline.importedAt)
    await store.write(async (tx) => {
      await tx.run(
        `UPDATE collection_runs SET started_at = ?::TIMESTAMPTZ, finished_at = ?::TIMESTAMPTZ WHERE job = 'import'`,
        [at, new Date(timeline.importedAt + 2000)],
      )
      await tx.run(`UPDATE account_daily_metrics SET imported_at = ?::TIMESTAMPTZ`, [at])
      await tx.run(
        `UPDATE profile_snapshots SET collected_at = ?::TIMESTAMPTZ WHERE source = 'csv'`,
        [at],
      )
    })
    await store.checkpoint()
    for (const table of TABLES) {
      const row = await store.one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)
      rows[table] = row?.n ?? 0
    }
  } finally {
    store.close()
  }
  return {
    path: opts.path,
    seed,
    from: new Date(timeline.start).toISOString(),
    to: new Date(timeline.end).toISOString(),
    seconds: Math.round(performance.now() - started) / 1000,
    bytes: statSync(opts.path).size,
    rows,
  }
}
