/**
 * Rows of the legacy tweet activity export (`tweet_activity_metrics_<handle>_<from>_<to>_<lang>.csv`):
 * one tweet per row, time in UTC to the minute, counts written as floats ("3423.0").
 */
import { readLegacyTime, readPostId } from './csv-cells.ts'
import type { LEGACY_COLUMNS } from './csv-detect.ts'
import type { CsvRow } from './csv-row.ts'
import type { XCsvPost } from './csv-types.ts'

export type LegacyColumn = keyof typeof LEGACY_COLUMNS

export function legacyPost(row: CsvRow<LegacyColumn>): XCsvPost {
  return {
    postId: row.required('postId', readPostId),
    url: row.raw('url')?.trim() || null,
    createdAt: row.required('time', readLegacyTime),
    dateOnly: false,
    text: (row.raw('text') ?? '').trim(),
    impressions: row.count('impressions'),
    likes: row.count('likes'),
    reposts: row.count('reposts'),
    replies: row.count('replies'),
    engagements: row.count('engagements'),
    bookmarks: null,
    quotes: null,
    shares: null,
    profileVisits: row.count('profileVisits'),
    urlClicks: row.count('urlClicks'),
    hashtagClicks: row.count('hashtagClicks'),
    detailExpands: row.count('detailExpands'),
    permalinkClicks: row.count('permalinkClicks'),
    newFollows: row.count('newFollows'),
    mediaViews: row.count('mediaViews'),
    mediaEngagements: row.count('mediaEngagements'),
  }
}
