import { test } from 'node:test'
import assert from 'node:assert/strict'
import { startServer } from '../../collector/server.ts'
import { json, testRuntime } from '../helpers/runtime.ts'
import { tempDir } from '../helpers/store.ts'

const ADMIN = 'admin-token-0123456789abcdef'

test('the server refuses a public address without an admin token, and says what to do', async () => {
  const { dir, remove } = await tempDir()
  try {
    await assert.rejects(startServer({ CROSSREACH_DATA_DIR: dir, HOST: '0.0.0.0', PORT: '0' }), {
      message:
        'Refusing to listen on 0.0.0.0 without an admin token: anyone who can reach it could change accounts. Set CROSSREACH_ADMIN_TOKEN (16+ characters), or keep HOST=127.0.0.1.',
    })
  } finally {
    remove()
  }
})

test('with an admin token, changes need it and reads do not; the token is never echoed', async () => {
  const t = await testRuntime({ CROSSREACH_ADMIN_TOKEN: ADMIN, HOST: '0.0.0.0' })
  try {
    const body = { platform: 'x', handle: '@gemeente', organisation: 'Gemeente' }
    const denied = await t.app.request('/api/accounts', json(body))
    assert.equal(denied.status, 401)
    assert.deepEqual(await denied.json(), {
      error: {
        code: 'unauthorized',
        message: 'This change needs the admin token (Authorization: Bearer …).',
      },
    })
    const wrong = await t.app.request('/api/accounts', {
      ...json(body),
      headers: { 'content-type': 'application/json', authorization: 'Bearer nope' },
    })
    assert.equal(wrong.status, 401)
    const ok = await t.app.request('/api/accounts', {
      ...json(body),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
    })
    assert.equal(ok.status, 201)
    const list = await t.app.request('/api/accounts')
    assert.equal(list.status, 200)
    assert.ok(!(await list.text()).includes(ADMIN))
    const del = await t.app.request('/api/accounts/1', { method: 'DELETE' })
    assert.equal(del.status, 401)
  } finally {
    await t.close()
  }
})

test('bad requests get the one error shape naming the problem', async () => {
  const t = await testRuntime()
  try {
    const cases: [string, RequestInit, number, unknown][] = [
      ['/api/accounts', json({ platform: 'myspace', handle: '@a' }), 400, 'invalid_input'],
      [
        '/api/accounts',
        json({ platform: 'mastodon', handle: 'gemeente', organisation: 'G' }),
        400,
        'invalid_handle',
      ],
      ['/api/accounts/abc', { method: 'DELETE' }, 400, 'invalid_input'],
      ['/api/accounts/42', { method: 'DELETE' }, 404, 'not_found'],
      ['/api/nothing', {}, 404, 'not_found'],
      ['/api/runs?limit=0', {}, 400, 'invalid_input'],
    ]
    for (const [path, init, status, code] of cases) {
      const res = await t.app.request(path, init)
      assert.equal(res.status, status, path)
      const body = (await res.json()) as { error: { code: string; message: string } }
      assert.equal(body.error.code, code, path)
      assert.ok(body.error.message.length > 10, path)
    }
  } finally {
    await t.close()
  }
})

test('health reports the last run per platform and accounts that went stale', async () => {
  const t = await testRuntime()
  try {
    await t.app.request(
      '/api/accounts',
      json({ platform: 'x', handle: '@gemeente', organisation: 'G' }),
    )
    const store = t.runtime.store
    // An account checked on its platform three days ago, whose last good read was 50 hours ago.
    await store.write(async (tx) => {
      await tx.run(`UPDATE accounts SET platform_id = '123', added_at = now() - INTERVAL 3 DAY`)
      await tx.run(`INSERT INTO collection_runs (job, platform, account_id, slot, trigger, status, started_at, finished_at)
        VALUES ('profiles', 'x', 1, now() - INTERVAL 50 HOUR, 'schedule', 'ok', now() - INTERVAL 50 HOUR, now() - INTERVAL 50 HOUR),
               ('profiles', 'x', 1, now() - INTERVAL 2 HOUR, 'schedule', 'error', now() - INTERVAL 2 HOUR, now() - INTERVAL 2 HOUR)`)
    })
    const res = await t.app.request('/api/health')
    assert.equal(res.status, 200)
    const health = (await res.json()) as {
      status: string
      lastRuns: { platform: string; job: string; status: string }[]
      staleAccounts: { handle: string }[]
    }
    assert.equal(health.status, 'degraded')
    assert.deepEqual(
      health.lastRuns.map(({ platform, job, status }) => ({ platform, job, status })),
      [{ platform: 'x', job: 'profiles', status: 'error' }],
    )
    assert.deepEqual(
      health.staleAccounts.map((a) => a.handle),
      ['@gemeente'],
    )
  } finally {
    await t.close()
  }
})
