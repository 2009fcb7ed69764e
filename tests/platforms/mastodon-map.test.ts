/**
 * Mastodon mapping on wire-format fixtures, deserialised by masto's own serializer (so the
 * camelCase keys are exactly what the adapter gets), plus rate headers, Link and config parsing.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { SerializerNativeImpl } from 'masto/adapters/serializers/serializer-native-impl.js'
import { InvalidResponseError } from '../../collector/platforms/errors.ts'
import { nextMaxId } from '../../collector/platforms/mastodon/client.ts'
import {
  MASTODON_GATE_DEFAULTS,
  mastodonConfig,
} from '../../collector/platforms/mastodon/config.ts'
import {
  htmlToPlainText,
  parseAccount,
  parseRateHeaders,
  parseStatuses,
  toCollectedPost,
  toProfileCounts,
  toResolvedAccount,
  waitFromHeaders,
} from '../../collector/platforms/mastodon/map.ts'

const serializer = new SerializerNativeImpl()
function fixture(name: string): unknown {
  const text = readFileSync(new URL(`./fixtures/mastodon/${name}.json`, import.meta.url), 'utf8')
  return serializer.deserialize('json', text)
}
const statusFixture = (name: string) => parseStatuses([fixture(name)], 'social.example')[0]!

void test('an account maps to the resolved account and its profile counts', () => {
  const account = parseAccount(fixture('account'), 'awoo.space')
  assert.deepEqual(toResolvedAccount(account, 'awoo.space'), {
    platformId: '23634',
    handle: '@noiob@awoo.space',
    displayName: 'ikea shark fan account',
    profileUrl: 'https://awoo.space/@noiob',
    instance: 'awoo.space',
  })
  assert.deepEqual(toProfileCounts(account, 'awoo.space'), {
    followers: 547,
    following: 404,
    postsCount: 28468,
    handle: '@noiob@awoo.space',
    displayName: 'ikea shark fan account',
  })
  assert.equal(account.lastStatusAt, '2019-11-17')
})

void test('hidden counts (-1) become null, an empty display name null, a null last_status_at is accepted', () => {
  const account = parseAccount(fixture('account-hidden-counts'), 'social.example')
  assert.deepEqual(toProfileCounts(account, 'social.example'), {
    followers: null,
    following: null,
    postsCount: 0,
    handle: '@Gemeente@social.example',
    displayName: null,
  })
  assert.equal(account.lastStatusAt, null)
})

void test('an original status: HTML to plain text, counts, media, language', () => {
  assert.deepEqual(toCollectedPost(statusFixture('status-original')), {
    postId: '113950128311000001',
    url: 'https://social.example/@gemeente/113950128311000001',
    createdAt: new Date('2025-02-03T09:15:00.000Z'),
    kind: 'original',
    text:
      'Wegwerkzaamheden op de A28 & N50 dit weekend.\n' +
      'Kijk op https://example.org/omleiding voor omleidingen.\n\n' +
      'Dank aan @rws #verkeer "tot zo"',
    lang: 'nl',
    hasMedia: true,
    counts: { likes: 11, reposts: 6, replies: 5, quotes: 2, bookmarks: null, impressions: null },
  })
})

void test('a reply from a server older than 4.5: kind reply, quotes null, uri as url, spoiler first', () => {
  assert.deepEqual(toCollectedPost(statusFixture('status-old-server-reply')), {
    postId: '109412345678900002',
    url: 'https://old.example/users/gemeente/statuses/109412345678900002',
    createdAt: new Date('2022-11-28T14:00:00.000Z'),
    kind: 'reply',
    text: 'Verkeer\n\nUpdate: de weg is weer open.',
    lang: null,
    hasMedia: false,
    counts: { likes: 3, reposts: 1, replies: 0, quotes: null, bookmarks: null, impressions: null },
  })
})

void test('a status with a quote is kind quote, with quotes 0 (supplied) rather than null', () => {
  const post = toCollectedPost(statusFixture('status-quote'))
  assert.equal(post.kind, 'quote')
  assert.equal(post.counts.quotes, 0)
})

void test('html to text keeps lists readable and drops images', () => {
  assert.equal(
    htmlToPlainText(
      '<p>Agenda:</p><ul><li>one</li><li>two</li></ul><p>A <img src="x.png" alt="pic"> b</p>',
    ),
    'Agenda:\n\n * one\n * two\n\nA b',
  )
})

void test('a status list in an unknown shape is an invalid response that is not retried', () => {
  assert.throws(
    () => parseStatuses([{ id: 5, createdAt: 'yesterday' }], 'social.example'),
    (err: unknown) =>
      err instanceof InvalidResponseError &&
      err.transient === false &&
      err.message.startsWith('social.example sent a list of posts in a shape'),
  )
  assert.throws(() => parseAccount(undefined, 'social.example'), InvalidResponseError)
})

void test('rate headers: ISO 8601 reset with microseconds', () => {
  const headers = new Headers({
    'X-RateLimit-Limit': '300',
    'X-RateLimit-Remaining': '0',
    'X-RateLimit-Reset': '2026-03-01T12:05:00.123456Z',
  })
  assert.deepEqual(parseRateHeaders(headers), {
    limit: 300,
    remaining: 0,
    resetAt: Date.UTC(2026, 2, 1, 12, 5, 0, 123),
  })
  assert.equal(parseRateHeaders(new Headers()), undefined)
  const now = Date.UTC(2026, 2, 1, 12, 4, 0, 123)
  assert.equal(waitFromHeaders(headers, now), 60_000)
  headers.set('Retry-After', '7')
  assert.equal(waitFromHeaders(headers, now), 7_000)
})

void test('the next page max_id comes from the Link header', () => {
  const link =
    '<https://social.example/api/v1/accounts/1/statuses?limit=40&exclude_reblogs=true&max_id=109412345678900002>; rel="next", ' +
    '<https://social.example/api/v1/accounts/1/statuses?limit=40&min_id=113950128311000001>; rel="prev"'
  assert.equal(nextMaxId(link), '109412345678900002')
  assert.equal(nextMaxId('<https://social.example/x?min_id=5>; rel="prev"'), undefined)
  assert.equal(nextMaxId(null), undefined)
})

void test('config: origins and tokens per instance host, defaults, and errors that never show a token', () => {
  const config = mastodonConfig({
    CROSSREACH_MASTODON_ORIGINS:
      'social.example=http://127.0.0.1:4001/, Other.Example=https://proxy.example:8443',
    CROSSREACH_MASTODON_TOKENS: 'social.example=s3cr3t-token',
  })
  assert.deepEqual(
    [...config.origins],
    [
      ['social.example', 'http://127.0.0.1:4001'],
      ['other.example', 'https://proxy.example:8443'],
    ],
  )
  assert.equal(config.tokens.get('social.example'), 's3cr3t-token')
  assert.deepEqual(config.gate, MASTODON_GATE_DEFAULTS)

  const bad: [Record<string, string>, RegExp][] = [
    [
      { CROSSREACH_MASTODON_ORIGINS: 'social.example=ftp://x.example' },
      /must start with http:\/\/ or https:\/\//,
    ],
    [{ CROSSREACH_MASTODON_ORIGINS: 'social.example=http://x.example/mastodon' }, /bare origin/],
    [
      { CROSSREACH_MASTODON_ORIGINS: 'https://social.example=http://x.example' },
      /not an instance host name/,
    ],
    [
      { CROSSREACH_MASTODON_ORIGINS: 'social.example:443=http://x.example' },
      /not an instance host name/,
    ],
    [
      { CROSSREACH_MASTODON_TOKENS: 'social.example:8080=s3cr3t-token' },
      /not an instance host name/,
    ],
    [{ CROSSREACH_MASTODON_TOKENS: 'social.example,s3cr3t-token' }, /entry 1 is not of the form/],
  ]
  for (const [env, message] of bad) {
    assert.throws(
      () => mastodonConfig(env),
      (err: unknown) =>
        err instanceof Error && message.test(err.message) && !err.message.includes('s3cr3t'),
    )
  }
})
