import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatHandle, parseHandle } from '../../shared/handles.ts'

test('Mastodon addresses in every form people paste resolve to the same account', () => {
  for (const input of [
    '@gemeente@social.overheid.nl',
    'gemeente@social.overheid.nl',
    'https://social.overheid.nl/@gemeente',
    ' https://Social.Overheid.nl/users/gemeente ',
  ]) {
    const r = parseHandle('mastodon', input)
    assert.deepEqual(
      r,
      {
        ok: true,
        value: { platform: 'mastodon', username: 'gemeente', instance: 'social.overheid.nl' },
      },
      input,
    )
  }
  const remote = parseHandle('mastodon', 'https://mastodon.social/@gemeente@social.overheid.nl')
  assert.deepEqual(remote, {
    ok: true,
    value: { platform: 'mastodon', username: 'gemeente', instance: 'social.overheid.nl' },
  })
})

test('Bluesky handles, DIDs and profile URLs', () => {
  assert.deepEqual(parseHandle('bluesky', '@Gemeente.BSKY.social'), {
    ok: true,
    value: { platform: 'bluesky', actor: 'gemeente.bsky.social' },
  })
  assert.deepEqual(parseHandle('bluesky', 'https://bsky.app/profile/utrecht.nl'), {
    ok: true,
    value: { platform: 'bluesky', actor: 'utrecht.nl' },
  })
  assert.deepEqual(parseHandle('bluesky', 'did:plc:abcdefghijklmnopqrstuvwx'), {
    ok: true,
    value: { platform: 'bluesky', actor: 'did:plc:abcdefghijklmnopqrstuvwx' },
  })
})

test('X usernames and URLs; 16 characters is refused with the rule', () => {
  assert.deepEqual(parseHandle('x', 'https://twitter.com/Gemeente_Ut'), {
    ok: true,
    value: { platform: 'x', username: 'Gemeente_Ut' },
  })
  assert.deepEqual(parseHandle('x', '@gemeente'), {
    ok: true,
    value: { platform: 'x', username: 'gemeente' },
  })
  const bad = parseHandle('x', '@abcdefghijklmnop')
  assert.equal(bad.ok, false)
  assert.match(!bad.ok ? bad.error : '', /1 to 15 letters, digits or underscores/)
})

test('bad input names what was expected', () => {
  const r = parseHandle('mastodon', 'gemeente')
  assert.equal(r.ok, false)
  assert.equal(
    !r.ok && r.error,
    '"gemeente" is not a Mastodon address; expected @name@instance.example, name@instance.example or a profile URL',
  )
  const b = parseHandle('bluesky', 'not a handle')
  assert.match(!b.ok ? b.error : '', /expected a domain-style handle such as name\.bsky\.social/)
})

test('formatHandle gives the canonical display form', () => {
  assert.equal(formatHandle({ platform: 'mastodon', username: 'a', instance: 'b.nl' }), '@a@b.nl')
  assert.equal(formatHandle({ platform: 'bluesky', actor: 'a.bsky.social' }), '@a.bsky.social')
  assert.equal(formatHandle({ platform: 'x', username: 'a' }), '@a')
})
