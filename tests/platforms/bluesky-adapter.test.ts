/**
 * The Bluesky adapter against the fake AppView, configured through the environment as a user
 * would: resolving accounts, profile counts, and listing posts (pages, reposts, pins, kinds,
 * stopping points, refreshes through getPosts).
 */
import assert from 'node:assert/strict'
import { test, type TestContext } from 'node:test'
import { blueskyConfig, createBlueskyAdapter } from '../../collector/platforms/bluesky/index.ts'
import { AccountNotFoundError, AccountSuspendedError } from '../../collector/platforms/errors.ts'
import type { AccountRef, PlatformAdapter, PostsPlan } from '../../collector/platforms/types.ts'
import { startBlueskyFake, type BlueskyFake } from '../fakes/bluesky-server.ts'

const NOW = Date.parse('2026-11-01T12:00:00.000Z')
const HOUR = 3_600_000
const LONG_AGO = new Date('2020-01-01T00:00:00.000Z')

async function setup(t: TestContext): Promise<{ fake: BlueskyFake; adapter: PlatformAdapter }> {
  const fake = await startBlueskyFake()
  t.after(() => fake.close())
  const adapter = createBlueskyAdapter(
    blueskyConfig({ CROSSREACH_BLUESKY_APPVIEW: fake.url, CROSSREACH_BLUESKY_BASE_DELAY_MS: '5' }),
  )
  return { fake, adapter }
}

function ref(did: string, handle = '@city.bsky.social'): AccountRef {
  return { id: 1, platform: 'bluesky', platformId: did, handle, instance: null }
}

function plan(p: Partial<PostsPlan> = {}): PostsPlan {
  return { newestKnownId: null, notBefore: LONG_AGO, refresh: [], ...p }
}

test('resolves by handle and by DID to the same DID-keyed account', async (t) => {
  const { fake, adapter } = await setup(t)
  const { did } = fake.addAccount({ handle: 'city.bsky.social', displayName: 'City of Example' })
  const expected = {
    platformId: did,
    handle: '@city.bsky.social',
    displayName: 'City of Example',
    profileUrl: 'https://bsky.app/profile/city.bsky.social',
    instance: null,
  }
  assert.deepEqual(
    await adapter.resolve({ platform: 'bluesky', actor: 'city.bsky.social' }),
    expected,
  )
  assert.deepEqual(await adapter.resolve({ platform: 'bluesky', actor: did }), expected)
  assert.match(did, /^did:plc:[a-z2-7]{24}$/)
})

test('a renamed handle resolves to the same DID; the old handle no longer does; profiles report the rename', async (t) => {
  const { fake, adapter } = await setup(t)
  const { did } = fake.addAccount({ handle: 'city.bsky.social' })
  fake.renameHandle(did, 'example-city.gov')
  const resolved = await adapter.resolve({ platform: 'bluesky', actor: 'example-city.gov' })
  assert.equal(resolved.platformId, did)
  assert.equal(resolved.handle, '@example-city.gov')
  await assert.rejects(
    adapter.resolve({ platform: 'bluesky', actor: 'city.bsky.social' }),
    AccountNotFoundError,
  )
  const counts = await adapter.fetchProfile(ref(did, '@city.bsky.social'))
  assert.equal(counts.handle, '@example-city.gov')
})

test('an unknown handle gives AccountNotFoundError naming it and suggesting to check the spelling', async (t) => {
  const { adapter } = await setup(t)
  await assert.rejects(
    adapter.resolve({ platform: 'bluesky', actor: 'nobody.bsky.social' }),
    (err: unknown) => {
      assert.ok(err instanceof AccountNotFoundError)
      assert.equal(err.kind, 'not_found')
      assert.match(
        err.message,
        /No Bluesky account found for nobody\.bsky\.social\. Check the spelling/,
      )
      return true
    },
  )
})

