/**
 * Recognising which X analytics export a CSV file is, from its header row, and finding each
 * column we read. Header names are matched case-insensitively, trimmed, BOM stripped.
 */
import type { XCsvKind } from './csv-types.ts'

export interface ColumnSpec {
  /** Accepted header names as the export spells them; the first is the one shown in messages. */
  names: readonly string[]
  required: boolean
}

const req = (...names: string[]): ColumnSpec => ({ names, required: true })
const opt = (...names: string[]): ColumnSpec => ({ names, required: false })

/** Legacy tweet activity export (40 columns; promoted columns and engagement rate not read). */
export const LEGACY_COLUMNS = {
  postId: req('Tweet id'),
  url: req('Tweet permalink'),
  text: req('Tweet text'),
  time: req('time'),
  impressions: req('impressions'),
  engagements: req('engagements'),
  reposts: req('retweets'),
  replies: req('replies'),
  // Exports from around 2015 say "favorites".
  likes: req('likes', 'favorites'),
  profileVisits: opt('user profile clicks'),
  urlClicks: opt('url clicks'),
  hashtagClicks: opt('hashtag clicks'),
  detailExpands: opt('detail expands'),
  permalinkClicks: opt('permalink clicks'),
  newFollows: opt('follows'),
  mediaViews: opt('media views'),
  mediaEngagements: opt('media engagements'),
} as const satisfies Record<string, ColumnSpec>

/** Current content (posts) export, 17 columns. */
export const CONTENT_COLUMNS = {
  postId: req('Post id'),
  date: req('Date'),
  text: req('Post text'),
  url: req('Post Link'),
  impressions: req('Impressions'),
  likes: req('Likes'),
  engagements: req('Engagements'),
  bookmarks: opt('Bookmarks'),
  shares: opt('Shares'),
  newFollows: opt('New follows'),
  replies: req('Replies'),
  reposts: req('Reposts'),
  profileVisits: opt('Profile visits'),
  detailExpands: opt('Detail Expands'),
  urlClicks: opt('URL Clicks'),
  hashtagClicks: opt('Hashtag Clicks'),
  permalinkClicks: opt('Permalink Clicks'),
} as const satisfies Record<string, ColumnSpec>

/** Current account overview export: 14 columns, or the 11-column variant ending at Profile visits. */
export const OVERVIEW_COLUMNS = {
  day: req('Date'),
  impressions: req('Impressions'),
  likes: req('Likes'),
  engagements: req('Engagements'),
  bookmarks: req('Bookmarks'),
  shares: req('Shares'),
  newFollows: req('New follows'),
  unfollows: req('Unfollows'),
  replies: req('Replies'),
  reposts: req('Reposts'),
  profileVisits: req('Profile visits'),
  postsCreated: opt('Create Post'),
  videoViews: opt('Video views'),
  mediaViews: opt('Media views'),
} as const satisfies Record<string, ColumnSpec>

export const KIND_LABEL: Record<XCsvKind, string> = {
  'legacy-tweets': 'older X tweet activity export',
  content: 'X content (posts) export',
  overview: 'X account overview export',
}

/** Where a column is in this file, and its name as the file spells it (for messages). */
export interface ColumnPlace {
  index: number
  header: string
}
export type ColumnPlaces<K extends string> = Partial<Record<K, ColumnPlace>>

export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
}

/** The kind a header row belongs to, or null when it is none of the three. */
export function detectKind(header: readonly string[]): XCsvKind | null {
  const names = new Set(header.map(normaliseHeader))
  if (names.has('tweet permalink') || names.has('tweet id')) return 'legacy-tweets'
  if (names.has('post id') || names.has('post link')) return 'content'
  if (names.has('date') && names.has('new follows') && names.has('unfollows')) return 'overview'
  return null
}

/**
 * Finds every column of `specs` in the header. Returns the places, or the list of required
 * columns that are missing (named as the export spells them).
 */
export function placeColumns<K extends string>(
  header: readonly string[],
  specs: Record<K, ColumnSpec>,
): { places: ColumnPlaces<K>; missing: string[] } {
  const byName = new Map<string, number>()
  header.forEach((cell, index) => {
    const name = normaliseHeader(cell)
    if (!byName.has(name)) byName.set(name, index)
  })
  const places: ColumnPlaces<K> = {}
  const missing: string[] = []
  for (const key of Object.keys(specs) as K[]) {
    const spec = specs[key]
    const index = spec.names.map((n) => byName.get(n.toLowerCase())).find((i) => i !== undefined)
    if (index !== undefined) places[key] = { index, header: (header[index] ?? '').trim() }
    else if (spec.required) missing.push(spec.names[0] ?? '')
  }
  return { places, missing }
}

/** The message for a file that is none of the three exports. */
export function unknownKindMessage(header: readonly string[]): string {
  const found = header
    .slice(0, 5)
    .map((h) => `"${normaliseHeaderForDisplay(h)}"`)
    .join(', ')
  return (
    'This file is not an X Analytics export that crossreach can read. Expected one of: ' +
    'the content (posts) export with columns "Post id, Date, Post text, Post Link, Impressions, Likes, …"; ' +
    'the account overview export with columns "Date, Impressions, Likes, Engagements, …, New follows, Unfollows, …"; ' +
    'or the older tweet activity export with columns "Tweet id, Tweet permalink, Tweet text, time, impressions, …". ' +
    `This file starts with the columns ${found}${header.length > 5 ? ', …' : ''}. ` +
    (header.length === 1 && /[;\t]/.test(header[0] ?? '')
      ? 'Its columns are separated by semicolons or tabs, so a spreadsheet program has saved it again. '
      : '') +
    'Download the export from X Analytics with X set to English, and upload the .csv file unchanged.'
  )
}

function normaliseHeaderForDisplay(cell: string): string {
  const s = cell.replace(/^\uFEFF/, '').trim()
  return s.length > 40 ? `${s.slice(0, 40)}…` : s
}
