/**
 * Child process for the crash test: writes account-runs of ROWS posts each, one transaction per
 * run, and prints "committed N" after each commit, until it is killed.
 */
import { Store } from '../../collector/store/db.ts'
import { upsertPostsWithMetrics } from '../../collector/store/writes/save-snapshots.ts'
import type { CollectedPost } from '../../collector/platforms/types.ts'

const [path, rowsArg] = process.argv.slice(2)
const ROWS = Number(rowsArg)
const store = await Store.open(path!)
process.stdout.write('ready\n')
for (let run = 1; ; run++) {
  const posts: CollectedPost[] = Array.from({ length: ROWS }, (_, i) => ({
    postId: `r${run}-p${i}`,
    url: null,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, i % 60)),
    kind: 'original',
    text: `post ${i} of run ${run}`,
    lang: 'nl',
    hasMedia: false,
    counts: { likes: i, reposts: 1, replies: 0, quotes: null, bookmarks: null, impressions: null },
  }))
  await store.write((tx) =>
    upsertPostsWithMetrics(tx, 1, posts, {
      slot: new Date(Date.UTC(2026, 0, 2)),
      source: 'api',
      collectedAt: new Date(),
      runId: run,
    }),
  )
  process.stdout.write(`committed ${run}\n`)
}