test('suspended and deactivated accounts give AccountSuspendedError saying which', async (t) => {
  const { fake, adapter } = await setup(t)
  const suspended = fake.addAccount({ handle: 'banned.bsky.social' })
  const gone = fake.addAccount({ handle: 'paused.bsky.social' })
  fake.suspend(suspended.did)
  fake.deactivate(gone.did)
  await assert.rejects(
    adapter.resolve({ platform: 'bluesky', actor: 'banned.bsky.social' }),
    (err: unknown) => {
      assert.ok(err instanceof AccountSuspendedError)
      assert.match(err.message, /banned\.bsky\.social has been suspended/)
      return true
    },
  )
  await assert.rejects(
    adapter.fetchProfile(ref(gone.did, '@paused.bsky.social')),
    (err: unknown) => {
      assert.ok(err instanceof AccountSuspendedError)
      assert.match(err.message, /@paused\.bsky\.social \(did:plc:[a-z2-7]+\) has been deactivated/)
      return true
    },
  )
  // The author feed does not see suspended actors at all.
  await assert.rejects(adapter.collectPosts(ref(suspended.did), plan()), (err: unknown) => {
    assert.ok(err instanceof AccountNotFoundError)
    assert.match(
      err.message,
      /can no longer be found; it may have been deleted, suspended or deactivated/,
    )
    return true
  })
})

test('profile counts by DID; missing counts are null', async (t) => {
  const { fake, adapter } = await setup(t)
  const { did } = fake.addAccount({
    handle: 'city.bsky.social',
    followers: 18423,
    following: 312,
    postsCount: 1547,
  })
  assert.deepEqual(await adapter.fetchProfile(ref(did)), {
    followers: 18423,
    following: 312,
    postsCount: 1547,
    displayName: null,
    handle: '@city.bsky.social',
  })
  fake.setFollowers(did, null, null)
  const bare = await adapter.fetchProfile(ref(did))
  assert.equal(bare.followers, null)
  assert.equal(bare.following, null)
  assert.equal(bare.postsCount, 1547)
  assert.equal(fake.requests('getProfile')[0]!.url.searchParams.get('actor'), did)
})

test('lists 250 posts over 3 pages of 100 with the posts_with_replies filter; pins asked on page 1 only', async (t) => {
  const { fake, adapter } = await setup(t)
  const { did } = fake.addAccount({ handle: 'city.bsky.social' })
  const refs = fake.generatePosts(did, 250, { newest: new Date(NOW), intervalMs: HOUR })
  const { posts } = await adapter.collectPosts(ref(did), plan())
  assert.deepEqual(
    posts.map((p) => p.postId),
    refs.map((r) => r.uri),
  )
  const feedRequests = fake
    .requests('getAuthorFeed')
    .map((r) => Object.fromEntries(r.url.searchParams))
  assert.equal(feedRequests.length, 3)
  assert.deepEqual(feedRequests[0], {
    actor: did,
    limit: '100',
    filter: 'posts_with_replies',
    includePins: 'true',
  })
  assert.equal(feedRequests[1]!.includePins, 'false')
  assert.ok(feedRequests[2]!.cursor)
  const p137 = posts[137]!
  assert.deepEqual(p137.counts, {
    likes: 137,
    reposts: 4,
    replies: 0,
    quotes: 0,
    bookmarks: 0,
    impressions: null,
  })
  assert.deepEqual(p137.createdAt, new Date(NOW - 137 * HOUR))
  assert.equal(p137.url, refs[137]!.url)
})

test('reposts of other people are never listed', async (t) => {
  const { fake, adapter } = await setup(t)
  const { did } = fake.addAccount({ handle: 'city.bsky.social' })
  const partner = fake.addAccount({ handle: 'partner.org' })
  const theirs = fake.generatePosts(partner.did, 5, { newest: new Date(NOW - 500 * HOUR) })
  const own = fake.generatePosts(did, 120, { newest: new Date(NOW), intervalMs: HOUR })
  theirs.forEach((p, i) => fake.addRepost(did, p.uri, new Date(NOW - (20 * i + 3.5) * HOUR)))
  const { posts } = await adapter.collectPosts(ref(did), plan())
  assert.equal(posts.length, 120)
  assert.deepEqual(new Set(posts.map((p) => p.postId)), new Set(own.map((p) => p.uri)))
  assert.equal(fake.requests('getAuthorFeed').length, 2)
})

