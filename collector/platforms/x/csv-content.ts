/**
 * Rows of the current content export (`account_analytics_content_<from>_<to>.csv`): one post per
 * row, including the account's replies, with a calendar date but no time of day.
 */
import { noonUtc, readCalendarDay, readPostId } from './csv-cells.ts'
import type { CONTENT_COLUMNS } from './csv-detect.ts'
import type { CsvRow } from './csv-row.ts'
import type { XCsvPost } from './csv-types.ts'

export type ContentColumn = keyof typeof CONTENT_COLUMNS

export function contentPost(row: CsvRow<ContentColumn>): XCsvPost {
  return {
    postId: row.required('postId', readPostId),
    url: row.raw('url')?.trim() || null,
    // Date only: noon UTC keeps the calendar date in every European timezone (see XCsvPost).
    createdAt: noonUtc(row.required('date', readCalendarDay)),
    dateOnly: true,
    text: (row.raw('text') ?? '').trim(),
    impressions: row.count('impressions'),
    likes: row.count('likes'),
    reposts: row.count('reposts'),
    replies: row.count('replies'),
    engagements: row.count('engagements'),
    bookmarks: row.count('bookmarks'),
    quotes: null,
    shares: row.count('shares'),
    profileVisits: row.count('profileVisits'),
    urlClicks: row.count('urlClicks'),
    hashtagClicks: row.count('hashtagClicks'),
    detailExpands: row.count('detailExpands'),
    permalinkClicks: row.count('permalinkClicks'),
    newFollows: row.count('newFollows'),
    mediaViews: null,
    mediaEngagements: null,
  }
}
