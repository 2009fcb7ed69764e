/**
 * Pure mapping of Bluesky AppView payloads (fixtures shaped like the lexicon examples) into
 * crossreach's shapes, and the reading of Bluesky's rate-limit headers.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import type { AppBskyActorDefs, AppBskyFeedDefs } from '@atproto/api'
import { rateHeaders, retryAfterMs } from '../../collector/platforms/bluesky/client.ts'
import {
  classifyFeedItem,
  feedSortTime,
  toCollectedPost,
  toProfileCounts,
  toResolvedAccount,
} from '../../collector/platforms/bluesky/map.ts'

const DID = 'did:plc:exampleaccount2345abcdef'

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`fixtures/bluesky/${name}`, import.meta.url), 'utf8')) as T
}

const profile = fixture<AppBskyActorDefs.ProfileViewDetailed>('profile.json')
const feed = fixture<{ feed: AppBskyFeedDefs.FeedViewPost[] }>('author-feed-page.json').feed
const item = (i: number): AppBskyFeedDefs.FeedViewPost => feed[i]!

test('a profile resolves to its DID, @handle and bsky.app profile URL', () => {
  assert.deepEqual(toResolvedAccount(profile, 'example.bsky.social'), {
    platformId: DID,
    handle: '@example.bsky.social',
    displayName: 'Example Organisation',
    profileUrl: 'https://bsky.app/profile/example.bsky.social',
    instance: null,
  })
})

test('profile counts are read as given and missing ones are null, never 0', () => {
  assert.deepEqual(toProfileCounts(profile), {
    followers: 18423,
    following: 312,
    postsCount: 1547,
    displayName: 'Example Organisation',
    handle: '@example.bsky.social',
  })
  const bare = { did: DID, handle: 'example.bsky.social' }
  assert.deepEqual(toProfileCounts(bare), {
    followers: null,
    following: null,
    postsCount: null,
    displayName: null,
    handle: '@example.bsky.social',
  })
})

test('handle.invalid is never taken as a handle', () => {
  const broken = { ...profile, handle: 'handle.invalid' }
  assert.equal(toProfileCounts(broken).handle, undefined)
  const typed = toResolvedAccount(broken, 'example.bsky.social')
  assert.equal(typed.handle, '@example.bsky.social')
  assert.equal(typed.profileUrl, `https://bsky.app/profile/${DID}`)
  assert.equal(toResolvedAccount(broken, DID).handle, DID)
})

test('feed items are classified as pinned, own post or repost of someone else', () => {
  assert.deepEqual(
    feed.map((i) => classifyFeedItem(i, DID)),
    ['pinned', 'post', 'repost', 'post', 'post', 'post', 'post'],
  )
  assert.equal(classifyFeedItem(item(1), 'did:plc:someoneelse234567abcdefgh'), 'foreign')
})

test('a repost is ordered by when it was reposted, a post by its creation time', () => {
  assert.equal(feedSortTime(item(2)), Date.parse('2025-11-01T13:40:12.000Z'))
  assert.equal(feedSortTime(item(1)), Date.parse('2025-11-02T10:15:30.000Z'))
})

test('an original post with a link card maps with all five counts and no impressions', () => {
  assert.deepEqual(toCollectedPost(item(0).post), {
    postId: `at://${DID}/app.bsky.feed.post/3lxyzpinned22`,
    url: `https://bsky.app/profile/${DID}/post/3lxyzpinned22`,
    createdAt: new Date('2025-10-01T08:00:00.000Z'),
    kind: 'original',
    text: 'Our annual report is out: https://example.org/report',
    lang: 'en',
    hasMedia: false,
    counts: { likes: 240, reposts: 57, replies: 9, quotes: 6, bookmarks: 14, impressions: null },
  })
})

test('a reply is a reply and takes the first language', () => {
  const reply = toCollectedPost(item(1).post)
  assert.equal(reply.kind, 'reply')
  assert.equal(reply.lang, 'nl')
  assert.deepEqual(reply.counts, {
    likes: 3,
    reposts: 0,
    replies: 0,
    quotes: 0,
    bookmarks: 0,
    impressions: null,
  })
})

test('quotes: a record embed of a post, and a record with media (which also has media)', () => {
  const quote = toCollectedPost(item(3).post)
  assert.equal(quote.kind, 'quote')
  assert.equal(quote.hasMedia, false)
  assert.equal(quote.lang, null)
  assert.deepEqual(quote.counts, {
    likes: null,
    reposts: null,
    replies: null,
    quotes: null,
    bookmarks: null,
    impressions: null,
  })
  const withMedia = toCollectedPost(item(4).post)
  assert.equal(withMedia.kind, 'quote')
  assert.equal(withMedia.hasMedia, true)
  assert.equal(withMedia.counts.likes, 12)
  assert.equal(withMedia.counts.reposts, null)
})

test('embedding a feed generator is not a quote', () => {
  assert.equal(toCollectedPost(item(5).post).kind, 'original')
})

test('a video counts as media; an unreadable createdAt falls back to indexedAt', () => {
  const video = toCollectedPost(item(6).post)
  assert.equal(video.hasMedia, true)
  assert.deepEqual(video.createdAt, new Date('2025-10-27T12:00:00.000Z'))
})

test('RateLimit-* headers are read with reset in epoch seconds, and absent headers give nothing', () => {
  assert.deepEqual(
    rateHeaders({
      'ratelimit-limit': '3000',
      'ratelimit-remaining': '0',
      'ratelimit-reset': '1744582868',
    }),
    { limit: 3000, remaining: 0, resetAt: 1744582868000 },
  )
  assert.equal(rateHeaders({ 'content-type': 'application/json' }), undefined)
})

test('the wait after a 429 is Retry-After, else the reset time, else left to the backoff', () => {
  const now = 1_744_582_800_000
  assert.equal(retryAfterMs({ 'retry-after': '7', 'ratelimit-reset': '1744582868' }, now), 7000)
  assert.equal(retryAfterMs({ 'ratelimit-reset': '1744582868' }, now), 68_000)
  assert.equal(retryAfterMs({}, now), undefined)
})
