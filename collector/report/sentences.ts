/**
 * The report's plain-language summary, generated from the figures in Dutch or English: how each
 * platform's audience moved over the period (growth, fall, unchanged, no earlier count, no count
 * at all), the share the alternatives to X hold of the combined audience, the interactions, and
 * whether the data have gaps. Pure: the same figures always give the same sentences.
 */
import type { ReportCombined, ReportLanguage, ReportPlatform } from '@crossreach/shared/api-report'
import type { DateRange } from '@crossreach/shared/periods'
import { PLATFORM_INFO, type Platform } from '@crossreach/shared/platforms'
import { formatCount, formatFraction, formatPercent, listText, periodPhrase } from './format.ts'

export interface SummaryInput {
  lang: ReportLanguage
  range: DateRange
  organisation: { name: string; kind: 'own' | 'peer' }
  platforms: readonly Pick<
    ReportPlatform,
    | 'platform'
    | 'followersStart'
    | 'followersEnd'
    | 'followersChange'
    | 'followersChangePct'
    | 'shareStart'
    | 'shareEnd'
  >[]
  combined: Pick<ReportCombined, 'posts' | 'interactions' | 'interactionsPrevious'>
  /** Accounts with days without a follower count or with failed collection. */
  accountsWithGaps: number
}

/** The alternatives first, then X: the report is about where the audience moves. */
const ORDER: readonly Platform[] = ['bluesky', 'mastodon', 'x']

type Movement =
  | { kind: 'grew' | 'fell'; pct: string | null; by: string; to: string }
  | { kind: 'unchanged' | 'noPrevious'; to: string }

function movement(p: SummaryInput['platforms'][number], lang: ReportLanguage): Movement | null {
  if (p.followersEnd === null) return null
  const to = formatCount(p.followersEnd, lang)
  if (p.followersStart === null || p.followersChange === null) return { kind: 'noPrevious', to }
  if (p.followersChange === 0) return { kind: 'unchanged', to }
  const pct =
    p.followersChangePct === null || Math.abs(p.followersChangePct) < 0.05
      ? null
      : formatPercent(Math.abs(p.followersChangePct), lang)
  const by = formatCount(Math.abs(p.followersChange), lang)
  return { kind: p.followersChange > 0 ? 'grew' : 'fell', pct, by, to }
}

const name = (p: Platform) => PLATFORM_INFO[p].name

/** English verb phrase: "grew 18% to 12,400", "stayed at 3,100". */
function enVerb(m: Movement): string {
  switch (m.kind) {
    case 'grew':
    case 'fell':
      return `${m.kind} ${m.pct ?? `by ${m.by}`} to ${m.to}`
    case 'unchanged':
      return `stayed at ${m.to}`
    case 'noPrevious':
      return `stood at ${m.to} (no earlier count to compare with)`
  }
}

/** Dutch verb and its complement, so the subject can go between: ["groeide", "met 18% tot 12.400"]. */
function nlVerb(m: Movement): [string, string] {
  switch (m.kind) {
    case 'grew':
    case 'fell':
      return [m.kind === 'grew' ? 'groeide' : 'daalde', `met ${m.pct ?? m.by} tot ${m.to}`]
    case 'unchanged':
      return ['bleef', `gelijk op ${m.to}`]
    case 'noPrevious':
      return ['was', `${m.to} (geen eerdere telling om mee te vergelijken)`]
  }
}

function followersSentence(input: SummaryInput): string | null {
  const { lang, organisation } = input
  const own = organisation.kind === 'own'
  const moved = ORDER.flatMap((platform) => {
    const p = input.platforms.find((q) => q.platform === platform)
    const m = p ? movement(p, lang) : null
    return m ? [{ platform, m }] : []
  })
  const [first, ...rest] = moved
  if (!first) return null
  const opening = periodPhrase(input.range, lang)
  if (lang === 'en') {
    const subject = own
      ? `our ${name(first.platform)} audience`
      : `the ${name(first.platform)} audience of ${organisation.name}`
    const clauses = [
      `${opening} ${subject} ${enVerb(first.m)}`,
      ...rest.map(({ platform, m }) => `on ${name(platform)} it ${enVerb(m)}`),
    ]
    return `${clauses.join('; ')}.`
  }
  const subject = own
    ? `ons publiek op ${name(first.platform)}`
    : `het publiek van ${organisation.name} op ${name(first.platform)}`
  const [verb, rest0] = nlVerb(first.m)
  const clauses = [
    `${opening} ${verb} ${subject} ${rest0}`,
    ...rest.map(({ platform, m }) => {
      const [v, r] = nlVerb(m)
      return `op ${name(platform)} ${v} het ${r}`
    }),
  ]
  return `${clauses.join('; ')}.`
}

