/**
 * Collecting Mastodon posts against a fake instance: paging via Link, boosts excluded,
 * post kinds, HTML to text, old servers without quotes_count, and where paging stops
 * (newest known post, notBefore, the oldest post due for a refresh).
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { GateRegistry } from '../../collector/net/host-gate.ts'
import { createMastodonAdapter, mastodonConfig } from '../../collector/platforms/mastodon/index.ts'
import type { AccountRef, PostsPlan } from '../../collector/platforms/types.ts'
import { startMastodonFake, type FakeStatus, type MastodonFake } from '../fakes/mastodon-server.ts'

const at = (hoursAgo: number) => new Date(Date.UTC(2026, 2, 1, 12) - hoursAgo * 3_600_000)
const everything: PostsPlan = { newestKnownId: null, notBefore: new Date(0), refresh: [] }

let social: MastodonFake
let oldServer: MastodonFake
/** gemeente's 100 posts, newest first: timeline[0] is "Post 1", an hour old. */
let timeline: FakeStatus[]

function setup(fakes: MastodonFake[]) {
  const config = mastodonConfig({
    CROSSREACH_MASTODON_ORIGINS: fakes.map((f) => f.originEntry).join(','),
  })
  const gates = new GateRegistry(() => config.gate)
  return { adapter: createMastodonAdapter(config, gates), gates }
}

function ref(fake: MastodonFake, username: string): AccountRef {
  const platformId = fake.account(username).id
  return {
    id: 1,
    platform: 'mastodon',
    platformId,
    handle: `@${username}@${fake.host}`,
    instance: fake.host,
  }
}

/** Requests to the statuses endpoint made while fn runs. */
async function statusRequests<T>(fake: MastodonFake, fn: () => Promise<T>) {
  const start = fake.server.requestsTo(/statuses$/).length
  const result = await fn()
  return { result, requests: fake.server.requestsTo(/statuses$/).slice(start) }
}

before(async () => {
  social = await startMastodonFake({ host: 'social.example' })
  oldServer = await startMastodonFake({ host: 'old.example', version: '4.3.0' })
  social.addAccount({ username: 'gemeente' })
  timeline = social.addStatuses(
    'gemeente',
    Array.from({ length: 100 }, (_, i) => ({
      createdAt: at(i + 1),
      content: `<p>Post ${i + 1}</p>`,
      likes: i,
      reposts: 1,
      replies: 2,
      quotes: 3,
    })),
  )
  // Five boosts of someone else's posts among them: never collected.
  social.addStatuses(
    'gemeente',
    [3.5, 20.5, 45.5, 70.5, 95.5].map((h) => ({
      createdAt: at(h),
      reblog: { username: 'rws', content: '<p>Boost</p>' },
    })),
  )
  social.addAccount({ username: 'kinds' })
  oldServer.addAccount({ username: 'provincie' })
})

after(async () => {
  await Promise.all([social.close(), oldServer.close()])
})

void test('three pages via the Link header, boosts excluded, every request through the host gate', async () => {
  const { adapter, gates } = setup([social])
  const { result, requests } = await statusRequests(social, () =>
    adapter.collectPosts(ref(social, 'gemeente'), everything),
  )
  const posts = result.posts
  assert.equal(posts.length, 100)
  assert.deepEqual(
    posts.map((p) => p.text),
    timeline.map((_, i) => `Post ${i + 1}`),
  )
  assert.deepEqual(posts[0], {
    postId: timeline[0]!.id,
    url: `https://social.example/@gemeente/${timeline[0]!.id}`,
    createdAt: at(1),
    kind: 'original',
    text: 'Post 1',
    lang: 'nl',
    hasMedia: false,
    counts: { likes: 0, reposts: 1, replies: 2, quotes: 3, bookmarks: null, impressions: null },
  })
  assert.deepEqual(
    requests.map((r) => [
      r.url.searchParams.get('limit'),
      r.url.searchParams.get('exclude_reblogs'),
    ]),
    [
      ['40', 'true'],
      ['40', 'true'],
      ['40', 'true'],
    ],
  )
  assert.deepEqual(
    requests.map((r) => r.url.searchParams.get('max_id')),
    [null, timeline[39]!.id, timeline[79]!.id],
  )
  assert.ok(requests.every((r) => r.url.searchParams.get('pinned') === null))
  assert.equal(gates.get('social.example').totalRequests, 3)
})

void test('listing stops at the newest known post', async () => {
  const { adapter } = setup([social])
  const plan = { newestKnownId: timeline[9]!.id, notBefore: at(200), refresh: [] }
  const { result, requests } = await statusRequests(social, () =>
    adapter.collectPosts(ref(social, 'gemeente'), plan),
  )
  assert.deepEqual(
    result.posts.map((p) => p.postId),
    timeline.slice(0, 9).map((s) => s.id),
  )
  assert.equal(requests.length, 1)
})

