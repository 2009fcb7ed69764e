/**
 * Rows of the current account overview export: one calendar day per row, newest first, with
 * daily new follows and unfollows but no follower total (see csv-reconstruct.ts for that).
 */
import { readCalendarDay } from './csv-cells.ts'
import type { OVERVIEW_COLUMNS } from './csv-detect.ts'
import type { CsvRow } from './csv-row.ts'
import type { XCsvDay } from './csv-types.ts'

export type OverviewColumn = keyof typeof OVERVIEW_COLUMNS

export function overviewDay(row: CsvRow<OverviewColumn>): XCsvDay {
  return {
    day: row.required('day', readCalendarDay),
    impressions: row.count('impressions'),
    likes: row.count('likes'),
    engagements: row.count('engagements'),
    bookmarks: row.count('bookmarks'),
    shares: row.count('shares'),
    newFollows: row.count('newFollows'),
    unfollows: row.count('unfollows'),
    replies: row.count('replies'),
    reposts: row.count('reposts'),
    profileVisits: row.count('profileVisits'),
    postsCreated: row.count('postsCreated'),
    videoViews: row.count('videoViews'),
    mediaViews: row.count('mediaViews'),
  }
}
