import { test } from 'node:test'
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startMastodonFake } from '../fakes/mastodon-server.ts'
import { cli } from '../helpers/cli.ts'
import { tempDir } from '../helpers/store.ts'
import { startServer } from '../../collector/server.ts'

test('the command line without a server: add, refuse, list, collect, runs, with exit codes', async () => {
  const fake = await startMastodonFake({ host: 'social.example' })
  fake.addAccount({ username: 'gemeente', followers: 4200 })
  const { dir, remove } = await tempDir()
  const env = {
    CROSSREACH_DATA_DIR: dir,
    CROSSREACH_MASTODON_ORIGINS: fake.originEntry,
    CROSSREACH_MASTODON_BASE_DELAY_MS: '5',
  }
  try {
    let r = await cli(env, 'accounts', 'add', 'mastodon', '@gemeente@social.example')
    assert.equal(r.code, 2)
    assert.equal(
      r.err.trim(),
      'crossreach: Name your organisation for this first account, e.g. --org "Gemeente Utrecht".',
    )

    r = await cli(
      env,
      'accounts',
      'add',
      'mastodon',
      'https://social.example/@gemeente',
      '--org',
      'Gemeente Voorbeeld',
    )
    assert.equal(r.code, 0, r.err)
    assert.equal(
      r.out.trim(),
      'Added @gemeente@social.example on mastodon (id 1, Gemeente Voorbeeld).',
    )

    r = await cli(env, 'accounts', 'add', 'mastodon', '@nobody@social.example')
    assert.equal(r.code, 2)
    assert.match(r.err, /^crossreach: .*@nobody@social\.example/)

    r = await cli(env, 'accounts', 'add', 'myspace', '@x')
    assert.equal(r.code, 2)
    assert.match(r.err, /use one of x, bluesky, mastodon/)

    r = await cli(env, 'collect', '--job', 'profiles')
    assert.equal(r.code, 0, r.err)
    assert.equal(r.out.trim(), '1 runs: 1 ok, 0 failed, 0 skipped; 1 rows written')

    r = await cli(env, 'accounts', 'list')
    assert.equal(r.code, 0)
    const lines = r.out.trim().split('\n')
    assert.match(lines[0]!, /^id\s+platform\s+handle\s+organisation\s+followers\s+as of$/)
    assert.match(
      lines[2]!,
      /^1\s+mastodon\s+@gemeente@social\.example\s+Gemeente Voorbeeld\s+4,200\s+\d{4}-\d\d-\d\d \d\d:00 \(api\)$/,
    )

    fake.server.fault(
      /^\/api\/v1\/accounts\/\d+$/,
      { kind: 'status', status: 500, text: '<html>oops</html>' },
      10,
    )
    r = await cli({ ...env, CROSSREACH_MASTODON_MAX_RETRIES: '1' }, 'collect', '--job', 'profiles')
    assert.equal(r.code, 1)
    assert.match(
      r.out,
      /^1 runs: 0 ok, 1 failed, 0 skipped; 0 rows written\n {2}- @gemeente@social\.example \(mastodon\): /,
    )

    r = await cli(env, 'runs', '--errors')
    assert.equal(r.code, 0)
    assert.equal(r.out.trim().split('\n').length, 3)
    assert.match(r.out, /profiles\s+mastodon\s+@gemeente@social\.example\s+error\s+2\s+0/)
  } finally {
    remove()
    await fake.close()
  }
})

test('while the server runs, commands go through it; a bad CSV is refused with exit code 2', async () => {
  const { dir, remove } = await tempDir()
  const env = { CROSSREACH_DATA_DIR: dir, PORT: '0', CROSSREACH_SCHEDULE: 'off' }
  const server = await startServer(env, { log: () => undefined })
  try {
    let r = await cli(env, 'accounts', 'add', 'x', '@gemeente', '--org', 'Gemeente')
    assert.equal(r.code, 0, r.err)
    assert.equal(r.out.trim().split('\n')[0], 'Added @gemeente on x (id 1, Gemeente).')
    // The database is held by the server: a direct open would have failed, so this went through it.
    const accounts = (await (await fetch(`${server.url}/api/accounts`)).json()) as {
      accounts: { handle: string }[]
    }
    assert.deepEqual(
      accounts.accounts.map((a) => a.handle),
      ['@gemeente'],
    )

    const bad = join(dir, 'export.csv')
    writeFileSync(bad, 'Datum,Bedrag\n2026-01-01,12\n')
    r = await cli(env, 'import-x-csv', bad, '--account', '1')
    assert.equal(r.code, 2)
    assert.match(
      r.err,
      /^crossreach: Nothing was imported\. This file is not an X Analytics export/,
    )

    r = await cli(env, 'followers', '--account', '1', '--date', '2026-11-01', '--count', '45,200')
    assert.equal(r.code, 0, r.err)
    assert.equal(r.out.trim(), 'Saved 45200 followers on 2026-11-01 for account 1.')
  } finally {
    await server.stop()
    remove()
  }
})
