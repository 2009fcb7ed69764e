/**
 * The three platforms crossreach compares, what each one supplies, and how they are shown.
 * Everything that differs between platforms in the UI or in the SQL reads from this table.
 */

export const PLATFORMS = ['x', 'bluesky', 'mastodon'] as const
export type Platform = (typeof PLATFORMS)[number]

/** Where a snapshot came from. A follower count typed in by hand is as first-class as an API read. */
export const SOURCES = ['api', 'csv', 'manual'] as const
export type Source = (typeof SOURCES)[number]

/** Per-post interaction counts a platform may report. Null means "not supplied", never zero. */
export const POST_METRICS = [
  'likes',
  'reposts',
  'replies',
  'quotes',
  'bookmarks',
  'impressions',
] as const
export type PostMetric = (typeof POST_METRICS)[number]

export interface PlatformInfo {
  readonly key: Platform
  readonly name: string
  /** Colour used for the platform's series (paired with a line style, never alone). */
  readonly colour: string
  /** Post metrics the platform's public data supplies. */
  readonly postMetrics: readonly PostMetric[]
  /** Whether collection costs money per read. */
  readonly paidReads: boolean
}

export const PLATFORM_INFO: Record<Platform, PlatformInfo> = {
  x: {
    key: 'x',
    name: 'X',
    colour: '#1f1f1f',
    postMetrics: ['likes', 'reposts', 'replies', 'quotes', 'bookmarks', 'impressions'],
    paidReads: true,
  },
  bluesky: {
    key: 'bluesky',
    name: 'Bluesky',
    colour: '#0a66d8',
    postMetrics: ['likes', 'reposts', 'replies', 'quotes', 'bookmarks'],
    paidReads: false,
  },
  mastodon: {
    key: 'mastodon',
    name: 'Mastodon',
    colour: '#5b44c9',
    // Mastodon's public API has no bookmark count; quotes_count exists from 4.5.0 only.
    postMetrics: ['likes', 'reposts', 'replies', 'quotes'],
    paidReads: false,
  },
}

export function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value)
}

/** What kind of post a row is. Reposts of other people's posts are never collected. */
export const POST_KINDS = ['original', 'reply', 'quote'] as const
export type PostKind = (typeof POST_KINDS)[number]
