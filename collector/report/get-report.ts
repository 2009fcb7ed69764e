/**
 * The council report of one organisation over a period, callable without HTTP: the figures
 * pipeline (getFigures) for the totals and the chart series, the post list for the top posts,
 * the gaps query, then the plain-language summary in the chosen language.
 */
import type { FiguresBody } from '@crossreach/shared/api'
import type {
  ReportBody,
  ReportCombined,
  ReportDefinition,
  ReportLanguage,
  ReportPlatform,
} from '@crossreach/shared/api-report'
import { METRICS, type MetricKey } from '@crossreach/shared/metrics'
import { utcDate, type DateRange } from '@crossreach/shared/periods'
import { PLATFORMS, type Platform } from '@crossreach/shared/platforms'
import { ActionError } from '../actions/action-error.ts'
import { getFigures } from '../figures/get-figures.ts'
import { resolveSelection, type Selection } from '../figures/selection.ts'
import type { Store } from '../store/db.ts'
import { getLastDataDate } from '../store/queries/get-last-data-date.ts'
import { getOrganisations } from '../store/queries/get-organisations.ts'
import { getPostList } from '../store/queries/get-post-list.ts'
import { getReportGaps } from '../store/queries/get-report-gaps.ts'
import { periodText } from './format.ts'
import { gapsText, shapeGaps } from './gaps.ts'
import { lastFullQuarter, reportGrain } from './period.ts'
import { summarySentences } from './sentences.ts'

export const TOP_POSTS = 10

/** The metrics a report shows, in the order its definitions are listed. */
export const REPORT_METRICS: readonly MetricKey[] = [
  'followers',
  'netFollowerChange',
  'audienceShare',
  'posts',
  'interactions',
  'interactionsPerPost',
  'interactionsPer1kFollowers',
  'interactionsAt7Days',
  'impressions',
]

export interface ReportRequest {
  organisation?: 'own' | number | undefined
  from?: string | undefined
  to?: string | undefined
  lang: ReportLanguage
}

async function resolveOrganisation(store: Store, wanted: 'own' | number) {
  const all = await getOrganisations(store)
  const found =
    wanted === 'own'
      ? all.filter((o) => o.kind === 'own').sort((a, b) => a.id - b.id)[0]
      : all.find((o) => o.id === wanted)
  if (!found) {
    throw new ActionError(
      'not_found',
      wanted === 'own'
        ? 'There is no own organisation yet; give organisation=<id> (see /api/organisations) or add your accounts with --org.'
        : `There is no organisation with id ${wanted}; see the ids at /api/organisations.`,
    )
  }
  return { id: found.id, name: found.name, kind: found.kind }
}

async function resolveRange(
  store: Store,
  organisationId: number,
  request: ReportRequest,
  now: Date,
): Promise<{ range: DateRange; source: ReportBody['rangeSource'] }> {
  if (request.from && request.to)
    return { range: { from: request.from, to: request.to }, source: 'query' }
  if (request.from || request.to) {
    throw new ActionError(
      'invalid_input',
      'Give both from and to, or neither for the last full quarter in the data.',
    )
  }
  const last = (await getLastDataDate(store, organisationId)) ?? utcDate(now)
  return { range: lastFullQuarter(last), source: 'lastFullQuarter' }
}

function platformRow(p: FiguresBody['platforms'][number]): ReportPlatform {
  const t = p.totals
  return {
    platform: p.platform,
    accounts: p.accounts,
    followersStart: t.followers.previous,
    followersEnd: t.followers.value,
    followersChange: t.followers.change,
    followersChangePct: t.followers.changePct,
    shareStart: t.audienceShare.previous,
    shareEnd: t.audienceShare.value,
    posts: t.posts.value,
    interactions: t.interactions.value,
    interactionsPerPost: t.interactionsPerPost.value,
    interactionsPer1kFollowers: t.interactionsPer1kFollowers.value,
    interactionsAt7Days: t.interactionsAt7Days.value,
    postsMeasuredAt7Days: p.postsMeasured.value,
    impressions: t.impressions.value,
    impressionsAvailable: t.impressions.available,
  }
}

function combinedRow(figures: FiguresBody): ReportCombined {
  const t = figures.combined.totals
  return {
    followersStart: t.followers.previous,
    followersEnd: t.followers.value,
    followersChange: t.followers.change,
    followersChangePct: t.followers.changePct,
    posts: t.posts.value,
    interactions: t.interactions.value,
    interactionsPrevious: t.interactions.previous,
    interactionsPerPost: t.interactionsPerPost.value,
    interactionsPer1kFollowers: t.interactionsPer1kFollowers.value,
  }
}

export function reportDefinitions(lang: ReportLanguage): ReportDefinition[] {
  return REPORT_METRICS.map((key) => ({
    key,
    label: METRICS[key].label[lang],
    explanation: METRICS[key].explanation[lang],
    formula: METRICS[key].formula[lang],
  }))
}

export async function getReport(
  store: Store,
  request: ReportRequest,
  now: Date,
): Promise<ReportBody> {
  const organisation = await resolveOrganisation(store, request.organisation ?? 'own')
  const { range, source } = await resolveRange(store, organisation.id, request, now)
  // Same checks as every figures query (order, length), on the organisation's accounts.
  const selection: Selection = resolveSelection(
    { from: range.from, to: range.to, organisation: organisation.id },
    now,
  )
  const grain = reportGrain(range)
  // Three independent reads, run side by side on the store's read connections.
  const [figures, posts, gapRows] = await Promise.all([
    getFigures(store, selection, grain),
    getPostList(store, selection, {
      sort: 'interactionsAt7Days',
      order: 'desc',
      limit: TOP_POSTS,
      offset: 0,
    }),
    getReportGaps(store, organisation.id, range),
  ])
  const gaps = shapeGaps(gapRows)
  const platforms = figures.platforms.map(platformRow)
  const combined = combinedRow(figures)
  const present = PLATFORMS.filter((p) => figures.platforms.some((q) => q.platform === p))
  const seriesOf = (metric: 'followers' | 'audienceShare') =>
    Object.fromEntries(figures.platforms.map((p) => [p.platform, p.series[metric]])) as Partial<
      Record<Platform, (number | null)[]>
    >
  const { lang } = request
  return {
    organisation,
    lang,
    range,
    previousRange: figures.previousRange,
    rangeSource: source,
    periodText: periodText(range, lang),
    summary: summarySentences({
      lang,
      range,
      organisation,
      platforms,
      combined,
      accountsWithGaps: gaps.length,
    }),
    platforms: present.flatMap((p) => platforms.filter((q) => q.platform === p)),
    combined,
    series: {
      grain,
      buckets: figures.buckets,
      followers: seriesOf('followers'),
      audienceShare: seriesOf('audienceShare'),
    },
    topPosts: posts.posts.filter((p) => p.interactionsAt7Days !== null),
    definitions: reportDefinitions(lang),
    gaps,
    gapsText: gapsText(gaps, lang),
  }
}