test('a pinned post is listed exactly once, even when it shows up again in its normal place', async (t) => {
  const { fake, adapter } = await setup(t)
  const { did } = fake.addAccount({ handle: 'city.bsky.social' })
  const refs = fake.generatePosts(did, 250, { newest: new Date(NOW), intervalMs: HOUR })
  fake.pin(did, refs[180]!.uri)
  const { posts } = await adapter.collectPosts(ref(did), plan())
  assert.equal(posts.length, 250)
  assert.equal(posts.filter((p) => p.postId === refs[180]!.uri).length, 1)
  assert.equal(fake.requests('getAuthorFeed').length, 3)
})

test('an old pinned post neither stops the listing nor is listed as new', async (t) => {
  const { fake, adapter } = await setup(t)
  const { did } = fake.addAccount({ handle: 'city.bsky.social' })
  const old = fake.addPost(did, { text: 'Welcome!', createdAt: new Date(NOW - 900 * HOUR) })
  const refs = fake.generatePosts(did, 150, { newest: new Date(NOW), intervalMs: HOUR })
  fake.pin(did, old.uri)
  const { posts } = await adapter.collectPosts(
    ref(did),
    plan({ notBefore: new Date(NOW - 200 * HOUR) }),
  )
  assert.deepEqual(
    posts.map((p) => p.postId),
    refs.map((r) => r.uri),
  )
  assert.equal(fake.requests('getAuthorFeed').length, 2)
})

test('a pinned post that is the newest known post does not end the listing early', async (t) => {
  const { fake, adapter } = await setup(t)
  const { did } = fake.addAccount({ handle: 'city.bsky.social' })
  const refs = fake.generatePosts(did, 150, { newest: new Date(NOW), intervalMs: HOUR })
  const known = refs[120]!
  fake.pin(did, known.uri)
  const { posts } = await adapter.collectPosts(
    ref(did),
    plan({ newestKnownId: known.uri, notBefore: known.createdAt }),
  )
  assert.deepEqual(
    posts.map((p) => p.postId),
    refs.slice(0, 120).map((r) => r.uri),
  )
  assert.equal(fake.requests('getAuthorFeed').length, 2)
})

test('replies and quotes get their kind; media, language, text and web URL are mapped', async (t) => {
  const { fake, adapter } = await setup(t)
  const { did } = fake.addAccount({ handle: 'city.bsky.social' })
  const partner = fake.addAccount({ handle: 'partner.org' })
  const theirs = fake.addPost(partner.did, {
    text: 'Our webinar',
    createdAt: new Date(NOW - 10 * HOUR),
  })
  const at = (h: number) => new Date(NOW - h * HOUR)
  const [photo, reply, quote, quoteVideo, link] = fake.addPosts(did, [
    { text: 'Photos from the opening', createdAt: at(5), langs: ['nl', 'en'], media: 'images' },
    { text: 'Thanks!', createdAt: at(4), replyTo: theirs.uri },
    { text: 'Worth reading', createdAt: at(3), quoteOf: theirs.uri },
    { text: 'Watch this', createdAt: at(2), quoteOf: theirs.uri, media: 'video' },
    { text: 'Report', createdAt: at(1), media: 'external' },
  ])
  const { posts } = await adapter.collectPosts(ref(did), plan())
  const byId = new Map(posts.map((p) => [p.postId, p]))
  assert.equal(posts.length, 5)
  assert.deepEqual(
    [photo, reply, quote, quoteVideo, link].map((p) => {
      const post = byId.get(p!.uri)!
      return [post.kind, post.hasMedia, post.text, post.lang]
    }),
    [
      ['original', true, 'Photos from the opening', 'nl'],
      ['reply', false, 'Thanks!', null],
      ['quote', false, 'Worth reading', null],
      ['quote', true, 'Watch this', null],
      ['original', false, 'Report', null],
    ],
  )
  assert.equal(byId.get(reply!.uri)!.url, `https://bsky.app/profile/${did}/post/${reply!.rkey}`)
  // The fake's identifiers have the real syntax: TID record keys and CIDv1 (dag-cbor, sha-256).
  assert.match(reply!.rkey, /^[2-7a-j][2-7a-z]{12}$/)
  assert.match(reply!.cid, /^bafyrei[a-z2-7]{52}$/)
})

