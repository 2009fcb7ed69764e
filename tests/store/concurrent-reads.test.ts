import { test } from 'node:test'
import assert from 'node:assert/strict'
import { memoryStore } from '../helpers/store.ts'

test('many overlapping reads with different parameters each get their own answer', async () => {
  const store = await memoryStore()
  try {
    const queries = Array.from({ length: 300 }, (_, i) => {
      const n = (i % 7) + 1
      const params = Array.from({ length: n }, (_, k) => i * 10 + k)
      const sql = `SELECT ${params.map(() => '?::INTEGER').join(' + ')} AS total, ${n} AS n`
      return store.all<{ total: number; n: number }>(sql, params).then((rows) => ({ rows, params }))
    })
    for (const { rows, params } of await Promise.all(queries)) {
      assert.deepEqual(rows, [{ total: params.reduce((a, b) => a + b, 0), n: params.length }])
    }
  } finally {
    store.close()
  }
})
