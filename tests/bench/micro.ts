import { Store } from '../../collector/store/db.ts'
import { openRuns, closeRuns } from '../../collector/store/writes/save-runs.ts'
import {
  upsertPostRows,
  upsertProfileSnapshots,
} from '../../collector/store/writes/save-snapshots.ts'
import { newRunStats } from '../../collector/net/run-stats.ts'
import { tempDir } from '../helpers/store.ts'
const { dir, remove } = await tempDir()
const s = await Store.open(dir + '/x.duckdb')
const slot = new Date('2026-01-01T00:00:00Z')
const ids = await s.write((tx) =>
  openRuns(
    tx,
    Array.from({ length: 1000 }, (_, i) => ({
      job: 'posts' as const,
      platform: 'bluesky' as const,
      accountId: i + 1,
      slot,
      trigger: 'command' as const,
    })),
  ),
)
const cpu0 = process.cpuUsage()
const t = { prof: 0, posts: 0, close: 0, commit: 0 }
for (let b = 0; b < 40; b++) {
  const accs = Array.from({ length: 25 }, (_, i) => b * 25 + i + 1)
  const t0 = performance.now()
  await s.write(async (tx) => {
    let a = performance.now()
    await upsertProfileSnapshots(
      tx,
      accs.map((accountId) => ({
        accountId,
        slot,
        source: 'api',
        counts: { followers: 1, following: 2, postsCount: 3 },
        collectedAt: new Date(),
        runId: ids.get(accountId)!,
      })),
    )
    t.prof += performance.now() - a
    a = performance.now()
    await upsertPostRows(
      tx,
      accs.flatMap((accountId) =>
        [0, 1, 2].map((k) => ({
          accountId,
          slot,
          source: 'api' as const,
          collectedAt: new Date(),
          runId: 1,
          post: {
            postId: `p${accountId}-${k}`,
            url: 'u',
            createdAt: new Date('2025-12-31T00:00:00Z'),
            kind: 'original' as const,
            text: 'hello world',
            lang: 'en',
            hasMedia: false,
            counts: {
              likes: 1,
              reposts: 2,
              replies: 3,
              quotes: 4,
              bookmarks: 5,
              impressions: null,
            },
          },
        })),
      ),
    )
    t.posts += performance.now() - a
    a = performance.now()
    await closeRuns(
      tx,
      accs.map((accountId) => ({
        id: ids.get(accountId)!,
        outcome: { status: 'ok' as const, stats: newRunStats(), rowsWritten: 7, costUsd: 0 },
        startedAt: new Date(),
      })),
    )
    t.close += performance.now() - a
  })
}
const cpu = process.cpuUsage(cpu0)
console.log(
  Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)])),
  'cpu ms',
  Math.round((cpu.user + cpu.system) / 1000),
)
s.close()
remove()
