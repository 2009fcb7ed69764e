/**
 * Exports: the whole dataset as Parquet (one file per table in a zip), read back with DuckDB, and
 * a dashboard table as XLSX with formula text neutralised.
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'
import { seedAccount, seedFollowers, seedPosts } from '../helpers/seed.ts'
import { testRuntime, type TestRuntime } from '../helpers/runtime.ts'
import { tempDir } from '../helpers/store.ts'

let t: TestRuntime

before(async () => {
  t = await testRuntime({}, () => new Date('2026-10-15T09:00:00Z'))
  const store = t.runtime.store
  const bsky = await seedAccount(store, { platform: 'bluesky', handle: '@gemeente.bsky.social' })
  await seedFollowers(store, bsky, [
    ['2026-09-01', 12_000],
    ['2026-09-02', null], // a snapshot without a count stays NULL in the export
    ['2026-09-03', 12_400],
  ])
  await seedPosts(store, bsky, [
    { postId: 'p1', createdAt: '2026-09-01', text: 'Hallo', counts: [{ ageHours: 24, likes: 7 }] },
  ])
})

after(async () => {
  await t.close()
})

test('Parquet: one file per table in a zip, read back with DuckDB', async () => {
  const res = await t.app.request('/api/export/parquet')
  assert.equal(res.status, 200)
  assert.equal(res.headers.get('content-type'), 'application/zip')
  assert.equal(
    res.headers.get('content-disposition'),
    'attachment; filename="crossreach-dataset-2026-10-15.zip"',
  )
  const files = unzipSync(new Uint8Array(await res.arrayBuffer()))
  const names = Object.keys(files).sort()
  for (const table of [
    'accounts',
    'collection_runs',
    'events',
    'organisations',
    'post_metric_snapshots',
    'posts',
    'profile_snapshots',
  ]) {
    assert.ok(names.includes(`${table}.parquet`), `${table}.parquet is in ${names.join(', ')}`)
  }
  assert.ok(names.includes('README.txt'))
  assert.ok(!names.some((n) => n.startsWith('staging_') || n.startsWith('schema_migrations')))
  assert.ok(!names.includes('account_days.parquet') && !names.includes('post_summaries.parquet'))

  const { dir, remove } = await tempDir()
  const db = await DuckDBInstance.create(':memory:')
  const conn = await db.connect()
  try {
    for (const name of names) writeFileSync(join(dir, name), files[name] ?? new Uint8Array())
    const read = async (sql: string) => (await conn.runAndReadAll(sql)).getRowsJS()
    assert.deepEqual(
      await read(
        `SELECT strftime(slot AT TIME ZONE 'UTC', '%Y-%m-%d'), followers
         FROM read_parquet('${join(dir, 'profile_snapshots.parquet')}') ORDER BY slot`,
      ),
      [
        ['2026-09-01', 12_000n],
        ['2026-09-02', null],
        ['2026-09-03', 12_400n],
      ],
    )
    assert.deepEqual(
      await read(`SELECT post_id, text FROM read_parquet('${join(dir, 'posts.parquet')}')`),
      [['p1', 'Hallo']],
    )
    assert.deepEqual(
      await read(`SELECT name, kind FROM read_parquet('${join(dir, 'organisations.parquet')}')`),
      [['Gemeente Voorbeeld', 'own']],
    )
  } finally {
    conn.closeSync()
    db.closeSync()
    remove()
  }
})

test('XLSX of a dashboard table: formula text neutralised, numbers kept', async () => {
  const res = await t.app.request('/api/export/table.xlsx', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Volgers per platform',
      columns: ['Periode', 'X'],
      rows: [
        ['=cmd|"/c calc"!A1', -3],
        ['week van 2 mrt 2026', null],
      ],
    }),
  })
  assert.equal(res.status, 200)
  assert.equal(
    res.headers.get('content-disposition'),
    'attachment; filename="volgers-per-platform.xlsx"',
  )
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(await res.arrayBuffer())
  const sheet = book.worksheets[0]
  assert.equal(sheet?.name, 'Volgers per platform')
  assert.equal(sheet?.getCell('A2').value, '\'=cmd|"/c calc"!A1')
  assert.equal(sheet?.getCell('B2').value, -3)
  assert.equal(sheet?.getCell('B3').value, null)

  const refused = await t.app.request('/api/export/table.xlsx', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'x', columns: [], rows: [] }),
  })
  assert.equal(refused.status, 400)
})