function missingSentence(input: SummaryInput): string | null {
  const { lang } = input
  const missing = ORDER.filter((platform) =>
    input.platforms.some((p) => p.platform === platform && p.followersEnd === null),
  )
  if (missing.length === 0) return null
  if (missing.length === input.platforms.length) {
    return lang === 'nl'
      ? 'Er zijn geen volgertellingen in deze periode.'
      : 'There are no follower counts for this period.'
  }
  const names = listText(missing.map(name), lang)
  return lang === 'nl'
    ? `Voor ${names} is er geen volgertelling aan het eind van de periode.`
    : `There is no follower count for ${names} at the end of the period.`
}

function shareSentences(input: SummaryInput): string[] {
  const { lang, organisation } = input
  const own = organisation.kind === 'own'
  const withShare = input.platforms.filter((p) => p.shareEnd !== null)
  if (withShare.length < 2) return []
  const whole =
    lang === 'nl'
      ? own
        ? 'ons gecombineerde publiek'
        : `het gecombineerde publiek van ${organisation.name}`
      : own
        ? 'our combined audience'
        : `the combined audience of ${organisation.name}`
  return ORDER.filter((platform) => platform !== 'x').flatMap((platform) => {
    const p = withShare.find((q) => q.platform === platform)
    if (!p || p.shareEnd === null) return []
    const now = formatFraction(p.shareEnd, lang)
    const before = p.shareStart === null ? null : formatFraction(p.shareStart, lang)
    if (lang === 'nl') {
      const tail =
        before === null ? '' : before === now ? ' (evenveel als eerder)' : ` (was ${before})`
      return [`${name(platform)} heeft nu ${now} van ${whole}${tail}.`]
    }
    const tail =
      before === null
        ? ''
        : before === now
          ? ', unchanged'
          : `, ${p.shareEnd > (p.shareStart ?? 0) ? 'up' : 'down'} from ${before}`
    return [`${name(platform)} now holds ${now} of ${whole}${tail}.`]
  })
}

function interactionsSentence(input: SummaryInput): string | null {
  const { lang, organisation, combined } = input
  if (!combined.posts || combined.interactions === null) return null
  const own = organisation.kind === 'own'
  const one = combined.posts === 1
  const posts = formatCount(combined.posts, lang)
  const total = formatCount(combined.interactions, lang)
  const before = combined.interactionsPrevious
  if (lang === 'nl') {
    const subject = one
      ? own
        ? 'Ons ene bericht'
        : `Het ene bericht van ${organisation.name}`
      : own
        ? `Onze ${posts} berichten`
        : `De ${posts} berichten van ${organisation.name}`
    const verb = one ? 'kreeg' : 'kregen samen'
    const tail = before === null ? '' : `, tegen ${formatCount(before, lang)} in de vorige periode`
    return `${subject} uit deze periode ${verb} ${total} interacties${tail}.`
  }
  const subject = one
    ? own
      ? 'Our one post'
      : `The one post of ${organisation.name}`
    : own
      ? `Our ${posts} posts`
      : `The ${posts} posts of ${organisation.name}`
  const tail =
    before === null ? '' : `, against ${formatCount(before, lang)} in the previous period`
  return `${subject} in this period received ${total} interactions${one ? '' : ' in total'}${tail}.`
}

function gapsSentence(input: SummaryInput): string | null {
  const n = input.accountsWithGaps
  if (n === 0) return null
  if (input.lang === 'nl') {
    const who = n === 1 ? '1 account' : `${n} accounts`
    return `Voor ${who} ontbreken gegevens op een of meer dagen; zie ‘Gaten in de gegevens’.`
  }
  const who = n === 1 ? '1 account' : `${n} accounts`
  return `Data are missing on one or more days for ${who}; see ‘Data gaps’.`
}

export function summarySentences(input: SummaryInput): string[] {
  return [
    followersSentence(input),
    missingSentence(input),
    ...shareSentences(input),
    interactionsSentence(input),
    gapsSentence(input),
  ].filter((s): s is string => s !== null)
}
