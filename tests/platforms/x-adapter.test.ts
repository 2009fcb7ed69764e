/** The X adapter against the fake X API: resolve, profile counts, timeline paging, refresh, billing. */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createXAdapter, type XAdapter } from '../../collector/platforms/x/index.ts'
import { xConfig } from '../../collector/platforms/x/config.ts'
import { AccountNotFoundError, AccountSuspendedError } from '../../collector/platforms/errors.ts'
import type { AccountRef, PostsPlan } from '../../collector/platforms/types.ts'
import { newRunStats, withRunStats } from '../../collector/net/run-stats.ts'
import { startXFake, type XFake, type XFakePostKind } from '../fakes/x-server.ts'

const HOUR = 3_600_000
const DAY = 24 * HOUR

function adapterFor(fake: XFake, env: Record<string, string> = {}): XAdapter {
  return createXAdapter(xConfig({ ...fake.env(), CROSSREACH_X_BASE_DELAY_MS: '5', ...env }))
}

function ref(id: string, handle: string): AccountRef {
  return { id: 1, platform: 'x', platformId: id, handle, instance: null }
}

void describe('X resolve and profile', () => {
  for (const era of ['tweet', 'post'] as const) {
    void test(`resolve and profile counts with ${era}-era field names`, async () => {
      const fake = await startXFake({ fieldEra: era })
      try {
        fake.addAccount({
          id: '1500',
          username: 'GemeenteUtrecht',
          name: 'Gemeente Utrecht',
          followers: 12345,
          following: 67,
          postsCount: 8901,
        })
        const x = adapterFor(fake)
        const stats = newRunStats()
        const { resolved, counts } = await withRunStats(stats, async () => ({
          resolved: await x.resolve({ platform: 'x', username: 'gemeenteutrecht' }),
          counts: await x.fetchProfile(ref('1500', '@GemeenteUtrecht')),
        }))
        assert.deepEqual(resolved, {
          platformId: '1500',
          handle: '@GemeenteUtrecht',
          displayName: 'Gemeente Utrecht',
          profileUrl: 'https://x.com/GemeenteUtrecht',
          instance: null,
        })
        assert.deepEqual(counts, {
          followers: 12345,
          following: 67,
          postsCount: 8901,
          handle: '@GemeenteUtrecht',
          displayName: 'Gemeente Utrecht',
        })
        const lookup = fake.server.requestsTo(/^\/2\/users\/by\/username\//)[0]!
        assert.equal(lookup.url.searchParams.get('user.fields'), 'public_metrics,created_at')
        assert.equal(lookup.headers.authorization, `Bearer ${fake.token}`)
        assert.equal(stats.billedUsers, 2)
        assert.equal(fake.returned.users, 2)
        assert.equal(x.costOf(stats), 0.02)
        assert.equal(x.estimateCost('profiles'), 0.01)
      } finally {
        await fake.close()
      }
    })
  }

  void test('unknown and suspended accounts', async () => {
    const fake = await startXFake()
    try {
      fake.addAccount({ id: '77', username: 'spam_account' })
      fake.suspend('spam_account')
      const x = adapterFor(fake)
      await assert.rejects(x.resolve({ platform: 'x', username: 'nobody_here' }), (err) => {
        assert.ok(err instanceof AccountNotFoundError)
        assert.equal(
          err.message,
          'X has no account @nobody_here. Check the handle, or whether the account was deleted.',
        )
        return true
      })
      await assert.rejects(
        x.resolve({ platform: 'x', username: 'spam_account' }),
        AccountSuspendedError,
      )
      await assert.rejects(x.fetchProfile(ref('77', '@spam_account')), AccountSuspendedError)
      const plan: PostsPlan = {
        newestKnownId: null,
        notBefore: new Date(Date.now() - DAY),
        refresh: [],
      }
      await assert.rejects(x.collectPosts(ref('77', '@spam_account'), plan), AccountSuspendedError)
      assert.equal(fake.server.requests.length, 4, 'not-found and suspended are not retried')
      assert.equal(fake.returned.users, 0)
    } finally {
      await fake.close()
    }
  })
})

void describe('X posts', () => {
  let fake: XFake
  const now = Date.now()
  const own: string[] = []
  const kinds: XFakePostKind[] = []

  before(async () => {
    fake = await startXFake()
    fake.addAccount({ id: '1500', username: 'gemeente' })
    for (let k = 0; k < 12; k++) {
      const kind: XFakePostKind = k % 4 === 1 ? 'reply' : k % 4 === 3 ? 'quote' : 'original'
      kinds.push(kind)
      const metrics =
        k === 0
          ? { likes: 412, reposts: 57, replies: 23, quotes: 9, bookmarks: 31, impressions: 98231 }
          : { bookmarks: null, impressions: null }
      own.push(
        ...fake.addPosts('gemeente', [
          { createdAt: new Date(now - (k + 1) * 2 * HOUR), kind, ...metrics },
        ]),
      )
    }
    fake.addPosts(
      'gemeente',
      [0, 4, 8].map((k) => ({
        createdAt: new Date(now - (k + 1.5) * 2 * HOUR),
        kind: 'retweet' as const,
      })),
    )
    fake.addPosts('gemeente', [
      { createdAt: new Date(now - 40 * DAY) },
      { createdAt: new Date(now - 41 * DAY) },
    ])
  })
  after(() => fake.close())

  void test('backfill pages through the timeline (3 pages of 5), reposts excluded, kinds and counts kept', async () => {
    fake.server.requests.length = 0
    fake.resetReturned()
    const x = adapterFor(fake, { CROSSREACH_X_MAX_RESULTS: '5' })
    const plan: PostsPlan = {
      newestKnownId: null,
      notBefore: new Date(now - 30 * DAY),
      refresh: [],
    }
    const stats = newRunStats()
    const { posts } = await withRunStats(stats, () =>
      x.collectPosts(ref('1500', '@gemeente'), plan),
    )

    assert.deepEqual(
      posts.map((p) => p.postId),
      own,
    )
    assert.deepEqual(
      posts.map((p) => p.kind),
      kinds,
    )
    assert.deepEqual(posts[0]!.counts, {
      likes: 412,
      reposts: 57,
      replies: 23,
      quotes: 9,
      bookmarks: 31,
      impressions: 98231,
    })
    assert.deepEqual(posts[1]!.counts, {
      likes: 0,
      reposts: 0,
      replies: 0,
      quotes: 0,
      bookmarks: null,
      impressions: null,
    })
    assert.equal(posts[0]!.text, `post ${own[0]} & more`)
    assert.equal(posts[0]!.url, `https://x.com/i/web/status/${own[0]}`)

    const pages = fake.server.requestsTo(/^\/2\/users\/1500\/tweets$/)
    assert.equal(pages.length, 3)
    assert.deepEqual(
      pages.map((r) => r.url.searchParams.get('pagination_token')),
      [null, 'pt5', 'pta'],
    )
    for (const page of pages) {
      assert.equal(page.url.searchParams.get('exclude'), 'retweets')
      assert.equal(page.url.searchParams.get('max_results'), '5')
      assert.equal(
        page.url.searchParams.get('start_time'),
        new Date(now - 30 * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      )
      assert.equal(
        page.url.searchParams.get('tweet.fields'),
        'created_at,public_metrics,conversation_id,in_reply_to_user_id,referenced_tweets,lang,attachments',
      )
    }
    assert.equal(stats.billedPosts, 12)
    assert.equal(fake.returned.posts, 12)
    assert.equal(x.costOf(stats), 0.06)
    assert.equal(stats.requests, 3)
  })

  void test('since_id: only posts newer than the newest known one, in one request', async () => {
    fake.server.requests.length = 0
    const x = adapterFor(fake)
    const plan: PostsPlan = {
      newestKnownId: own[3]!,
      notBefore: new Date(now - 8 * 2 * HOUR),
      refresh: [],
    }
    const { posts } = await x.collectPosts(ref('1500', '@gemeente'), plan)
    assert.deepEqual(
      posts.map((p) => p.postId),
      own.slice(0, 3),
    )
    const [request, ...more] = fake.server.requestsTo(/\/tweets$/)
    assert.equal(more.length, 0)
    assert.equal(request!.url.searchParams.get('since_id'), own[3])
    assert.equal(request!.url.searchParams.get('start_time'), null)
  })
})

void test('refresh: 150 due posts in two /2/tweets lookups, billed exactly as returned, within the estimate', async () => {
  const fake = await startXFake()
  try {
    const now = Date.now()
    fake.addAccount({ id: '2600', username: 'archief' })
    const old = fake.addPosts(
      'archief',
      Array.from({ length: 150 }, (_, k) => ({ createdAt: new Date(now - 10 * DAY - k * 60_000) })),
    )
    const [fresh] = fake.addPosts('archief', [{ createdAt: new Date(now - HOUR), likes: 3 }])
    fake.setPostCounts(old[5]!, { likes: 99, impressions: 5000, bookmarks: 7 })
    fake.deletePost(old[7]!)
    const plan: PostsPlan = {
      newestKnownId: old[0]!,
      notBefore: new Date(now - 10 * DAY),
      refresh: [...old, fresh!].map((postId) => ({ postId, createdAt: new Date(now - 10 * DAY) })),
    }
    const x = adapterFor(fake)
    const stats = newRunStats()
    const { posts } = await withRunStats(stats, () => x.collectPosts(ref('2600', '@archief'), plan))

    assert.equal(posts.length, 150, '1 new + 149 refreshed (one was deleted)')
    assert.equal(posts[0]!.postId, fresh)
    assert.deepEqual(posts.find((p) => p.postId === old[5])!.counts, {
      likes: 99,
      reposts: 0,
      replies: 0,
      quotes: 0,
      bookmarks: 7,
      impressions: 5000,
    })
    const lookups = fake.server
      .requestsTo(/^\/2\/tweets$/)
      .map((r) => r.url.searchParams.get('ids')!.split(','))
    assert.deepEqual(
      lookups.map((ids) => ids.length),
      [100, 50],
    )
    assert.ok(!lookups.flat().includes(fresh!), 'a post the timeline returned is not read again')

    assert.equal(stats.billedPosts, fake.returned.posts)
    assert.equal(stats.billedPosts, 150)
    assert.equal(x.costOf(stats), 0.75)
    // Upper bound: two poll pages of 20 plus the 151 refresh ids, at $0.005 a post.
    assert.equal(x.estimateCost('posts', plan), 0.955)
    assert.ok(x.estimateCost('posts', plan) >= x.costOf(stats))
    assert.equal(
      adapterFor(fake, { CROSSREACH_X_PRICE_POST_READ: '0.001' }).estimateCost('posts', plan),
      0.191,
    )
  } finally {
    await fake.close()
  }
})

void test('post-era X that only knows post.fields: the adapter switches once and reads post-era names', async () => {
  const fake = await startXFake({ fieldEra: 'post', acceptFieldsParams: ['post.fields'] })
  try {
    const now = Date.now()
    fake.addAccount({ id: '3700', username: 'provincie', followers: 50, postsCount: 9 })
    const ids = fake.addPosts('provincie', [
      { createdAt: new Date(now - HOUR), reposts: 4, likes: 8 },
      { createdAt: new Date(now - 2 * HOUR), kind: 'reply' },
      { createdAt: new Date(now - 3 * HOUR), kind: 'retweet' },
    ])
    const x = adapterFor(fake)
    const plan: PostsPlan = {
      newestKnownId: null,
      notBefore: new Date(now - DAY),
      refresh: [{ postId: ids[0]!, createdAt: new Date() }],
    }
    const first = await x.collectPosts(ref('3700', '@provincie'), plan)
    assert.deepEqual(
      first.posts.map((p) => [p.kind, p.counts.reposts, p.counts.likes]),
      [
        ['original', 4, 8],
        ['reply', 0, 0],
      ],
    )
    await x.collectPosts(ref('3700', '@provincie'), plan)
    const timeline = fake.server.requestsTo(/\/tweets$/)
    assert.deepEqual(
      timeline.map((r) => (r.url.searchParams.has('post.fields') ? 'post' : 'tweet')),
      ['tweet', 'post', 'post'],
    )
    assert.equal((await x.fetchProfile(ref('3700', '@provincie'))).postsCount, 9)
  } finally {
    await fake.close()
  }
})

void test('the fake seeds 1,000 accounts cheaply for the benchmark', async () => {
  const fake = await startXFake()
  try {
    const now = new Date()
    const accounts = fake.generateAccounts(1000, { postsEach: 3, now })
    const x = adapterFor(fake)
    const last = accounts[999]!
    assert.equal((await x.fetchProfile(ref(last.id, `@${last.username}`))).followers, 1999)
    const plan: PostsPlan = {
      newestKnownId: null,
      notBefore: new Date(now.getTime() - DAY),
      refresh: [],
    }
    const { posts } = await x.collectPosts(ref(last.id, `@${last.username}`), plan)
    assert.deepEqual(
      posts.map((p) => p.counts.likes),
      [999, 1000, 1001],
    )
  } finally {
    await fake.close()
  }
})
