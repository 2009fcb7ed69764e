import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { generateDemo } from '../../collector/demo/generate.ts'
import { testRuntime } from '../helpers/runtime.ts'
import { tempDir } from '../helpers/store.ts'

// A dashboard fires several figure requests at once (and again on every filter change): each must
// get its own, right answer. A DuckDB connection used by two statements at once gave
// "Parameter/argument count mismatch" errors.
test('overlapping figure requests with different filters all answer correctly', async () => {
  const { dir, remove } = await tempDir()
  try {
    await generateDemo({
      path: join(dir, 'demo', 'crossreach.duckdb'),
      months: 2,
      seed: 'concurrency',
      end: new Date('2026-06-30T12:00:00Z'),
    })
    const t = await testRuntime({ CROSSREACH_DATA_DIR: join(dir, 'demo') })
    try {
      const filters = ['x', 'x,bluesky', 'bluesky,mastodon', 'x,bluesky,mastodon', 'mastodon']
      const url = (p: string, grain: string) =>
        `/api/figures?from=2026-05-01&to=2026-06-30&grain=${grain}&platforms=${p}`
      const alone = new Map<string, string>()
      for (const p of filters)
        for (const g of ['week', 'month'])
          alone.set(url(p, g), await (await t.app.request(url(p, g))).text())
      const together = await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          const u = url(filters[i % filters.length]!, i % 2 ? 'week' : 'month')
          const res = await t.app.request(u)
          return { u, status: res.status, body: await res.text() }
        }),
      )
      for (const r of together) {
        assert.equal(r.status, 200, `${r.u}: ${r.body.slice(0, 200)}`)
        assert.equal(r.body, alone.get(r.u), r.u)
      }
    } finally {
      await t.close()
    }
  } finally {
    remove()
  }
})
