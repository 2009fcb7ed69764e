/**
 * The Mastodon adapter against fake instances on loopback, configured as a user would:
 * CROSSREACH_MASTODON_ORIGINS points each instance host at its fake, tokens come from
 * CROSSREACH_MASTODON_TOKENS. Covers resolving accounts and reading their profiles.
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import type { ParsedHandle } from '@crossreach/shared/handles'
import { parseMastodonHandle } from '@crossreach/shared/handles'
import { GateRegistry } from '../../collector/net/host-gate.ts'
import {
  AccountNotFoundError,
  AccountSuspendedError,
  PlatformError,
} from '../../collector/platforms/errors.ts'
import { createMastodonAdapter, mastodonConfig } from '../../collector/platforms/mastodon/index.ts'
import type { AccountRef } from '../../collector/platforms/types.ts'
import { startMastodonFake, type MastodonFake } from '../fakes/mastodon-server.ts'

const at = (hoursAgo: number) => new Date(Date.UTC(2026, 2, 1, 12) - hoursAgo * 3_600_000)
const TOKEN = 's3cr3t-token-123'

let social: MastodonFake
let other: MastodonFake
let oldServer: MastodonFake
let limited: MastodonFake

function adapterFor(fakes: MastodonFake[], env: Record<string, string> = {}, gates?: GateRegistry) {
  const config = mastodonConfig({
    CROSSREACH_MASTODON_ORIGINS: fakes.map((f) => f.originEntry).join(','),
    CROSSREACH_MASTODON_TIMEOUT_MS: '2000',
    CROSSREACH_MASTODON_BASE_DELAY_MS: '5',
    ...env,
  })
  return createMastodonAdapter(config, gates ?? new GateRegistry(() => config.gate))
}

function handle(raw: string): ParsedHandle {
  const parsed = parseMastodonHandle(raw)
  assert.ok(parsed.ok, raw)
  return parsed.value
}

function ref(fake: MastodonFake, username: string): AccountRef {
  return {
    id: 1,
    platform: 'mastodon',
    platformId: fake.account(username).id,
    handle: `@${username}@${fake.host}`,
    instance: fake.host,
  }
}

before(async () => {
  social = await startMastodonFake({ host: 'social.example' })
  other = await startMastodonFake({ host: 'other.example' })
  oldServer = await startMastodonFake({ host: 'old.example', version: '4.3.0', hideCounts: true })
  limited = await startMastodonFake({ host: 'limited.example', requireToken: TOKEN })

  social.addAccount({
    username: 'gemeente',
    displayName: 'Gemeente Zwolle',
    followers: 1234,
    following: 56,
  })
  social.addStatuses('gemeente', [{ createdAt: at(1), content: '<p>Hallo</p>' }])
  social.addAccount({ username: 'suspended1' })
  social.suspend('suspended1', 'flag')
  social.addAccount({ username: 'gone1' })
  social.suspend('gone1', 'gone')
  other.addAccount({ username: 'Politie', displayName: 'Politie', followers: 9000, following: 1 })
  oldServer.addAccount({ username: 'provincie', followers: 10, following: 2, statusesCount: 77 })
  limited.addAccount({ username: 'ministerie', followers: 42, following: 7 })
})

after(async () => {
  await Promise.all([social, other, oldServer, limited].map((f) => f.close()))
})

void test('all three handle forms resolve on the home instance through CROSSREACH_MASTODON_ORIGINS', async () => {
  const adapter = adapterFor([social, other])
  const expected = {
    platformId: social.account('gemeente').id,
    handle: '@gemeente@social.example',
    displayName: 'Gemeente Zwolle',
    profileUrl: 'https://social.example/@gemeente',
    instance: 'social.example',
  }
  for (const raw of [
    '@gemeente@social.example',
    'gemeente@social.example',
    'https://social.example/@gemeente',
  ]) {
    assert.deepEqual(await adapter.resolve(handle(raw)), expected, raw)
  }
  assert.deepEqual(await adapter.resolve(handle('https://other.example/@Politie')), {
    platformId: other.account('Politie').id,
    handle: '@Politie@other.example',
    displayName: 'Politie',
    profileUrl: 'https://other.example/@Politie',
    instance: 'other.example',
  })
  assert.deepEqual(
    social.server.requestsTo(/lookup$/).map((r) => r.url.searchParams.get('acct')),
    ['gemeente', 'gemeente', 'gemeente'],
  )
})

void test('an unknown account is AccountNotFoundError naming the address', async () => {
  await assert.rejects(
    adapterFor([social]).resolve(handle('@nobody@social.example')),
    (err: unknown) =>
      err instanceof AccountNotFoundError &&
      err.message ===
        "No Mastodon account @nobody@social.example was found on social.example. Check the address: the name and the instance must be those of the account's own profile.",
  )
})

void test('a suspended account (suspended: true, or 410 Gone) is AccountSuspendedError', async () => {
  const adapter = adapterFor([social])
  await assert.rejects(adapter.resolve(handle('@suspended1@social.example')), (err: unknown) => {
    assert.ok(err instanceof AccountSuspendedError)
    assert.equal(
      err.message,
      'The Mastodon account @suspended1@social.example is suspended by its instance.',
    )
    return true
  })
  await assert.rejects(adapter.resolve(handle('@gone1@social.example')), AccountSuspendedError)
  await assert.rejects(adapter.fetchProfile(ref(social, 'suspended1')), AccountSuspendedError)
})

void test('an instance in limited mode needs a token; the token never appears in errors', async () => {
  await assert.rejects(
    adapterFor([limited]).resolve(handle('@ministerie@limited.example')),
    (err: unknown) => {
      assert.ok(err instanceof PlatformError)
      assert.equal(err.kind, 'auth_required')
      assert.equal(
        err.message,
        'limited.example only answers signed-in requests. Create an access token on limited.example (read access is enough) and set it as CROSSREACH_MASTODON_TOKENS=limited.example=<token>.',
      )
      return true
    },
  )
  const withToken = adapterFor([limited], {
    CROSSREACH_MASTODON_TOKENS: `limited.example=${TOKEN}`,
  })
  const resolved = await withToken.resolve(handle('@ministerie@limited.example'))
  assert.equal(resolved.handle, '@ministerie@limited.example')
  assert.deepEqual(await withToken.fetchProfile(ref(limited, 'ministerie')), {
    followers: 42,
    following: 7,
    postsCount: 0,
    handle: '@ministerie@limited.example',
    displayName: 'ministerie',
  })

  const wrong = adapterFor([limited], {
    CROSSREACH_MASTODON_TOKENS: 'limited.example=wrong-secret-999',
  })
  await assert.rejects(wrong.resolve(handle('@ministerie@limited.example')), (err: unknown) => {
    assert.ok(err instanceof PlatformError)
    assert.equal(err.kind, 'auth_required')
    assert.match(
      err.message,
      /^limited\.example refused the access token set for it in CROSSREACH_MASTODON_TOKENS/,
    )
    assert.ok(!err.message.includes('wrong-secret-999') && !err.message.includes(TOKEN))
    return true
  })
})

void test('fetchProfile reads the counts; hidden counts (-1) become null', async () => {
  const adapter = adapterFor([social, oldServer])
  assert.deepEqual(await adapter.fetchProfile(ref(social, 'gemeente')), {
    followers: 1234,
    following: 56,
    postsCount: 1,
    handle: '@gemeente@social.example',
    displayName: 'Gemeente Zwolle',
  })
  assert.deepEqual(await adapter.fetchProfile(ref(oldServer, 'provincie')), {
    followers: null,
    following: null,
    postsCount: 77,
    handle: '@provincie@old.example',
    displayName: 'provincie',
  })
})

void test('the fake seeds a thousand accounts quickly and the adapter finds any of them', async () => {
  const bench = await startMastodonFake({ host: 'bench.example' })
  try {
    const startedAt = Date.now()
    const accounts = bench.generateAccounts(1000, { postsPerAccount: 20, until: at(0) })
    assert.ok(Date.now() - startedAt < 2000, `seeding took ${Date.now() - startedAt} ms`)
    const adapter = adapterFor([bench])
    const resolved = await adapter.resolve(handle('@user737@bench.example'))
    assert.equal(resolved.platformId, accounts[737]!.id)
    const profile = await adapter.fetchProfile(ref(bench, 'user737'))
    assert.deepEqual([profile.followers, profile.following, profile.postsCount], [1737, 747, 20])
    const { posts } = await adapter.collectPosts(ref(bench, 'user737'), {
      newestKnownId: null,
      notBefore: at(5),
      refresh: [],
    })
    assert.deepEqual(
      posts.map((p) => p.text),
      ['Post 0 of user737', 'Post 1 of user737', 'Post 2 of user737', 'Post 3 of user737'],
    )
  } finally {
    await bench.close()
  }
})
