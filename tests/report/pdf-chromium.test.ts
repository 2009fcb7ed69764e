/**
 * Finding Chromium for the server-side PDF: CROSSREACH_CHROMIUM wins, and a missing browser is
 * a 503 whose message names the fix (install chromium or set the variable), in the API's one
 * error shape.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { HTTPException } from 'hono/http-exception'
import { findChromium } from '../../collector/report/pdf.ts'
import { testRuntime } from '../helpers/runtime.ts'
import { seedAccount } from '../helpers/seed.ts'

test('CROSSREACH_CHROMIUM is used when it exists, and refused clearly when it does not', () => {
  assert.equal(findChromium({ CROSSREACH_CHROMIUM: process.execPath }), process.execPath)
  assert.throws(
    () => findChromium({ CROSSREACH_CHROMIUM: '/nowhere/chromium' }),
    (err: unknown) =>
      err instanceof HTTPException &&
      err.status === 503 &&
      err.message.startsWith(
        'CROSSREACH_CHROMIUM points at /nowhere/chromium, which does not exist. The PDF is printed by Chromium: install it (Debian/Ubuntu: apt-get install chromium) or set CROSSREACH_CHROMIUM',
      ),
  )
})

test('/api/report.pdf without Chromium answers 503 with the fix', async () => {
  const saved = process.env.CROSSREACH_CHROMIUM
  process.env.CROSSREACH_CHROMIUM = '/nowhere/chromium'
  const t = await testRuntime({}, () => new Date('2026-10-15T09:00:00Z'))
  try {
    await seedAccount(t.runtime.store, { platform: 'bluesky', handle: '@gemeente.bsky.social' })
    const res = await t.app.request('/api/report.pdf?lang=en')
    assert.equal(res.status, 503)
    const body = (await res.json()) as { error: { code: string; message: string } }
    assert.equal(body.error.code, 'http_error')
    assert.match(body.error.message, /apt-get install chromium/)
  } finally {
    if (saved === undefined) delete process.env.CROSSREACH_CHROMIUM
    else process.env.CROSSREACH_CHROMIUM = saved
    await t.close()
  }
})
