/**
 * The tables behind a report, with headers in the report's language: followers, engagement, the
 * chart series, top posts and gaps. CSV and XLSX exports are made from these; numbers stay raw
 * (shares as fractions 0 to 1), a missing count stays empty, a metric a platform does not supply
 * says so.
 */
import type { ReportBody, ReportTable } from '@crossreach/shared/api-report'
import { METRICS } from '@crossreach/shared/metrics'
import { PLATFORM_INFO } from '@crossreach/shared/platforms'

const WORDS = {
  nl: {
    followers: 'Volgers per platform',
    engagement: 'Interacties per platform',
    series: 'Volgers en aandeel per periode',
    topPosts: 'Berichten met de meeste interacties na 7 dagen',
    topPostsSheet: 'Topberichten na 7 dagen',
    gaps: 'Gaten in de gegevens',
    platform: 'Platform',
    accounts: 'Accounts',
    account: 'Account',
    start: 'Volgers aan het begin',
    end: 'Volgers aan het eind',
    change: 'Verandering',
    changePct: 'Verandering (%)',
    shareStart: 'Aandeel aan het begin',
    shareEnd: 'Aandeel aan het eind',
    measured: 'Berichten gemeten na 7 dagen',
    periodStart: 'Begin van de periode',
    published: 'Geplaatst (UTC)',
    text: 'Tekst',
    link: 'Link',
    missingDays: 'Dagen zonder volgertelling',
    missingRanges: 'Perioden zonder volgertelling',
    failedDays: 'Dagen met een mislukte verzameling',
    notAvailable: (p: string) => `niet beschikbaar op ${p}`,
    to: 't/m',
  },
  en: {
    followers: 'Followers per platform',
    engagement: 'Interactions per platform',
    series: 'Followers and share per period',
    topPosts: 'Posts with the most interactions at 7 days',
    topPostsSheet: 'Top posts at 7 days',
    gaps: 'Data gaps',
    platform: 'Platform',
    accounts: 'Accounts',
    account: 'Account',
    start: 'Followers at start',
    end: 'Followers at end',
    change: 'Change',
    changePct: 'Change (%)',
    shareStart: 'Share at start',
    shareEnd: 'Share at end',
    measured: 'Posts measured at 7 days',
    periodStart: 'Period start',
    published: 'Published (UTC)',
    text: 'Text',
    link: 'Link',
    missingDays: 'Days without a follower count',
    missingRanges: 'Periods without a follower count',
    failedDays: 'Days with a failed collection',
    notAvailable: (p: string) => `not available on ${p}`,
    to: 'to',
  },
}

export function reportTables(report: ReportBody): ReportTable[] {
  const w = WORDS[report.lang]
  const label = (key: keyof typeof METRICS) => METRICS[key].label[report.lang]
  const name = (p: keyof typeof PLATFORM_INFO) => PLATFORM_INFO[p].name
  const platforms = report.platforms.map((p) => p.platform)
  return [
    {
      id: 'followers',
      title: w.followers,
      columns: [
        w.platform,
        w.accounts,
        w.start,
        w.end,
        w.change,
        w.changePct,
        w.shareStart,
        w.shareEnd,
      ],
      rows: report.platforms.map((p) => [
        name(p.platform),
        p.accounts,
        p.followersStart,
        p.followersEnd,
        p.followersChange,
        p.followersChangePct,
        p.shareStart,
        p.shareEnd,
      ]),
    },
    {
      id: 'engagement',
      title: w.engagement,
      columns: [
        w.platform,
        label('posts'),
        label('interactions'),
        label('interactionsPerPost'),
        label('interactionsPer1kFollowers'),
        label('interactionsAt7Days'),
        w.measured,
        label('impressions'),
      ],
      rows: report.platforms.map((p) => [
        name(p.platform),
        p.posts,
        p.interactions,
        p.interactionsPerPost,
        p.interactionsPer1kFollowers,
        p.interactionsAt7Days,
        p.postsMeasuredAt7Days,
        p.impressionsAvailable ? p.impressions : w.notAvailable(name(p.platform)),
      ]),
    },
    {
      id: 'series',
      title: w.series,
      columns: [
        w.periodStart,
        ...platforms.map((p) => `${label('followers')} ${name(p)}`),
        ...platforms.map((p) => `${label('audienceShare')} ${name(p)}`),
      ],
      rows: report.series.buckets.map((bucket, i) => [
        bucket,
        ...platforms.map((p) => report.series.followers[p]?.[i] ?? null),
        ...platforms.map((p) => report.series.audienceShare[p]?.[i] ?? null),
      ]),
    },
    {
      id: 'top-posts',
      title: w.topPosts,
      sheet: w.topPostsSheet,
      columns: [
        w.platform,
        w.account,
        w.published,
        w.text,
        label('interactionsAt7Days'),
        label('interactions'),
        w.link,
      ],
      rows: report.topPosts.map((p) => [
        name(p.platform),
        p.handle,
        p.createdAt.slice(0, 16).replace('T', ' '),
        p.text,
        p.interactionsAt7Days,
        p.interactions,
        p.url,
      ]),
    },
    {
      id: 'gaps',
      title: w.gaps,
      columns: [w.platform, w.account, w.missingDays, w.missingRanges, w.failedDays],
      rows: report.gaps.map((g) => [
        name(g.platform),
        g.handle,
        g.missingDays.length,
        g.missingRanges
          .map((r) => (r.from === r.to ? r.from : `${r.from} ${w.to} ${r.to}`))
          .join(', '),
        g.failedDays.length,
      ]),
    },
  ]
}
