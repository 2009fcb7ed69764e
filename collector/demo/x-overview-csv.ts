/**
 * The own X account's "account overview" export for the demo: one row per day (newest first, in
 * X's own format), whose new follows minus unfollows equal the day's change in the generated
 * follower series, and whose likes, reposts and impressions come from that day's posts. The demo
 * imports it through the real import action, as a comms officer would.
 */
import { DAY, isoDay } from './calendar.ts'
import type { DemoAccount } from './accounts.ts'
import type { DemoPost } from './posting.ts'
import type { Prng } from './prng.ts'
import type { Span } from './timeline.ts'

const HEADER =
  'Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,Reposts,Profile visits,Create Post,Video views,Media views'
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export function xOverviewCsv(
  account: DemoAccount,
  posts: readonly DemoPost[],
  days: Span,
  rng: Prng,
): { fileName: string; content: string; days: number } {
  const lines: string[] = []
  for (let day = days.from; day <= days.to; day += DAY) {
    const net = account.followers.netChange(day)
    if (net === null) continue
    const followers = account.followers.at(day) ?? account.spec.followers.start
    const gross = Math.max(net + rng.int(0, 3), rng.poisson(followers * 0.0009))
    const today = posts.filter((p) => p.createdAt >= day && p.createdAt < day + DAY)
    const sum = (pick: (p: DemoPost) => number) => today.reduce((n, p) => n + pick(p), 0)
    const impressions =
      sum((p) => p.totals.impressions) + Math.round(followers * 0.04 * rng.logNormalMeanOne(0.5))
    const likes = sum((p) => p.totals.likes)
    const replies = sum((p) => p.totals.replies)
    const reposts = sum((p) => p.totals.reposts)
    const bookmarks = sum((p) => p.totals.bookmarks)
    const clicks = Math.round(impressions * rng.range(0.003, 0.008))
    const mediaViews = Math.round(sum((p) => (p.hasMedia ? p.totals.impressions : 0)) * 0.3)
    lines.push(
      [
        `"${xDate(day)}"`,
        impressions,
        likes,
        likes + replies + reposts + bookmarks + clicks,
        bookmarks,
        Math.round(reposts * 0.1),
        gross,
        gross - net,
        replies,
        reposts,
        Math.round(impressions * rng.range(0.004, 0.009)),
        today.length,
        Math.round(mediaViews * 0.15),
        mediaViews,
      ].join(','),
    )
  }
  const fileName = `account_overview_analytics_${isoDay(days.from)}_${isoDay(days.to)}.csv`
  return { fileName, content: [HEADER, ...lines.reverse()].join('\n') + '\n', days: lines.length }
}

/** "Thu, Sep 11, 2025", as X writes dates in its exports. */
function xDate(ms: number): string {
  const d = new Date(ms)
  return `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
}