void test('listing stops at notBefore when nothing is known yet', async () => {
  const { adapter } = setup([social])
  const plan = { newestKnownId: null, notBefore: at(50), refresh: [] }
  const { result, requests } = await statusRequests(social, () =>
    adapter.collectPosts(ref(social, 'gemeente'), plan),
  )
  assert.equal(result.posts.length, 50)
  assert.equal(result.posts.at(-1)!.text, 'Post 50')
  assert.equal(requests.length, 2)
})

void test("refresh posts' current counts are picked up from the timeline pages", async () => {
  const { adapter } = setup([social])
  social.setStatusCounts(timeline[44]!.id, { likes: 500, reposts: 60, replies: 7, quotes: 8 })
  social.setStatusCounts(timeline[59]!.id, { likes: 900 })
  const plan: PostsPlan = {
    newestKnownId: timeline[4]!.id,
    notBefore: at(5),
    refresh: [
      { postId: timeline[44]!.id, createdAt: at(45) },
      { postId: timeline[59]!.id, createdAt: at(60) },
    ],
  }
  const { result, requests } = await statusRequests(social, () =>
    adapter.collectPosts(ref(social, 'gemeente'), plan),
  )
  assert.deepEqual(
    result.posts.map((p) => [
      p.text,
      p.counts.likes,
      p.counts.reposts,
      p.counts.replies,
      p.counts.quotes,
    ]),
    [
      ['Post 1', 0, 1, 2, 3],
      ['Post 2', 1, 1, 2, 3],
      ['Post 3', 2, 1, 2, 3],
      ['Post 4', 3, 1, 2, 3],
      ['Post 45', 500, 60, 7, 8],
      ['Post 60', 900, 1, 2, 3],
    ],
  )
  assert.equal(requests.length, 2)

  // A refresh post that was deleted: paging goes on until the pages are older than it, then stops.
  const gone = { postId: '1', createdAt: at(70) }
  const again = await statusRequests(social, () =>
    adapter.collectPosts(ref(social, 'gemeente'), { ...plan, refresh: [gone] }),
  )
  assert.equal(again.result.posts.length, 4)
  assert.equal(again.requests.length, 2)
})

void test('replies are kept as kind reply, quotes as quote; HTML becomes plain text', async () => {
  const { adapter } = setup([social])
  const [root] = social.addStatuses('kinds', [{ createdAt: at(5), content: '<p>Root</p>' }])
  social.addStatuses('kinds', [
    { createdAt: at(4), content: '<p>Self reply</p>', inReplyToId: root!.id },
    { createdAt: at(3), content: '<p>Answer</p>', inReplyToId: '1', inReplyToAccountId: '77' },
    { createdAt: at(2), content: '<p>Quoting</p>', quoteOfId: root!.id, quotes: 4 },
    {
      createdAt: at(1),
      spoilerText: 'Verkeer',
      content:
        '<p>Werk aan de A28 &amp; N50.<br>Zie <a href="https://example.org/omleiding" rel="nofollow noopener" target="_blank"><span class="invisible">https://</span><span class="">example.org/omleiding</span><span class="invisible"></span></a></p>' +
        '<p>Met <span class="h-card" translate="no"><a href="https://social.example/@rws" class="u-url mention">@<span>rws</span></a></span> <a href="https://social.example/tags/verkeer" class="mention hashtag" rel="tag">#<span>verkeer</span></a> &lt;3</p>',
      media: 2,
    },
  ])
  const plan = { newestKnownId: root!.id, notBefore: at(10), refresh: [] }
  const { posts } = await adapter.collectPosts(ref(social, 'kinds'), plan)
  assert.deepEqual(
    posts.map((p) => [p.kind, p.text, p.counts.quotes, p.hasMedia]),
    [
      [
        'original',
        'Verkeer\n\nWerk aan de A28 & N50.\nZie https://example.org/omleiding\n\nMet @rws #verkeer <3',
        0,
        true,
      ],
      ['quote', 'Quoting', 4, false],
      ['reply', 'Answer', 0, false],
      ['reply', 'Self reply', 0, false],
    ],
  )
})

void test('a server older than 4.5 sends no quotes_count: quotes is null, not 0', async () => {
  const { adapter } = setup([oldServer])
  oldServer.addStatuses('provincie', [
    { createdAt: at(2), content: '<p>Oud</p>', likes: 5, quotes: 9 },
  ])
  const { posts } = await adapter.collectPosts(ref(oldServer, 'provincie'), everything)
  assert.deepEqual(
    posts.map((p) => [p.text, p.counts]),
    [
      [
        'Oud',
        { likes: 5, reposts: 0, replies: 0, quotes: null, bookmarks: null, impressions: null },
      ],
    ],
  )
})
