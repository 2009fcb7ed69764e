import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { Store } from '../../collector/store/db.ts'
import { listMigrations } from '../../collector/store/migrate.ts'
import { upsertPostsWithMetrics } from '../../collector/store/writes/save-snapshots.ts'
import { tempDir } from '../helpers/store.ts'

test('migrations run once, are recorded, and a reopened file does not re-run them', async () => {
  const { dir, remove } = await tempDir()
  try {
    const path = join(dir, 'db.duckdb')
    let store = await Store.open(path)
    const versions = (
      await store.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')
    ).map((r) => r.version)
    assert.deepEqual(
      versions,
      listMigrations().map((m) => m.version),
    )
    store.close()
    store = await Store.open(path)
    assert.equal(
      (await store.all('SELECT * FROM schema_migrations')).length,
      listMigrations().length,
    )
    store.close()
  } finally {
    remove()
  }
})

test('a second process on the same file is refused with a message that says what to do', async () => {
  const { dir, remove } = await tempDir()
  const path = join(dir, 'db.duckdb')
  const first = await Store.open(path)
  try {
    const child = spawn(process.execPath, [
      '--input-type=module',
      '-e',
      `
      const { Store } = await import(${JSON.stringify(join(import.meta.dirname, '../../collector/store/db.ts'))});
      try { await Store.open(${JSON.stringify(path)}); console.log('opened') } catch (e) { console.log(e.message) }`,
    ])
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    await new Promise((resolve) => child.on('exit', resolve))
    assert.match(out, /is in use by another crossreach process/)
    assert.match(out, /run commands while the server runs: they then go through it/)
  } finally {
    first.close()
    remove()
  }
})

test('a write transaction lands whole or not at all when the process is killed mid-write', async () => {
  const ROWS = 4000
  const { dir, remove } = await tempDir()
  try {
    let killedMidway = 0
    for (let iteration = 0; iteration < 4; iteration++) {
      const path = join(dir, `crash-${iteration}.duckdb`)
      const child = spawn(process.execPath, [
        join(import.meta.dirname, 'crash-writer.ts'),
        path,
        String(ROWS),
      ])
      let committed = 0
      let buffer = ''
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (d: Buffer) => {
          buffer += d.toString()
          const m = [...buffer.matchAll(/committed (\d+)/g)]
          if (m.length > 0) committed = Number(m[m.length - 1]![1])
          // Kill at a varying moment after the first commit, usually inside the next transaction.
          if (committed >= 1 && !child.killed)
            setTimeout(
              () => {
                child.kill('SIGKILL')
                resolve()
              },
              5 + iteration * 17,
            )
        })
      })
      await new Promise((resolve) => child.on('exit', resolve))
      const store = await Store.open(path)
      const perRun = await store.all<{ runId: number; n: number }>(
        'SELECT run_id, count(*)::INTEGER AS n FROM post_metric_snapshots GROUP BY run_id ORDER BY run_id',
      )
      const posts = await store.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM posts')
      store.close()
      for (const r of perRun) assert.equal(r.n, ROWS, `run ${r.runId} is partly visible`)
      assert.ok(
        perRun.length >= committed,
        `a committed run was lost (${perRun.length} < ${committed})`,
      )
      assert.equal(posts?.n, perRun.length * ROWS)
      if (perRun.length === committed) killedMidway++
    }
    assert.ok(killedMidway >= 1, 'at least one kill should land inside an open transaction')
  } finally {
    remove()
  }
})

test('re-writing the same slot updates counts and never duplicates rows', async () => {
  const store = await Store.open(':memory:')
  const post = (likes: number | null) => ({
    postId: 'p1',
    url: 'https://example.org/p1',
    createdAt: new Date('2026-03-01T09:00:00Z'),
    kind: 'original' as const,
    text: 'Hallo',
    lang: 'nl',
    hasMedia: false,
    counts: { likes, reposts: 2, replies: null, quotes: null, bookmarks: null, impressions: null },
  })
  const meta = {
    slot: new Date('2026-03-01T10:00:00Z'),
    source: 'api' as const,
    collectedAt: new Date(),
    runId: 1,
  }
  await store.write((tx) => upsertPostsWithMetrics(tx, 7, [post(3)], meta))
  await store.write((tx) => upsertPostsWithMetrics(tx, 7, [post(5), post(5)], meta))
  const rows = await store.all(
    'SELECT post_id, age_seconds, likes, reposts, replies FROM post_metric_snapshots',
  )
  assert.deepEqual(rows, [{ postId: 'p1', ageSeconds: 3600, likes: 5, reposts: 2, replies: null }])
  store.close()
})
