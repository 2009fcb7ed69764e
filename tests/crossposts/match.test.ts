/**
 * Cross-post matching on fixtures: near-duplicates (cut short for X, different links, extra
 * hashtags, mentions in each platform's form), threads, and messages that must not match
 * (the same template on different days, replies, other organisations, two posts on one platform).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Platform, PostKind } from '@crossreach/shared/platforms'
import {
  matchCrossposts,
  similarity,
  type CandidatePost,
} from '../../collector/crossposts/match.ts'
import { normaliseText, tokens } from '../../collector/crossposts/normalise.ts'

const ACCOUNT: Record<Platform, number> = { x: 1, bluesky: 2, mastodon: 3 }

function post(
  key: string,
  platform: Platform,
  at: string,
  text: string,
  extra: { kind?: PostKind; org?: number; account?: number } = {},
): CandidatePost {
  const org = extra.org ?? 1
  return {
    key,
    organisationId: org,
    accountId: extra.account ?? ACCOUNT[platform] + (org - 1) * 10,
    platform,
    kind: extra.kind ?? 'original',
    text,
    createdAt: Date.parse(at),
  }
}

const keys = (posts: readonly CandidatePost[]) =>
  matchCrossposts(posts).map((g) => g.posts.map((p) => p.key))

const LONG =
  'De gemeenteraad besluit donderdag 14 november over de begroting voor 2027. Op de agenda staan ook het nieuwe parkeerbeleid in het centrum, de aanpak van zwerfafval langs de Stationsweg, woningbouw aan de rand van De Akkers en het sportakkoord met de verenigingen. De vergadering is openbaar en begint om 19.30 uur in het gemeentehuis; u kunt ook live meekijken via de website.'

test('normalising removes links, mentions, trailing hashtags, emoji, punctuation and case', () => {
  assert.equal(
    normaliseText(
      '📢 Samen met @buurstad@social.overheid.nl: de #Raad besluit! Lees meer: https://t.co/AbC123 gemeente.nl/raad\n\n#Raad #Voorbeeld',
    ),
    'samen met de raad besluit lees meer',
  )
  assert.equal(normaliseText('Ｆｕｌｌ　width… @name.bsky.social www.site.nl/a?b=1'), 'full width')
  assert.equal(normaliseText('Om 19.30 uur, 14 nov.'), 'om 19 30 uur 14 nov')
})

test('similarity: containment and Jaccard, identical text for very short posts', () => {
  const s = similarity(tokens('a b c d e'), tokens('a b c d'))
  assert.deepEqual(s, { jaccard: 0.8, containment: 1, score: 0.9, accepted: true })
  assert.equal(similarity(tokens('Fijne feestdagen!'), tokens('fijne feestdagen')).accepted, true)
  assert.equal(similarity(tokens('Fijne feestdagen!'), tokens('Fijne dagen')).accepted, false)
  // A short phrase inside a long text: containment 1, but Jaccard far below 0.4.
  assert.equal(similarity(tokens('de begroting voor 2027'), tokens(LONG)).accepted, false)
})

test('near-duplicates on three platforms form one group, one post per platform', () => {
  const x = `${LONG.slice(0, 262)}… https://t.co/k2F8sPq1Lm #Voorbeeld`
  const bluesky = `${LONG} gemeentevoorbeeld.nl/raad`
  const mastodon = `${LONG} https://www.gemeentevoorbeeld.nl/raad\n\n#Raadsvergadering #Voorbeeld`
  assert.ok(x.length <= 300)
  const groups = matchCrossposts([
    post('x1', 'x', '2026-11-10T09:00:00Z', x),
    post('b1', 'bluesky', '2026-11-10T09:04:00Z', bluesky),
    post('m1', 'mastodon', '2026-11-10T09:07:30Z', mastodon),
  ])
  assert.deepEqual(
    groups.map((g) => ({ keys: g.posts.map((p) => p.key), similarity: g.similarity })),
    // X has 32 of the 47 distinct words (cut short): Jaccard 32/47 = 0.68, containment 1,
    // score (0.68 + 1) / 2 = 0.84; Bluesky and Mastodon are the same words (score 1).
    [{ keys: ['x1', 'b1', 'm1'], similarity: 0.84 }],
  )
})

test('extra hashtags in the sentence and different links still match; posted hours apart too', () => {
  assert.deepEqual(
    keys([
      post(
        'x1',
        'x',
        '2026-11-10T09:00:00Z',
        'Let op: de #Kerkweg is van maandag tot en met vrijdag afgesloten voor verkeer. https://t.co/aaa',
      ),
      post(
        'b1',
        'bluesky',
        '2026-11-10T20:00:00Z',
        'Let op: de Kerkweg is van maandag tot en met vrijdag afgesloten voor verkeer #wegwerkzaamheden #Voorbeeld gemeentevoorbeeld.nl/werk',
      ),
    ]),
    [['x1', 'b1']],
  )
})

test('the same template on different days does not match, nor a week later', () => {
  const text =
    'Vandaag raadsvergadering om 19.30 uur in het gemeentehuis. Volg hem live via de website.'
  assert.deepEqual(
    keys([
      // Tuesday evening on X, Wednesday morning on Bluesky: 14 hours apart, different local days.
      post('x1', 'x', '2026-11-10T17:00:00Z', text),
      post('b2', 'bluesky', '2026-11-11T07:00:00Z', text),
      // A week later on Mastodon.
      post('m3', 'mastodon', '2026-11-17T17:00:00Z', text),
    ]),
    [],
  )
  // The same day (local time: 23:30 UTC is 00:30 the next day in Amsterdam) does not match either.
  assert.deepEqual(
    keys([
      post('x1', 'x', '2026-11-10T22:50:00Z', text),
      post('b1', 'bluesky', '2026-11-10T23:30:00Z', text),
    ]),
    [],
  )
  // The same evening does.
  assert.deepEqual(
    keys([
      post('x1', 'x', '2026-11-10T17:00:00Z', text),
      post('b1', 'bluesky', '2026-11-10T17:06:00Z', text),
    ]),
    [['x1', 'b1']],
  )
})

test('when a template is posted on two days on both platforms, each day pairs with itself', () => {
  const text = (street: string, day: string) =>
    `Werkzaamheden aan de ${street} van ${day} tot en met vrijdag. Het verkeer wordt omgeleid via de Molenlaan.`
  assert.deepEqual(
    keys([
      post('x1', 'x', '2026-11-10T09:00:00Z', text('Kerkweg', 'maandag 16 november')),
      post('b1', 'bluesky', '2026-11-10T09:05:00Z', text('Kerkweg', 'maandag 16 november')),
      post('x2', 'x', '2026-11-10T13:00:00Z', text('Dorpsstraat', 'dinsdag 17 november')),
      post('b2', 'bluesky', '2026-11-10T13:02:00Z', text('Dorpsstraat', 'dinsdag 17 november')),
    ]),
    [
      ['x1', 'b1'],
      ['x2', 'b2'],
    ],
  )
})

test('replies to others never match, even with the same words', () => {
  const text = 'Dank voor uw melding. We hebben het doorgegeven aan de wijkbeheerder.'
  assert.deepEqual(
    keys([
      post('x1', 'x', '2026-11-10T09:00:00Z', `@jvdberg12 ${text}`, { kind: 'reply' }),
      post('b1', 'bluesky', '2026-11-10T09:10:00Z', `@jvdberg.bsky.social ${text}`, {
        kind: 'reply',
      }),
    ]),
    [],
  )
})

test('other organisations and the same platform never match', () => {
  const text = 'Denk aan uw buren bij vuurwerk: alleen afsteken tussen 18.00 en 02.00 uur.'
  assert.deepEqual(
    keys([
      post('x1', 'x', '2026-12-30T09:00:00Z', text, { org: 1 }),
      post('b1', 'bluesky', '2026-12-30T09:01:00Z', text, { org: 2 }),
      // Two accounts of one organisation on one platform.
      post('m1', 'mastodon', '2026-12-30T09:02:00Z', text, { org: 3, account: 31 }),
      post('m2', 'mastodon', '2026-12-30T09:03:00Z', text, { org: 3, account: 32 }),
    ]),
    [],
  )
})

test('threads: the first post matches; a later thread post only where it matches better', () => {
  const first =
    'Nieuw: de afvalkalender voor 2027 staat online. Vanaf januari wordt het restafval eens per vier weken opgehaald.'
  const second =
    'Het gft blijft elke twee weken. Oude containers worden in februari omgeruild; u krijgt daarover een brief.'
  const posts = [
    // On Bluesky a thread of two posts; on Mastodon one long post with both; on X only the second.
    post('b1', 'bluesky', '2026-11-10T09:00:00Z', first),
    post('b2', 'bluesky', '2026-11-10T09:01:00Z', second, { kind: 'reply' }),
    post('m1', 'mastodon', '2026-11-10T09:03:00Z', `${first} ${second}`),
    post('x2', 'x', '2026-11-10T09:05:00Z', second),
  ]
  // Mastodon's long post contains both; the thread's first post matches it (both score equally
  // on containment, the first post wins as the thread's start). X carries only the second part:
  // the thread's later post matches it better than the first post (which does not match at all).
  assert.deepEqual(keys(posts), [
    ['b1', 'm1'],
    ['x2', 'b2'],
  ])
  // A later thread post that matches no better than the first post is not used.
  assert.deepEqual(
    keys([
      post('b1', 'bluesky', '2026-11-10T09:00:00Z', first),
      post('b2', 'bluesky', '2026-11-10T09:01:00Z', first, { kind: 'reply' }),
      post('x1', 'x', '2026-11-10T09:02:00Z', first),
    ]),
    [['x1', 'b1']],
  )
  // A reply long after the post is not a thread (and does not match).
  assert.deepEqual(
    keys([
      post('b1', 'bluesky', '2026-11-10T09:00:00Z', 'Iets anders vandaag op Bluesky.'),
      post('b2', 'bluesky', '2026-11-10T12:00:00Z', second, { kind: 'reply' }),
      post('x2', 'x', '2026-11-10T12:05:00Z', second),
    ]),
    [],
  )
})
