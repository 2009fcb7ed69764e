/** The Settings forms' readings of typed values: follower counts, today, a refusal's field. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fieldInMessage, parseCount, today } from '../../dashboard/src/lib/settings/values.ts'

test('a follower count is a whole number, with or without thousands separators', () => {
  assert.equal(parseCount('12500'), 12500)
  assert.equal(parseCount(' 0 '), 0)
  assert.equal(parseCount('12.500'), 12500)
  assert.equal(parseCount('12,500'), 12500)
  assert.equal(parseCount('1 234 567'), 1234567)
  assert.equal(parseCount('1\u00a0234'), 1234)
  // Decimals, signs, words and misplaced separators are refused rather than guessed.
  for (const bad of ['', '4,5', '4.50', '-3', '12.50.0', 'veel', '1e4', '12,5000'])
    assert.equal(parseCount(bad), null, bad)
})

test('today is the local calendar date as YYYY-MM-DD', () => {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  assert.equal(today(), `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`)
})

test('a server refusal names its field first; anything else belongs to no field', () => {
  const fields = { handle: 'account-handle', followers: 'manual-followers' }
  assert.equal(fieldInMessage('handle is empty: give a handle', fields), 'account-handle')
  assert.equal(fieldInMessage('followers cannot be negative', fields), 'manual-followers')
  assert.equal(fieldInMessage('No Bluesky account found for x.bsky.social.', fields), null)
  assert.equal(fieldInMessage('toString is odd', fields), null)
})
