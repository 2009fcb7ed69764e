/**
 * The data gaps of a report period: per account, the days without a follower count (also as
 * compact date ranges) and the days with a failed collection, and the same in plain sentences.
 */
import type { ReportGap, ReportLanguage } from '@crossreach/shared/api-report'
import { addDays, type DateRange } from '@crossreach/shared/periods'
import { PLATFORM_INFO } from '@crossreach/shared/platforms'
import type { ReportGapRow } from '../store/queries/get-report-gaps.ts'
import { formatDate, listText } from './format.ts'

/** Consecutive days as ranges: [1,2,3,5] → [1–3], [5–5]. */
export function dayRanges(days: readonly string[]): DateRange[] {
  const ranges: DateRange[] = []
  for (const day of days) {
    const last = ranges.at(-1)
    if (last && addDays(last.to, 1) === day) last.to = day
    else ranges.push({ from: day, to: day })
  }
  return ranges
}

export function shapeGaps(rows: readonly ReportGapRow[]): ReportGap[] {
  return rows
    .filter((r) => r.failedDays.length > 0 || r.missingDays.length > 0)
    .map((r) => ({ ...r, missingRanges: dayRanges(r.missingDays) }))
}

const MAX_RANGES = 4

function rangeWords(range: DateRange, lang: ReportLanguage): string {
  if (range.from === range.to) return formatDate(range.from, lang)
  return lang === 'nl'
    ? `${formatDate(range.from, lang)} tot en met ${formatDate(range.to, lang)}`
    : `${formatDate(range.from, lang)} to ${formatDate(range.to, lang)}`
}

function days(n: number, lang: ReportLanguage): string {
  if (lang === 'nl') return n === 1 ? '1 dag' : `${n} dagen`
  return n === 1 ? '1 day' : `${n} days`
}

function accountSentence(gap: ReportGap, lang: ReportLanguage): string {
  const who = `${gap.handle} (${PLATFORM_INFO[gap.platform].name})`
  const parts: string[] = []
  if (gap.missingDays.length > 0) {
    const shown = gap.missingRanges.slice(0, MAX_RANGES).map((r) => rangeWords(r, lang))
    const more = gap.missingRanges.length - shown.length
    if (more > 0) shown.push(lang === 'nl' ? `${more} andere perioden` : `${more} other periods`)
    const list = listText(shown, lang)
    parts.push(
      lang === 'nl'
        ? `geen volgertelling op ${days(gap.missingDays.length, lang)} (${list})`
        : `no follower count on ${days(gap.missingDays.length, lang)} (${list})`,
    )
  }
  if (gap.failedDays.length > 0) {
    parts.push(
      lang === 'nl'
        ? `een mislukte verzameling op ${days(gap.failedDays.length, lang)}`
        : `a failed collection on ${days(gap.failedDays.length, lang)}`,
    )
  }
  return `${who}: ${listText(parts, lang)}.`
}

/** The gaps in plain sentences; one sentence saying there are none when there are none. */
export function gapsText(gaps: readonly ReportGap[], lang: ReportLanguage): string {
  if (gaps.length === 0) {
    return lang === 'nl'
      ? 'Geen gaten: elk account heeft op elke dag van de periode een volgertelling en er is geen verzameling mislukt.'
      : 'No gaps: every account has a follower count on every day of the period and no collection failed.'
  }
  const intro =
    lang === 'nl'
      ? 'Op deze dagen ontbreken gegevens. Een ontbrekende telling is een gat, geen nul.'
      : 'Data are missing on these days. A missing count is a gap, not a zero.'
  return [intro, ...gaps.map((g) => accountSentence(g, lang))].join(' ')
}
