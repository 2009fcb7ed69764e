/** The dashboard's Intl formats in Dutch and English: counts, signed changes, shares, buckets. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  formatBucket,
  formatCount,
  formatShare,
  formatSigned,
  formatSignedPct,
} from '../../dashboard/src/lib/format.ts'

const weekOf = (date: string) => `week of ${date}`

test('numbers follow the locale and show a sign on changes only', () => {
  assert.equal(formatCount(14311, 'nl-NL'), '14.311')
  assert.equal(formatCount(14311, 'en-GB'), '14,311')
  assert.equal(formatSigned(1066, 'nl-NL'), '+1.066')
  assert.equal(formatSigned(-482, 'en-GB'), '-482')
  assert.equal(formatSigned(0, 'en-GB'), '0')
  assert.equal(formatSignedPct(-3.3, 'en-GB'), '-3.3%')
  assert.equal(formatShare(0.826, 'nl-NL'), '82,6%')
  assert.equal(formatShare(0.89, 'en-GB'), '89.0%')
})

test('buckets are named by grain as UTC dates', () => {
  assert.equal(formatBucket('2026-04-27', 'week', 'en-GB', weekOf), 'week of 27 Apr 2026')
  assert.equal(formatBucket('2026-05-01', 'month', 'nl-NL', weekOf), 'mei 2026')
  assert.equal(formatBucket('2026-05-01', 'day', 'en-GB', weekOf), '1 May 2026')
})
