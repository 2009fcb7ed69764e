/** X API v2 payloads → normalised shapes: both field-name eras, problems, kinds, counts, billing. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import {
  isRepost,
  toCollectedPost,
  toProfileCounts,
  toResolvedAccount,
} from '../../collector/platforms/x/map.ts'
import { billedResources, postsPage, userFromResponse } from '../../collector/platforms/x/wire.ts'
import {
  AccountNotFoundError,
  AccountSuspendedError,
  InvalidResponseError,
  PlatformError,
} from '../../collector/platforms/errors.ts'

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'x', name), 'utf8'))
}

void describe('X users', () => {
  void test('a tweet-era user becomes an account and profile counts', () => {
    const user = userFromResponse(fixture('user-tweet-era.json'), '@XDevelopers')
    assert.deepEqual(toResolvedAccount(user), {
      platformId: '2244994945',
      handle: '@XDevelopers',
      displayName: 'X Developers',
      profileUrl: 'https://x.com/XDevelopers',
      instance: null,
    })
    assert.deepEqual(toProfileCounts(user), {
      followers: 583423,
      following: 2048,
      postsCount: 14052,
      handle: '@XDevelopers',
      displayName: 'X Developers',
    })
  })

  void test('a post-era user (post_count) gives the same counts', () => {
    const counts = toProfileCounts(userFromResponse(fixture('user-post-era.json'), '@XDevelopers'))
    assert.equal(counts.followers, 583423)
    assert.equal(counts.following, 2048)
    assert.equal(counts.postsCount, 14052)
  })

  void test('a user without public_metrics has null counts, never zero', () => {
    const counts = toProfileCounts(
      userFromResponse({ data: { id: '42', username: 'quiet', name: 'Q' } }, '@quiet'),
    )
    assert.deepEqual(
      { followers: counts.followers, following: counts.following, postsCount: counts.postsCount },
      { followers: null, following: null, postsCount: null },
    )
  })

  void test('errors without data: not found, suspended, protected', () => {
    assert.throws(
      () => userFromResponse(fixture('user-not-found.json'), '@nobody_here'),
      (err) =>
        err instanceof AccountNotFoundError &&
        err.kind === 'not_found' &&
        err.message.includes('@nobody_here'),
    )
    assert.throws(
      () => userFromResponse(fixture('user-suspended.json'), '@spam_account'),
      (err) =>
        err instanceof AccountSuspendedError &&
        err.message === 'X has suspended the account @spam_account.',
    )
    assert.throws(
      () => userFromResponse(fixture('user-protected.json'), '@locked'),
      (err) => err instanceof PlatformError && err.kind === 'auth_required',
    )
  })

  void test('a malformed user or body is an invalid response', () => {
    assert.throws(
      () => userFromResponse({ data: { id: 'abc', username: 'x' } }, '@x'),
      InvalidResponseError,
    )
    assert.throws(() => userFromResponse('<html>', '@x'), InvalidResponseError)
  })
})

void describe('X posts', () => {
  void test('tweet-era timeline: counts incl. bookmarks and impressions, reply kind, next token', () => {
    const page = postsPage(fixture('timeline-tweet-era.json'))
    assert.equal(page.nextToken, '7140dibdnow9c7btw4b0ei9ip9jjo2kvvk5tphrbhm7gy')
    const [first, second] = page.posts.map(toCollectedPost)
    assert.deepEqual(first, {
      postId: '1853412345678901234',
      url: 'https://x.com/i/web/status/1853412345678901234',
      createdAt: new Date('2025-11-04T16:02:11.000Z'),
      kind: 'original',
      text: 'Announcing new endpoints for the X API v2 …',
      lang: 'en',
      hasMedia: false,
      counts: {
        likes: 412,
        reposts: 57,
        replies: 23,
        quotes: 9,
        bookmarks: 31,
        impressions: 98231,
      },
    })
    assert.equal(second?.kind, 'reply')
    assert.deepEqual(second?.counts, {
      likes: 4,
      reposts: 0,
      replies: 1,
      quotes: 0,
      bookmarks: 0,
      impressions: 812,
    })
  })

  void test('post-era timeline: repost_count, referenced_posts, media, entities, missing metrics', () => {
    const page = postsPage(fixture('timeline-post-era.json'))
    assert.equal(page.nextToken, undefined)
    assert.equal(page.unreadable, 1)
    assert.deepEqual(page.posts.map(isRepost), [false, true, false])
    const quote = toCollectedPost(page.posts[0]!)
    assert.equal(quote.kind, 'quote')
    assert.equal(quote.text, 'Worth reading & sharing: <our plan>')
    assert.equal(quote.lang, null)
    assert.equal(quote.hasMedia, true)
    assert.deepEqual(quote.counts, {
      likes: 40,
      reposts: 5,
      replies: 2,
      quotes: 1,
      bookmarks: null,
      impressions: null,
    })
    const reply = toCollectedPost(page.posts[2]!)
    assert.equal(reply.kind, 'reply', 'a conversation id that is not its own marks a reply')
    assert.equal(
      reply.createdAt.toISOString(),
      '2024-11-04T16:50:42.650Z',
      'time from the snowflake id',
    )
    assert.deepEqual(reply.counts, {
      likes: null,
      reposts: null,
      replies: null,
      quotes: null,
      bookmarks: null,
      impressions: null,
    })
  })

  void test('posts lookup with a missing post: the found one, and the problem', () => {
    const page = postsPage(fixture('posts-lookup-partial.json'))
    assert.deepEqual(
      page.posts.map((p) => toCollectedPost(p).counts.impressions),
      [101000],
    )
    assert.equal(page.problems[0]?.resource_type, 'tweet')
  })

  void test('a data field that is not a list is an invalid response', () => {
    assert.throws(() => postsPage({ data: { id: '1' } }), InvalidResponseError)
  })

  void test('billed resources count data and includes', () => {
    assert.deepEqual(billedResources(fixture('timeline-tweet-era.json'), 'posts'), {
      users: 0,
      posts: 2,
    })
    assert.deepEqual(billedResources(fixture('user-tweet-era.json'), 'users'), {
      users: 1,
      posts: 0,
    })
    assert.deepEqual(billedResources(fixture('user-not-found.json'), 'users'), {
      users: 0,
      posts: 0,
    })
    const withIncludes = {
      data: [{ id: '1', text: 'a' }],
      includes: { users: [{ id: '2' }], tweets: [{ id: '3' }, { id: '4' }] },
    }
    assert.deepEqual(billedResources(withIncludes, 'posts'), { users: 1, posts: 3 })
  })
})
