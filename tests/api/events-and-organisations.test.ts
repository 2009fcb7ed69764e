import { test } from 'node:test'
import assert from 'node:assert/strict'
import { json, testRuntime } from '../helpers/runtime.ts'

async function withAccounts() {
  const t = await testRuntime()
  for (const [handle, organisation, peer] of [
    ['@gemeente', 'Gemeente Voorbeeld', false],
    ['@provincie', 'Provincie Zuid-Veenland', true],
  ] as const) {
    const res = await t.app.request(
      '/api/accounts',
      json({ platform: 'x', handle, organisation, peer }),
    )
    assert.equal(res.status, 201)
  }
  return t
}

test('organisations are listed own first, with their tracked accounts', async () => {
  const t = await withAccounts()
  try {
    const body = (await (await t.app.request('/api/organisations')).json()) as {
      organisations: unknown[]
    }
    assert.deepEqual(body.organisations, [
      { id: 1, name: 'Gemeente Voorbeeld', kind: 'own', accounts: 1 },
      { id: 2, name: 'Provincie Zuid-Veenland', kind: 'peer', accounts: 1 },
    ])
  } finally {
    await t.close()
  }
})

test('an exit event on a peer account is stored, listed and deletable; removed accounts stay listable', async () => {
  const t = await withAccounts()
  try {
    const res = await t.app.request(
      '/api/events',
      json({
        organisationId: 2,
        accountId: 2,
        kind: 'exit',
        startsOn: '2026-02-15',
        title: 'Vertrokken van X',
        note: 'Besluit GS',
      }),
    )
    assert.equal(res.status, 201)
    const { event } = (await res.json()) as { event: Record<string, unknown> }
    assert.deepEqual(event, {
      id: 1,
      organisationId: 2,
      organisation: 'Provincie Zuid-Veenland',
      accountId: 2,
      platform: 'x',
      handle: '@provincie',
      kind: 'exit',
      startsOn: '2026-02-15',
      endsOn: null,
      title: 'Vertrokken van X',
      note: 'Besluit GS',
    })
    await t.app.request(
      '/api/events',
      json({
        organisationId: 1,
        kind: 'campaign',
        startsOn: '2026-03-01',
        endsOn: '2026-03-14',
        title: 'Afvalcampagne',
      }),
    )
    const forPeer = (await (await t.app.request('/api/events?organisation=2')).json()) as {
      events: { id: number }[]
    }
    assert.deepEqual(
      forPeer.events.map((e) => e.id),
      [1],
    )
    const all = (await (await t.app.request('/api/events')).json()) as {
      events: { title: string }[]
    }
    assert.deepEqual(
      all.events.map((e) => e.title),
      ['Vertrokken van X', 'Afvalcampagne'],
    )

    assert.equal((await t.app.request('/api/accounts/2', { method: 'DELETE' })).status, 200)
    const active = (await (await t.app.request('/api/accounts')).json()) as {
      accounts: { handle: string }[]
    }
    assert.deepEqual(
      active.accounts.map((a) => a.handle),
      ['@gemeente'],
    )
    const withRemoved = (await (
      await t.app.request('/api/accounts?includeRemoved=true')
    ).json()) as { accounts: { handle: string; removedAt: string | null }[] }
    assert.deepEqual(
      withRemoved.accounts.map((a) => [a.handle, a.removedAt !== null]),
      [
        ['@gemeente', false],
        ['@provincie', true],
      ],
    )

    assert.equal((await t.app.request('/api/events/1', { method: 'DELETE' })).status, 200)
    assert.equal((await t.app.request('/api/events/1', { method: 'DELETE' })).status, 404)
  } finally {
    await t.close()
  }
})

test('bad events are refused with the reason, and nothing is stored', async () => {
  const t = await withAccounts()
  try {
    const cases: [unknown, number, RegExp][] = [
      [
        {
          organisationId: 1,
          kind: 'exit',
          startsOn: '2026-02-15',
          endsOn: '2026-02-01',
          title: 'x',
        },
        400,
        /endsOn must be on or after startsOn/,
      ],
      [
        { organisationId: 1, accountId: 2, kind: 'exit', startsOn: '2026-02-15', title: 'x' },
        400,
        /Account 2 does not belong to organisation 1/,
      ],
      [
        { organisationId: 9, kind: 'note', startsOn: '2026-02-15', title: 'x' },
        404,
        /No organisation with id 9/,
      ],
      [{ organisationId: 1, kind: 'party', startsOn: '2026-02-15', title: 'x' }, 400, /kind/],
      [
        { organisationId: 1, kind: 'note', startsOn: '2026-02-15', title: '  ' },
        400,
        /title is empty/,
      ],
    ]
    for (const [body, status, message] of cases) {
      const res = await t.app.request('/api/events', json(body))
      assert.equal(res.status, status, JSON.stringify(body))
      assert.match(((await res.json()) as { error: { message: string } }).error.message, message)
    }
    assert.equal((await t.runtime.store.all('SELECT * FROM events')).length, 0)
  } finally {
    await t.close()
  }
})
