/**
 * The shapes parseXAnalyticsCsv returns for X's own analytics CSV exports: per-post rows
 * (legacy tweet activity export, current content export) and daily account rows (current
 * account overview export). Null always means "the export does not supply it", never zero.
 */

/** Which X export a file is. */
export type XCsvKind = 'legacy-tweets' | 'content' | 'overview'

/** One post (row) of the legacy tweet activity export or the current content export. */
export interface XCsvPost {
  /** X's numeric post id, as a string (ids do not fit a JavaScript number). */
  postId: string
  /** The post's link as exported (twitter.com or x.com), or null when the cell is empty. */
  url: string | null
  /**
   * When the post was published. Legacy exports give the minute in UTC. The content export gives
   * a calendar date only; it is stored as 12:00 UTC on that date (see dateOnly).
   */
  createdAt: Date
  /**
   * True when the export gave a calendar date without a time (content export). createdAt is then
   * 12:00 UTC on that date: noon UTC falls on the same calendar date in every timezone from
   * UTC-11 to UTC+11 (all of Europe included), so the date never shifts when shown locally.
   */
  dateOnly: boolean
  /** The post text as exported, trimmed, otherwise unchanged (replies start with @handle). */
  text: string
  impressions: number | null
  likes: number | null
  /** Legacy "retweets", current "Reposts". */
  reposts: number | null
  replies: number | null
  /** X's "engagements": all clicks and interactions on the post. */
  engagements: number | null
  /** Content export only; the legacy export has no bookmark column (null). */
  bookmarks: number | null
  /** No X export has a quote column: always null. */
  quotes: number | null
  /** Content export only ("Shares"). */
  shares: number | null
  /** Legacy "user profile clicks", current "Profile visits". */
  profileVisits: number | null
  urlClicks: number | null
  hashtagClicks: number | null
  detailExpands: number | null
  permalinkClicks: number | null
  /** Legacy "follows", current "New follows": follows that came from this post. */
  newFollows: number | null
  /** Legacy export only. */
  mediaViews: number | null
  /** Legacy export only. */
  mediaEngagements: number | null
}

/** One day of the account overview export. */
export interface XCsvDay {
  /** Calendar date as X shows it, YYYY-MM-DD. */
  day: string
  impressions: number | null
  likes: number | null
  engagements: number | null
  bookmarks: number | null
  shares: number | null
  newFollows: number | null
  unfollows: number | null
  replies: number | null
  reposts: number | null
  profileVisits: number | null
  /** "Create Post": posts published that day. Null in the 11-column variant. */
  postsCreated: number | null
  /** Null in the 11-column variant. */
  videoViews: number | null
  /** Null in the 11-column variant. */
  mediaViews: number | null
}

/**
 * The result of parsing one file. All or nothing: a single bad row rejects the whole file.
 * handle is the account's X username without "@" (e.g. "rOpenSci"), or null when the file does
 * not say which account it belongs to (the caller then has to ask).
 */
export type XCsvParseResult =
  | { ok: true; kind: 'legacy-tweets'; handle: string | null; posts: XCsvPost[] }
  | { ok: true; kind: 'content'; handle: string | null; posts: XCsvPost[] }
  | { ok: true; kind: 'overview'; days: XCsvDay[] }
  | { ok: false; error: string }