test('counts the AppView leaves out are null, not 0', async (t) => {
  const { fake, adapter } = await setup(t)
  const { did } = fake.addAccount({ handle: 'city.bsky.social' })
  fake.addPosts(did, [
    { text: 'none', createdAt: new Date(NOW - HOUR), counts: null },
    { text: 'some', createdAt: new Date(NOW), counts: { likes: 4, bookmarks: null } },
  ])
  const { posts } = await adapter.collectPosts(ref(did), plan())
  assert.deepEqual(
    posts.map((p) => [p.text, p.counts]),
    [
      ['some', { likes: 4, reposts: 0, replies: 0, quotes: 0, bookmarks: null, impressions: null }],
      [
        'none',
        {
          likes: null,
          reposts: null,
          replies: null,
          quotes: null,
          bookmarks: null,
          impressions: null,
        },
      ],
    ],
  )
})

test('listing stops at the newest known post, on the first page', async (t) => {
  const { fake, adapter } = await setup(t)
  const { did } = fake.addAccount({ handle: 'city.bsky.social' })
  const refs = fake.generatePosts(did, 250, { newest: new Date(NOW), intervalMs: HOUR })
  const known = refs[30]!
  const { posts } = await adapter.collectPosts(
    ref(did),
    plan({ newestKnownId: known.uri, notBefore: known.createdAt }),
  )
  assert.deepEqual(
    posts.map((p) => p.postId),
    refs.slice(0, 30).map((r) => r.uri),
  )
  assert.equal(fake.requests('getAuthorFeed').length, 1)
})

test('a first run stops at the backfill horizon', async (t) => {
  const { fake, adapter } = await setup(t)
  const { did } = fake.addAccount({ handle: 'city.bsky.social' })
  fake.generatePosts(did, 250, { newest: new Date(NOW), intervalMs: HOUR })
  const { posts } = await adapter.collectPosts(
    ref(did),
    plan({ notBefore: new Date(NOW - 120.5 * HOUR) }),
  )
  assert.equal(posts.length, 121)
  assert.deepEqual(posts.at(-1)!.createdAt, new Date(NOW - 120 * HOUR))
  assert.equal(fake.requests('getAuthorFeed').length, 2)
})

test('refresh: posts seen on the feed page are reused; the other 30 are re-read in 2 getPosts batches', async (t) => {
  const { fake, adapter } = await setup(t)
  const { did } = fake.addAccount({ handle: 'city.bsky.social' })
  const refs = fake.generatePosts(did, 200, { newest: new Date(NOW), intervalMs: HOUR })
  const due = [refs[5]!, ...refs.slice(120, 150)]
  for (const r of due) fake.setCounts(r.uri, { likes: 1000, quotes: 7 })
  const { posts } = await adapter.collectPosts(
    ref(did),
    plan({
      newestKnownId: refs[0]!.uri,
      notBefore: refs[0]!.createdAt,
      refresh: due.map((r) => ({ postId: r.uri, createdAt: r.createdAt })),
    }),
  )
  assert.equal(fake.requests('getAuthorFeed').length, 1)
  const batches = fake.requests('getPosts').map((r) => r.url.searchParams.getAll('uris'))
  assert.deepEqual(
    batches.map((b) => b.length),
    [25, 5],
  )
  assert.ok(!batches.flat().includes(refs[5]!.uri))
  assert.deepEqual(new Set(posts.map((p) => p.postId)), new Set(due.map((r) => r.uri)))
  assert.ok(posts.every((p) => p.counts.likes === 1000 && p.counts.quotes === 7))
})
