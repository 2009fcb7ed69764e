import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { startMastodonFake } from '../fakes/mastodon-server.ts'
import { json, testRuntime } from '../helpers/runtime.ts'
import { openRuntime } from '../../collector/runtime.ts'

const MAIN = join(import.meta.dirname, '../../collector/main.ts')

test('a collector killed in the middle of a run leaves no figures, and the next start marks the run interrupted', async () => {
  const fake = await startMastodonFake({ host: 'social.example' })
  fake.addAccount({ username: 'gemeente', followers: 4200 })
  fake.addPosts('gemeente', [
    { createdAt: new Date(Date.now() - 3_600_000), content: '<p>Hallo</p>', likes: 3 },
  ])
  const t = await testRuntime({ CROSSREACH_MASTODON_ORIGINS: fake.originEntry })
  try {
    assert.equal(
      (
        await t.app.request(
          '/api/accounts',
          json({ platform: 'mastodon', handle: '@gemeente@social.example', organisation: 'G' }),
        )
      ).status,
      201,
    )
    await t.runtime.close()
    fake.server.fault(/\/statuses$/, { kind: 'hang' })
    const child = spawn(process.execPath, [MAIN, 'collect', '--job', 'posts'], {
      env: { ...process.env, ...t.env },
    })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const deadline = Date.now() + 20_000
    while (fake.server.requestsTo(/\/statuses$/).length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20))
    assert.equal(
      fake.server.requestsTo(/\/statuses$/).length,
      1,
      `the child never asked for statuses: ${stderr}`,
    )
    child.kill('SIGKILL')
    await new Promise((resolve) => child.on('exit', resolve))

    const logs: string[] = []
    const again = await openRuntime(t.env, { log: (l) => logs.push(l) })
    try {
      assert.deepEqual(logs, [
        '1 run(s) were cut off when crossreach last stopped; marked as interrupted',
      ])
      assert.deepEqual(
        await again.store.all(`SELECT job, status, error_kind, error FROM collection_runs`),
        [
          {
            job: 'posts',
            status: 'interrupted',
            errorKind: 'interrupted',
            error: 'crossreach stopped during this run; nothing of it was saved',
          },
        ],
      )
      assert.equal((await again.store.all('SELECT * FROM posts')).length, 0)
      assert.equal((await again.store.all('SELECT * FROM post_metric_snapshots')).length, 0)
    } finally {
      await again.close()
    }
  } finally {
    await t.close().catch(() => undefined)
    await fake.close()
  }
})

test('a tick that finds the previous run still going is skipped and recorded with the reason', async () => {
  const fake = await startMastodonFake({ host: 'social.example', latencyMs: 300 })
  fake.addAccount({ username: 'gemeente', followers: 10 })
  const t = await testRuntime({ CROSSREACH_MASTODON_ORIGINS: fake.originEntry })
  try {
    await t.app.request(
      '/api/accounts',
      json({ platform: 'mastodon', handle: '@gemeente@social.example', organisation: 'G' }),
    )
    const spec = t.scheduler.jobSpecs().find((s) => s.name === 'profiles')!
    const first = t.scheduler.tick(spec, new Date('2026-11-20T06:00:00Z'))
    await new Promise((r) => setTimeout(r, 50))
    assert.deepEqual(t.scheduler.runningJobs(), ['profiles'])
    const second = await t.scheduler.tick(spec, new Date('2026-11-20T12:00:00Z'))
    assert.equal(second, 'skipped')
    assert.equal(await first, 'ran')
    const runs = await t.runtime.store.all<{
      platform: string
      status: string
      errorKind: string | null
      slot: Date
    }>(`SELECT platform, status, error_kind, slot FROM collection_runs ORDER BY slot, platform`)
    assert.deepEqual(
      runs.map((r) => [r.platform, r.status, r.errorKind, r.slot.toISOString()]),
      [
        ['mastodon', 'ok', null, '2026-11-20T06:00:00.000Z'],
        ['bluesky', 'skipped', 'overlap', '2026-11-20T12:00:00.000Z'],
        ['mastodon', 'skipped', 'overlap', '2026-11-20T12:00:00.000Z'],
      ],
    )
    const reason = await t.runtime.store.one<{ error: string }>(
      `SELECT error FROM collection_runs WHERE status = 'skipped' LIMIT 1`,
    )
    assert.match(reason!.error, /^skipped: the previous profiles run, started .+, was still going$/)
  } finally {
    await t.close()
    await fake.close()
  }
})
