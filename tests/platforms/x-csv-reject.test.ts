// Rejecting files that are not X Analytics exports, or that have a bad row: all or nothing,
// with a message that names what was expected, or the line, the column and the value.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { parseXAnalyticsCsv } from '../../collector/platforms/x/csv-parse.ts'

const LEGACY = 'tweet_activity_metrics_rOpenSci_20211201_20220101_en.csv'
const CONTENT = 'account_analytics_content_2026-04-27_2026-07-25.csv'
const OVERVIEW = 'account_overview_analytics.csv'

function text(name: string): string {
  return readFileSync(new URL(`../fixtures/x-csv/${name}`, import.meta.url), 'utf8')
}

function rejection(content: string | Buffer, fileName?: string): string {
  const result = parseXAnalyticsCsv(content, fileName)
  assert.equal(result.ok, false, 'the file should have been rejected')
  return result.ok ? '' : result.error
}

void test('an unrelated CSV (bank export) names the three expected headers and what was found', () => {
  const error = rejection(text('bank-export.csv'), 'bank-export.csv')
  assert.match(error, /not an X Analytics export/)
  assert.match(error, /"Post id, Date, Post text, Post Link, /)
  assert.match(error, /"Date, Impressions, Likes, Engagements, …, New follows, Unfollows, …"/)
  assert.match(error, /"Tweet id, Tweet permalink, /)
  assert.match(
    error,
    /starts with the columns "Datum", "Naam \/ Omschrijving", "Rekening", "Tegenrekening", "Code", …\./,
  )
})

void test('a file re-saved with semicolons is called out', () => {
  const resaved = text(OVERVIEW).replaceAll(',', ';')
  assert.match(rejection(resaved), /separated by semicolons or tabs/)
})

void test('empty files, blank files and xlsx files are rejected', () => {
  assert.match(rejection(''), /^The file is empty\./)
  assert.match(rejection('\uFEFF\r\n\n  \n'), /^The file is empty\./)
  assert.match(rejection(Buffer.alloc(0)), /^The file is empty\./)
  assert.match(rejection(Buffer.from('PK\x03\x04rest-of-zip')), /spreadsheet \(\.xlsx\)/)
  assert.match(rejection(Buffer.from([0x44, 0x61, 0xff, 0x2c])), /not UTF-8 text/)
})

void test('a header with no rows says "has no rows" and names the kind', () => {
  const header = text(OVERVIEW).split('\n')[0] ?? ''
  assert.equal(
    rejection(`${header}\n`),
    'This file has the columns of the X account overview export but has no rows. Choose a period with activity and export again.',
  )
  const legacyHeader = text(LEGACY).split('\n')[0] ?? ''
  assert.match(rejection(legacyHeader), /older X tweet activity export but has no rows/)
})

void test('a bad date rejects the whole file and names line, column and value', () => {
  // Line 5 is the second tweet: the first one spans lines 2 to 4 (quoted newlines).
  const bad = text(LEGACY).replace('2021-12-30 09:05 +0000', '30/12/2021 09:05')
  const error = rejection(bad, LEGACY)
  assert.match(
    error,
    /^Line 5, column "time": "30\/12\/2021 09:05" is not a date and time like "2021-12-28 16:45 \+0000"\./,
  )
  assert.match(error, /Nothing from this file was imported\./)
  // The same with CRLF line endings: line numbers stay those of the file.
  assert.match(rejection(bad.replaceAll('\n', '\r\n')), /^Line 5, column "time"/)
})

void test('content and overview dates: unparseable or wrong weekday', () => {
  const content = text(CONTENT).replace('"Wed, Jul 15, 2026"', '15-7-2026')
  assert.match(
    rejection(content),
    /^Line 3, column "Date": "15-7-2026" is not a date like "Tue, Sep 9, 2025"\./,
  )
  const overview = text(OVERVIEW).replace('"Tue, Sep 9, 2025"', '"Mon, Sep 9, 2025"')
  assert.match(
    rejection(overview),
    /^Line 4, column "Date": "Mon, Sep 9, 2025" has the wrong weekday: Sep 9, 2025 is a Tuesday\./,
  )
  const year = text(OVERVIEW).replace('"Mon, Sep 8, 2025"', '"Mon, Sep 8, 1025"')
  assert.match(rejection(year), /^Line 5, column "Date": "Mon, Sep 8, 1025" /)
})

void test('bad numbers: text, fractions and negative counts, each named with line and column', () => {
  const letters = text(OVERVIEW).replace('5120,61', '5120,6l')
  assert.match(rejection(letters), /^Line 3, column "Likes": "6l" is not a number\./)
  // A blank line before the row counts: line numbers are the file's own.
  const afterBlank = letters.replace('\n"Wed', '\n\n"Wed')
  assert.match(rejection(afterBlank), /^Line 4, column "Likes": "6l" is not a number\./)
  const fraction = text(CONTENT).replace(',8800,', ',8800.5,')
  assert.match(
    rejection(fraction),
    /^Line 3, column "Impressions": "8800\.5" is not a whole number\./,
  )
  const negative = text(OVERVIEW).replace(',7,2,5,4,', ',7,-2,5,4,')
  assert.match(rejection(negative), /^Line 5, column "Unfollows": "-2" is not a number\./)
  const legacy = text(LEGACY).replace('"210.0"', '"2,10.0"')
  assert.match(rejection(legacy), /^Line 5, column "impressions": "2,10\.0" is not a number\./)
})

void test('a post id rounded by a spreadsheet program is explained', () => {
  const rounded = text(CONTENT).replace('2074000000000000002,', '2.074E+18,')
  assert.match(rejection(rounded), /^Line 3, column "Post id": "2\.074E\+18" is a rounded number/)
})

void test('duplicate post ids and duplicate days are rejected with both lines', () => {
  const content = text(CONTENT).replace('2073000000000000009,', '2074000000000000002,')
  assert.match(
    rejection(content),
    /^Lines 3 and 5 both have the post id 2074000000000000002; an export lists each only once\./,
  )
  const overview = text(OVERVIEW).replace('"Mon, Sep 8, 2025"', '"Thu, Sep 11, 2025"')
  assert.match(rejection(overview), /^Lines 2 and 5 both have the day 2025-09-11;/)
})

void test('a missing required column and a short row are rejected', () => {
  const noReposts = text(OVERVIEW).replace('Reposts,', 'Something,')
  assert.match(
    rejection(noReposts),
    /^This looks like the X account overview export, but the column "Reposts" is missing\./,
  )
  const shortRow = text(CONTENT).replace(',6,0,0,1\n', ',6,0,0\n')
  assert.match(rejection(shortRow), /^Line 5 has 16 cells, but the header has 17 columns\./)
  const openQuote = text(CONTENT).replace('"Wed, Jul 15, 2026"', '"Wed, Jul 15, 2026')
  assert.match(rejection(openQuote), /could not be read as CSV near line \d+/)
})
