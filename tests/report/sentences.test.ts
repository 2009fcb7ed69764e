/**
 * The report's summary generator, with exact sentences in Dutch and English: growth, a fall, no
 * change, a platform without a count at the end, no earlier count, a peer organisation, and
 * the formula-injection guard of the exports.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { summarySentences, type SummaryInput } from '../../collector/report/sentences.ts'
import { lastFullQuarter, reportGrain } from '../../collector/report/period.ts'
import { dayRanges, gapsText, shapeGaps } from '../../collector/report/gaps.ts'
import { neutraliseCell, safeRows } from '@crossreach/shared/spreadsheet-safe'

const QUARTER = { from: '2026-07-01', to: '2026-09-30' }
const OWN = { name: 'Gemeente Voorbeeld', kind: 'own' as const }
const NO_POSTS = { posts: null, interactions: null, interactionsPrevious: null }

function platform(
  p: 'x' | 'bluesky' | 'mastodon',
  start: number | null,
  end: number | null,
  shares: [number | null, number | null] = [null, null],
): SummaryInput['platforms'][number] {
  const change = start === null || end === null ? null : end - start
  return {
    platform: p,
    followersStart: start,
    followersEnd: end,
    followersChange: change,
    followersChangePct: change === null || !start ? null : Math.round((change / start) * 1000) / 10,
    shareStart: shares[0],
    shareEnd: shares[1],
  }
}

const example: Omit<SummaryInput, 'lang'> = {
  range: QUARTER,
  organisation: OWN,
  platforms: [
    platform('x', 46_600, 45_200, [0.84, 0.7847]),
    platform('bluesky', 10_508, 12_400, [0.16, 0.2153]),
  ],
  combined: { posts: 128, interactions: 8_400, interactionsPrevious: 7_900 },
  accountsWithGaps: 0,
}

test('growth and fall: the example of the issue, in English and Dutch', () => {
  assert.deepEqual(summarySentences({ ...example, lang: 'en' }), [
    'Between July and September 2026 our Bluesky audience grew 18% to 12,400; on X it fell 3% to 45,200.',
    'Bluesky now holds 22% of our combined audience, up from 16%.',
    'Our 128 posts in this period received 8,400 interactions in total, against 7,900 in the previous period.',
  ])
  assert.deepEqual(summarySentences({ ...example, lang: 'nl' }), [
    'Van juli tot en met september 2026 groeide ons publiek op Bluesky met 18% tot 12.400; op X daalde het met 3% tot 45.200.',
    'Bluesky heeft nu 22% van ons gecombineerde publiek (was 16%).',
    'Onze 128 berichten uit deze periode kregen samen 8.400 interacties, tegen 7.900 in de vorige periode.',
  ])
})

test('unchanged, small changes with a decimal, and one month', () => {
  const input: SummaryInput = {
    lang: 'en',
    range: { from: '2026-08-01', to: '2026-08-31' },
    organisation: OWN,
    platforms: [platform('mastodon', 3_100, 3_100), platform('x', 1_000, 1_004)],
    combined: NO_POSTS,
    accountsWithGaps: 0,
  }
  assert.deepEqual(summarySentences(input), [
    'In August 2026 our Mastodon audience stayed at 3,100; on X it grew 0.4% to 1,004.',
  ])
  assert.deepEqual(summarySentences({ ...input, lang: 'nl' }), [
    'In augustus 2026 bleef ons publiek op Mastodon gelijk op 3.100; op X groeide het met 0,4% tot 1.004.',
  ])
})

test('a platform without a count at the end is named, not shown as 0', () => {
  const input: SummaryInput = {
    lang: 'en',
    range: QUARTER,
    organisation: OWN,
    platforms: [platform('x', 45_000, 44_000), platform('mastodon', 2_000, null)],
    combined: NO_POSTS,
    accountsWithGaps: 1,
  }
  assert.deepEqual(summarySentences(input), [
    'Between July and September 2026 our X audience fell 2.2% to 44,000.',
    'There is no follower count for Mastodon at the end of the period.',
    'Data are missing on one or more days for 1 account; see ‘Data gaps’.',
  ])
  assert.deepEqual(summarySentences({ ...input, lang: 'nl' }), [
    'Van juli tot en met september 2026 daalde ons publiek op X met 2,2% tot 44.000.',
    'Voor Mastodon is er geen volgertelling aan het eind van de periode.',
    'Voor 1 account ontbreken gegevens op een of meer dagen; zie ‘Gaten in de gegevens’.',
  ])
  assert.deepEqual(summarySentences({ ...input, platforms: [platform('mastodon', 2_000, null)] }), [
    'There are no follower counts for this period.',
    'Data are missing on one or more days for 1 account; see ‘Data gaps’.',
  ])
})

test('no previous data: the count without a comparison; a peer organisation by name', () => {
  const input: SummaryInput = {
    lang: 'en',
    range: { from: '2026-07-03', to: '2026-08-14' },
    organisation: { name: 'Gemeente Buurstad', kind: 'peer' },
    platforms: [
      platform('bluesky', null, 900, [null, 0.0826]),
      platform('x', 10_000, 10_000, [null, 0.9174]),
    ],
    combined: { posts: 1, interactions: 12, interactionsPrevious: null },
    accountsWithGaps: 0,
  }
  assert.deepEqual(summarySentences(input), [
    'Between 3 July and 14 August 2026 the Bluesky audience of Gemeente Buurstad stood at 900 (no earlier count to compare with); on X it stayed at 10,000.',
    'Bluesky now holds 8.3% of the combined audience of Gemeente Buurstad.',
    'The one post of Gemeente Buurstad in this period received 12 interactions.',
  ])
  assert.deepEqual(summarySentences({ ...input, lang: 'nl' }), [
    'Van 3 juli tot en met 14 augustus 2026 was het publiek van Gemeente Buurstad op Bluesky 900 (geen eerdere telling om mee te vergelijken); op X bleef het gelijk op 10.000.',
    'Bluesky heeft nu 8,3% van het gecombineerde publiek van Gemeente Buurstad.',
    'Het ene bericht van Gemeente Buurstad uit deze periode kreeg 12 interacties.',
  ])
})

test('periods: the last full quarter in the data and the chart grain', () => {
  assert.deepEqual(lastFullQuarter('2026-09-30'), QUARTER)
  assert.deepEqual(lastFullQuarter('2026-09-29'), { from: '2026-04-01', to: '2026-06-30' })
  assert.deepEqual(lastFullQuarter('2026-01-15'), { from: '2025-10-01', to: '2025-12-31' })
  assert.equal(reportGrain({ from: '2026-08-01', to: '2026-08-31' }), 'day')
  assert.equal(reportGrain(QUARTER), 'week')
  assert.equal(reportGrain({ from: '2026-01-01', to: '2026-12-31' }), 'month')
})

test('gaps: consecutive days as ranges and in words', () => {
  assert.deepEqual(dayRanges(['2026-08-03', '2026-08-04', '2026-08-05', '2026-08-09']), [
    { from: '2026-08-03', to: '2026-08-05' },
    { from: '2026-08-09', to: '2026-08-09' },
  ])
  const gaps = shapeGaps([
    {
      accountId: 2,
      platform: 'bluesky',
      handle: '@gemeente.bsky.social',
      failedDays: ['2026-08-03'],
      missingDays: ['2026-08-03', '2026-08-04', '2026-08-09'],
    },
    { accountId: 3, platform: 'x', handle: '@gemeente', failedDays: [], missingDays: [] },
  ])
  assert.equal(
    gapsText(gaps, 'en'),
    'Data are missing on these days. A missing count is a gap, not a zero. @gemeente.bsky.social (Bluesky): no follower count on 3 days (3 August 2026 to 4 August 2026 and 9 August 2026) and a failed collection on 1 day.',
  )
  assert.equal(
    gapsText([], 'nl'),
    'Geen gaten: elk account heeft op elke dag van de periode een volgertelling en er is geen verzameling mislukt.',
  )
})

test('exports: text cells that a spreadsheet would run as a formula get an apostrophe', () => {
  for (const bad of ['=1+1', '+31 6 1234', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
    assert.equal(neutraliseCell(bad), `'${bad}`)
  }
  assert.equal(neutraliseCell('Gemeente = mooi'), 'Gemeente = mooi')
  assert.equal(neutraliseCell(-3), -3)
  assert.equal(neutraliseCell(null), null)
  assert.deepEqual(safeRows(['=A', 'b'], [['=HYPERLINK("x")', 5]]), [
    ["'=A", 'b'],
    ['\'=HYPERLINK("x")', 5],
  ])
})
