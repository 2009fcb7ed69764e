/**
 * Number and date wording of the report in its two languages, with Intl (nl-NL, en-GB); every
 * date is a UTC calendar date. Percentages under 10 keep one decimal (6,8%), larger ones none (18%).
 */
import type { ReportLanguage } from '@crossreach/shared/api-report'
import { addDays, type DateRange } from '@crossreach/shared/periods'

export const LOCALES: Record<ReportLanguage, string> = { nl: 'nl-NL', en: 'en-GB' }

export function formatCount(value: number, lang: ReportLanguage): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 }).format(value)
}

export function formatDecimal(value: number, lang: ReportLanguage): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value)
}

/** A fraction (0.182) as a percentage without sign: 18%, 6,8%. */
export function formatFraction(fraction: number, lang: ReportLanguage): string {
  const digits = Math.abs(fraction) < 0.1 ? 1 : 0
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(fraction)
}

/** A number already in percent (18.2) as a percentage without sign. */
export function formatPercent(percent: number, lang: ReportLanguage): string {
  return formatFraction(percent / 100, lang)
}

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`)
}

export function formatDate(iso: string, lang: ReportLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utc(iso))
}

function monthName(iso: string, lang: ReportLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', timeZone: 'UTC' }).format(utc(iso))
}

function dayAndMonth(iso: string, lang: ReportLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(utc(iso))
}

const year = (iso: string) => iso.slice(0, 4)

/** Whether a range runs from the first of a month to the last day of a month. */
export function isWholeMonths(range: DateRange): boolean {
  return range.from.endsWith('-01') && addDays(range.to, 1).endsWith('-01')
}

/** The two ends of a range in words, with the year written once when both share it. */
function ends(range: DateRange, lang: ReportLanguage): [string, string] {
  const sameYear = year(range.from) === year(range.to)
  if (isWholeMonths(range)) {
    const a = monthName(range.from, lang)
    const b = `${monthName(range.to, lang)} ${year(range.to)}`
    return [sameYear ? a : `${a} ${year(range.from)}`, b]
  }
  const a = sameYear ? dayAndMonth(range.from, lang) : formatDate(range.from, lang)
  return [a, formatDate(range.to, lang)]
}

function isOneMonth(range: DateRange): boolean {
  return isWholeMonths(range) && range.from.slice(0, 7) === range.to.slice(0, 7)
}

/** The period as a title: "juli tot en met september 2026", "July 2026", "3 July to 14 August 2026". */
export function periodText(range: DateRange, lang: ReportLanguage): string {
  if (isOneMonth(range)) return `${monthName(range.from, lang)} ${year(range.from)}`
  if (range.from === range.to) return formatDate(range.from, lang)
  const [a, b] = ends(range, lang)
  return lang === 'nl' ? `${a} tot en met ${b}` : `${a} to ${b}`
}

/** The period opening a sentence: "In July 2026", "Between July and September 2026". */
export function periodPhrase(range: DateRange, lang: ReportLanguage): string {
  if (isOneMonth(range)) return `In ${monthName(range.from, lang)} ${year(range.from)}`
  if (range.from === range.to)
    return lang === 'nl'
      ? `Op ${formatDate(range.from, lang)}`
      : `On ${formatDate(range.from, lang)}`
  const [a, b] = ends(range, lang)
  return lang === 'nl' ? `Van ${a} tot en met ${b}` : `Between ${a} and ${b}`
}

/** A list in words: "X, Bluesky and Mastodon" / "X, Bluesky en Mastodon". */
export function listText(items: readonly string[], lang: ReportLanguage): string {
  return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(items)
}
