/** The peer-group commands of the command line, on the database directly (no server running). */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { openRuntime } from '../../collector/runtime.ts'
import { startServer } from '../../collector/server.ts'
import { cli } from '../helpers/cli.ts'
import { seedOrganisation } from '../helpers/seed.ts'
import { tempDir } from '../helpers/store.ts'

test('peers create, list and delete by organisation name or id; unknown names refused', async () => {
  const { dir, remove } = await tempDir()
  const env = { CROSSREACH_DATA_DIR: dir, CROSSREACH_SCHEDULE: 'off' }
  try {
    const rt = await openRuntime(env, { log: () => undefined })
    const own = await seedOrganisation(rt.store, 'Gemeente Voorbeeld', 'own')
    const peer = await seedOrganisation(rt.store, 'Gemeente Buurstad', 'peer')
    await rt.close()

    let r = await cli(env, 'peers', 'list')
    assert.equal(r.code, 0, r.err)
    assert.equal(r.out.trim(), 'No peer groups yet. Create one with: peers create <name> --org …')

    r = await cli(
      env,
      'peers',
      'create',
      'Buurgemeenten',
      '--org',
      'gemeente voorbeeld',
      String(peer),
    )
    assert.equal(r.code, 0, r.err)
    assert.equal(
      r.out.trim(),
      'Created peer group 1 "Buurgemeenten": Gemeente Voorbeeld, Gemeente Buurstad.',
    )
    r = await cli(env, 'peers', 'list')
    assert.equal(
      r.out.trim(),
      `1  Buurgemeenten: Gemeente Voorbeeld (${own}), Gemeente Buurstad (${peer})`,
    )

    r = await cli(env, 'peers', 'create', 'Regio', '--org', 'Gemeente Nergens')
    assert.equal(r.code, 2)
    assert.match(
      r.err,
      /no organisation "Gemeente Nergens"; known: Gemeente Voorbeeld, Gemeente Buurstad/,
    )
    r = await cli(env, 'peers', 'create', 'buurgemeenten', '--org', String(own))
    assert.equal(r.code, 2)
    assert.match(r.err, /There is already a peer group named "buurgemeenten"\./)

    r = await cli(env, 'peers', 'delete', '1')
    assert.equal(r.code, 0, r.err)
    assert.equal(r.out.trim(), 'Peer group 1 deleted.')
    r = await cli(env, 'peers', 'delete', '1')
    assert.equal(r.code, 2)
    assert.match(r.err, /There is no peer group with id 1\./)

    // With the server running, the same commands go through its API.
    const server = await startServer({ ...env, PORT: '0' }, { log: () => undefined })
    try {
      r = await cli(env, 'peers', 'create', 'Regio', '--org', String(own), 'Gemeente Buurstad')
      assert.equal(r.code, 0, r.err)
      assert.equal(
        r.out.trim(),
        'Created peer group 2 "Regio": Gemeente Voorbeeld, Gemeente Buurstad.',
      )
      const body = (await (await fetch(`${server.url}/api/peers/groups`)).json()) as {
        groups: { name: string }[]
      }
      assert.deepEqual(
        body.groups.map((g) => g.name),
        ['Regio'],
      )
      r = await cli(env, 'peers', 'delete', '7')
      assert.equal(r.code, 2)
      assert.match(r.err, /There is no peer group with id 7\. See \/api\/peers\/groups\./)
    } finally {
      await server.stop()
    }
  } finally {
    remove()
  }
})
