/**
 * Reads see every committed write, although each read connection keeps its prepared statements
 * (db.ts). DuckDB plans a prepared statement without parameters once, with the table statistics
 * of that moment: re-run after a write it can leave out the new rows (a join to a new id, here).
 * So only statements with parameters are kept, and they are bound again on every run.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { resolveSelection } from '../../collector/figures/selection.ts'
import { getFigures } from '../../collector/figures/get-figures.ts'
import { getAccountFigures } from '../../collector/figures/get-account-figures.ts'
import { memoryStore } from '../helpers/store.ts'
import {
  seedAccount,
  seedFollowers,
  seedPosts,
  type SeedAccount,
  type SeedPost,
} from '../helpers/seed.ts'

test('a read without parameters, asked before and after a write, sees the new rows', async () => {
  const store = await memoryStore()
  try {
    await store.write(async (tx) => {
      await tx.run('CREATE TABLE a (id INTEGER PRIMARY KEY, name VARCHAR)')
      await tx.run('CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER)')
      await tx.run("INSERT INTO a VALUES (2, 'x')")
      await tx.run('INSERT INTO b VALUES (1, 2)')
    })
    const names = async () =>
      (
        await store.all<{ name: string }>(
          'SELECT a.name FROM b JOIN a ON a.id = b.a_id ORDER BY b.id',
        )
      ).map((r) => r.name)
    // Once on each of the three read connections.
    for (let i = 0; i < 3; i++) assert.deepEqual(await names(), ['x'])
    await store.write(async (tx) => {
      await tx.run("INSERT INTO a VALUES (1, 'y')")
      await tx.run('INSERT INTO b VALUES (2, 1)')
    })
    for (let i = 0; i < 3; i++) assert.deepEqual(await names(), ['x', 'y'])
  } finally {
    store.close()
  }
})

test('figures asked before and after a new account is added include it', async () => {
  const store = await memoryStore()
  try {
    const now = new Date('2026-03-20T10:00:00Z')
    const selection = () => resolveSelection({ from: '2026-03-02', to: '2026-03-15' }, now)
    // An account with a count on 3 and 10 March and one post read a day after it was created.
    const seed = async (account: SeedAccount, followers: [number, number], post: SeedPost) => {
      const id = await seedAccount(store, account)
      await seedFollowers(store, id, [
        ['2026-03-03', followers[0]],
        ['2026-03-10', followers[1]],
      ])
      await seedPosts(store, id, [post])
    }
    await seed({ platform: 'x', handle: 'gemeente' }, [1_000, 1_100], {
      postId: 'x1',
      createdAt: '2026-03-05T10:00:00Z',
      counts: [{ ageHours: 24, likes: 3 }],
    })
    for (let i = 0; i < 3; i++) {
      const figures = await getFigures(store, selection(), 'week')
      assert.deepEqual(figures.combined.series.followers, [1_000, 1_100])
      assert.deepEqual(figures.combined.series.interactions, [3, 0])
    }
    await seed({ platform: 'bluesky', handle: 'gemeente.bsky.social' }, [50, 60], {
      postId: 'b1',
      createdAt: '2026-03-06T10:00:00Z',
      counts: [{ ageHours: 24, likes: 7 }],
    })
    for (let i = 0; i < 3; i++) {
      const figures = await getFigures(store, selection(), 'week')
      assert.deepEqual(figures.combined.series.followers, [1_050, 1_160])
      assert.deepEqual(figures.combined.series.interactions, [10, 0])
      const accounts = await getAccountFigures(store, selection())
      assert.deepEqual(
        accounts.accounts.map((a) => [a.handle, a.followers]),
        [
          ['gemeente.bsky.social', 60],
          ['gemeente', 1_100],
        ],
      )
    }
  } finally {
    store.close()
  }
})
