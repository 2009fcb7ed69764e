/**
 * Peer groups and /api/peers on real DuckDB: creating, replacing and deleting groups (with the
 * admin-token rule), and the ranking's figures computed by hand from the seed below, including an
 * organisation without a count in the range (unranked, nulls) and an account without a previous count.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { PeerGroup, PeersBody } from '@crossreach/shared/api-peers'
import { json, testRuntime, type TestRuntime } from '../helpers/runtime.ts'
import { seedAccount, seedFollowers, seedPosts } from '../helpers/seed.ts'

async function seeded(env: NodeJS.ProcessEnv = {}) {
  const t = await testRuntime(env)
  const store = t.runtime.store
  const peer = (organisation: string) => ({ organisation, kind: 'peer' as const })
  const vx = await seedAccount(store, { platform: 'x', handle: '@gemeente' })
  const vb = await seedAccount(store, { platform: 'bluesky', handle: '@gemeente.bsky.social' })
  const vm = await seedAccount(store, { platform: 'mastodon', handle: '@gemeente@social.nl' })
  const bx = await seedAccount(store, {
    platform: 'x',
    handle: '@buurstad',
    ...peer('Gemeente Buurstad'),
  })
  const bb = await seedAccount(store, {
    platform: 'bluesky',
    handle: '@buurstad.bsky.social',
    ...peer('Gemeente Buurstad'),
  })
  const rx = await seedAccount(store, {
    platform: 'x',
    handle: '@rivierdal',
    ...peer('Gemeente Rivierdal'),
  })
  const zx = await seedAccount(store, {
    platform: 'x',
    handle: '@zuidveenland',
    ...peer('Provincie Zuid-Veenland'),
  })
  await seedFollowers(store, vx, [
    ['2026-02-20', 10_000],
    ['2026-03-10', 9_800],
    ['2026-03-30', 9_700],
  ])
  await seedFollowers(store, vb, [
    ['2026-02-25', 1_000],
    ['2026-03-28', 1_500],
  ])
  await seedFollowers(store, vm, [['2026-03-15', 800]])
  await seedFollowers(store, bx, [
    ['2026-02-28', 40_400],
    ['2026-03-31', 40_000],
  ])
  await seedFollowers(store, bb, [
    ['2026-02-28', 3_600],
    ['2026-03-31', 4_000],
  ])
  // Rivierdal: a count in February only (a gap in March).
  await seedFollowers(store, rx, [['2026-02-10', 5_000]])
  await seedFollowers(store, zx, [['2026-03-31', 20_000]])
  await seedPosts(store, vx, [
    {
      postId: 'v1',
      createdAt: '2026-03-05',
      counts: [
        { ageHours: 24, likes: 10 },
        { ageHours: 168, likes: 20, reposts: 4 },
      ],
    },
  ])
  await seedPosts(store, vb, [
    { postId: 'v2', createdAt: '2026-03-06', counts: [{ ageHours: 48, likes: 30 }] },
  ])
  await seedPosts(store, bx, [
    { postId: 'b1', createdAt: '2026-03-10', counts: [{ ageHours: 24, likes: 100 }] },
  ])
  const { organisations } = (await (await t.app.request('/api/organisations')).json()) as {
    organisations: { id: number; name: string }[]
  }
  const org = (name: string) => organisations.find((o) => o.name === name)!.id
  return { t, org }
}

async function call(t: TestRuntime, path: string, init?: RequestInit) {
  const res = await t.app.request(path, init)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

test('peer groups: create, list, replace and delete; names are unique, organisations must exist', async () => {
  const { t, org } = await seeded()
  try {
    const ids = [org('Gemeente Rivierdal'), org('Gemeente Voorbeeld'), org('Gemeente Buurstad')]
    const created = await call(
      t,
      '/api/peers/groups',
      json({ name: ' Buurgemeenten ', organisationIds: ids }),
    )
    assert.equal(created.status, 201)
    const group = created.body.group as PeerGroup
    assert.deepEqual(group, {
      id: 1,
      name: 'Buurgemeenten',
      members: [
        { id: org('Gemeente Voorbeeld'), name: 'Gemeente Voorbeeld', kind: 'own' },
        { id: org('Gemeente Buurstad'), name: 'Gemeente Buurstad', kind: 'peer' },
        { id: org('Gemeente Rivierdal'), name: 'Gemeente Rivierdal', kind: 'peer' },
      ],
    })
    assert.deepEqual((await call(t, '/api/peers/groups')).body, { groups: [group] })

    const twice = await call(
      t,
      '/api/peers/groups',
      json({ name: 'buurgemeenten', organisationIds: ids }),
    )
    assert.equal(twice.status, 409)
    assert.deepEqual(twice.body, {
      error: { code: 'conflict', message: 'There is already a peer group named "buurgemeenten".' },
    })
    const unknown = await call(
      t,
      '/api/peers/groups',
      json({ name: 'Regio', organisationIds: [99] }),
    )
    assert.equal(unknown.status, 404)
    assert.deepEqual(unknown.body, {
      error: {
        code: 'not_found',
        message: 'There is no organisation with id 99. See /api/organisations.',
      },
    })
    const empty = await call(t, '/api/peers/groups', json({ name: '', organisationIds: ids }))
    assert.equal(empty.status, 400)
    assert.deepEqual(empty.body, {
      error: { code: 'invalid_input', message: 'name is empty: give the group a name' },
    })

    const replaced = await call(t, '/api/peers/groups/1', {
      ...json({
        name: 'Regio',
        organisationIds: [org('Gemeente Voorbeeld'), org('Provincie Zuid-Veenland')],
      }),
      method: 'PUT',
    })
    assert.equal(replaced.status, 200)
    assert.deepEqual(
      (replaced.body.group as PeerGroup).members.map((m) => m.name),
      ['Gemeente Voorbeeld', 'Provincie Zuid-Veenland'],
    )
    assert.equal((replaced.body.group as PeerGroup).name, 'Regio')
    const missing = await call(t, '/api/peers/groups/7', {
      ...json({ name: 'X', organisationIds: ids }),
      method: 'PUT',
    })
    assert.equal(missing.status, 404)

    assert.deepEqual((await call(t, '/api/peers/groups/1', { method: 'DELETE' })).body, {
      deleted: 1,
    })
    assert.equal((await call(t, '/api/peers/groups/1', { method: 'DELETE' })).status, 404)
    assert.deepEqual((await call(t, '/api/peers/groups')).body, { groups: [] })
  } finally {
    await t.close()
  }
})

test('peer groups: with an admin token, changes need it and reads do not', async () => {
  const token = 'peer-test-token-0123456789'
  const { t, org } = await seeded({ CROSSREACH_ADMIN_TOKEN: token, HOST: '0.0.0.0' })
  try {
    const body = { name: 'Buurgemeenten', organisationIds: [org('Gemeente Voorbeeld')] }
    const denied = await call(t, '/api/peers/groups', json(body))
    assert.equal(denied.status, 401)
    const allowed = await call(t, '/api/peers/groups', {
      ...json(body),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    })
    assert.equal(allowed.status, 201)
    assert.equal((await call(t, '/api/peers/groups/1', { method: 'DELETE' })).status, 401)
    assert.equal((await call(t, '/api/peers?group=1&from=2026-03-01&to=2026-03-31')).status, 200)
  } finally {
    await t.close()
  }
})

test('peer ranking: followers per platform, alternatives share, growth and interactions per 1,000', async () => {
  const { t, org } = await seeded()
  try {
    const ids = [org('Gemeente Voorbeeld'), org('Gemeente Buurstad'), org('Gemeente Rivierdal')]
    await call(t, '/api/peers/groups', json({ name: 'Buurgemeenten', organisationIds: ids }))
    const { status, body } = await call(t, '/api/peers?group=1&from=2026-03-01&to=2026-03-31')
    assert.equal(status, 200)
    const peers = body as unknown as PeersBody
    assert.deepEqual(peers.range, { from: '2026-03-01', to: '2026-03-31' })
    assert.deepEqual(peers.previousRange, { from: '2026-01-29', to: '2026-02-28' })
    assert.deepEqual(peers.organisations, [
      {
        rank: 1,
        organisation: { id: ids[1], name: 'Gemeente Buurstad', kind: 'peer' },
        platforms: ['x', 'bluesky'],
        followers: { x: 40_000, bluesky: 4_000, mastodon: null },
        totalFollowers: 44_000,
        // 4,000 / 44,000
        alternativesSharePct: 9.1,
        // (40,000 − 40,400) + (4,000 − 3,600)
        followerChange: 0,
        growthPct: 0,
        // 100 on X, none on Bluesky: 100 / 44,000 × 1,000
        interactions: 100,
        interactionsPer1kFollowers: 2.27,
      },
      {
        rank: 2,
        organisation: { id: ids[0], name: 'Gemeente Voorbeeld', kind: 'own' },
        platforms: ['x', 'bluesky', 'mastodon'],
        followers: { x: 9_700, bluesky: 1_500, mastodon: 800 },
        totalFollowers: 12_000,
        // (1,500 + 800) / 12,000 = 19.17%
        alternativesSharePct: 19.2,
        // X −300, Bluesky +500; Mastodon has no count in February, so it is left out:
        // +200 / (10,000 + 1,000) = 1.82%
        followerChange: 200,
        growthPct: 1.8,
        // 24 (latest count of the X post) + 30 (Bluesky) + 0 (no Mastodon posts): 54 / 12,000 × 1,000
        interactions: 54,
        interactionsPer1kFollowers: 4.5,
      },
      {
        rank: null,
        organisation: { id: ids[2], name: 'Gemeente Rivierdal', kind: 'peer' },
        platforms: ['x'],
        followers: { x: null, bluesky: null, mastodon: null },
        totalFollowers: null,
        alternativesSharePct: null,
        followerChange: null,
        growthPct: null,
        interactions: null,
        interactionsPer1kFollowers: null,
      },
    ])
    const missing = await call(t, '/api/peers?group=5')
    assert.equal(missing.status, 404)
    assert.deepEqual(missing.body, {
      error: {
        code: 'not_found',
        message: 'There is no peer group with id 5. See /api/peers/groups.',
      },
    })
    const noGroup = await call(t, '/api/peers')
    assert.equal(noGroup.status, 400)
    assert.deepEqual(noGroup.body, {
      error: {
        code: 'invalid_input',
        message: 'group must be a peer group id (see /api/peers/groups)',
      },
    })
  } finally {
    await t.close()
  }
})
