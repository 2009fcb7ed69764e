/**
 * Mastodon payloads (as masto hands them over: camelCased REST entities) → crossreach's
 * normalised shapes. Pure functions: shape checks, HTML → plain text, counts where negative
 * means hidden and absent means not supplied, and the X-RateLimit-* headers.
 */
import { compile } from 'html-to-text'
import { z } from 'zod'
import type { PostKind } from '@crossreach/shared/platforms'
import type { RateHeaders } from '../../net/host-gate.ts'
import { InvalidResponseError, parseRetryAfter } from '../errors.ts'
import type { CollectedPost, ProfileCounts, ResolvedAccount } from '../types.ts'

const optionalCount = z.number().nullish()

const accountSchema = z.object({
  id: z.string().min(1),
  username: z.string().min(1),
  url: z.string().nullish(),
  displayName: z.string().nullish(),
  followersCount: optionalCount,
  followingCount: optionalCount,
  statusesCount: optionalCount,
  /** A date only ("2019-11-17") since Mastodon 3.1, or null without posts; masto types it string. */
  lastStatusAt: z.string().nullish(),
  suspended: z.boolean().nullish(),
})
export type MastodonAccount = z.infer<typeof accountSchema>

const statusSchema = z.object({
  id: z.string().min(1),
  uri: z.string().nullish(),
  url: z.string().nullish(),
  createdAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
  inReplyToId: z.string().nullish(),
  /** A Quote entity (4.4+) when this status quotes another one. */
  quote: z.unknown().optional(),
  /** Set on boosts; they are excluded by the request, and skipped here if one slips through. */
  reblog: z.unknown().optional(),
  content: z.string().nullish(),
  spoilerText: z.string().nullish(),
  language: z.string().nullish(),
  mediaAttachments: z.array(z.unknown()).nullish(),
  favouritesCount: optionalCount,
  reblogsCount: optionalCount,
  repliesCount: optionalCount,
  /** Mastodon 4.5+ only: absent on older servers. */
  quotesCount: optionalCount,
})
export type MastodonStatus = z.infer<typeof statusSchema>

function shapeError(host: string, what: string, cause: unknown): InvalidResponseError {
  return new InvalidResponseError(
    `${host} sent ${what} in a shape crossreach does not understand. The instance may run software other than Mastodon; try again later or report it.`,
    { transient: false, cause },
  )
}

export function parseAccount(data: unknown, host: string): MastodonAccount {
  const parsed = accountSchema.safeParse(data)
  if (!parsed.success) throw shapeError(host, 'an account', parsed.error)
  return parsed.data
}

export function parseStatuses(data: unknown, host: string): MastodonStatus[] {
  const parsed = z.array(statusSchema).safeParse(data)
  if (!parsed.success) throw shapeError(host, 'a list of posts', parsed.error)
  return parsed.data
}

/** Negative counts mean the owner hides them; absent means the server does not report them. */
export function countOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null
}

export function toResolvedAccount(account: MastodonAccount, host: string): ResolvedAccount {
  return {
    platformId: account.id,
    handle: `@${account.username}@${host}`,
    displayName: account.displayName || null,
    profileUrl: account.url ?? null,
    instance: host,
  }
}

export function toProfileCounts(account: MastodonAccount, host: string): ProfileCounts {
  return {
    followers: countOrNull(account.followersCount),
    following: countOrNull(account.followingCount),
    postsCount: countOrNull(account.statusesCount),
    handle: `@${account.username}@${host}`,
    displayName: account.displayName || null,
  }
}

export function statusKind(status: MastodonStatus): PostKind {
  if (status.inReplyToId) return 'reply'
  if (status.quote !== undefined && status.quote !== null) return 'quote'
  return 'original'
}

const convertHtml = compile({
  wordwrap: false,
  selectors: [
    // Links read as their text (Mastodon's text already holds the full URL, split over spans).
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    ...(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const).map((selector) => ({
      selector,
      options: { uppercase: false },
    })),
  ],
})

/** Status HTML → readable plain text: paragraphs become blank lines, <br> a newline. */
export function htmlToPlainText(html: string): string {
  return convertHtml(html).trim()
}

export function statusText(status: MastodonStatus): string {
  const body = htmlToPlainText(status.content ?? '')
  const spoiler = status.spoilerText?.trim()
  if (!spoiler) return body
  return body ? `${spoiler}\n\n${body}` : spoiler
}

export function toCollectedPost(status: MastodonStatus): CollectedPost {
  return {
    postId: status.id,
    url: status.url ?? status.uri ?? null,
    createdAt: new Date(status.createdAt),
    kind: statusKind(status),
    text: statusText(status),
    lang: status.language ?? null,
    hasMedia: (status.mediaAttachments?.length ?? 0) > 0,
    counts: {
      likes: countOrNull(status.favouritesCount),
      reposts: countOrNull(status.reblogsCount),
      replies: countOrNull(status.repliesCount),
      quotes: countOrNull(status.quotesCount),
      bookmarks: null,
      impressions: null,
    },
  }
}

function headerNumber(headers: Headers, name: string): number | undefined {
  const value = headers.get(name)
  if (value === null || !/^\d+$/.test(value.trim())) return undefined
  return Number(value)
}

/** X-RateLimit-Limit/-Remaining, and -Reset as an ISO 8601 time (with microseconds). */
export function parseRateHeaders(headers: Headers): RateHeaders | undefined {
  const limit = headerNumber(headers, 'x-ratelimit-limit')
  const remaining = headerNumber(headers, 'x-ratelimit-remaining')
  const reset = headers.get('x-ratelimit-reset')
  const resetAt = reset ? Date.parse(reset) : Number.NaN
  if (limit === undefined && remaining === undefined && Number.isNaN(resetAt)) return undefined
  return { limit, remaining, resetAt: Number.isNaN(resetAt) ? undefined : resetAt }
}

/** How long the server asked to wait: Retry-After, else until X-RateLimit-Reset. */
export function waitFromHeaders(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = parseRetryAfter(headers.get('retry-after'), now)
  if (retryAfter !== undefined) return retryAfter
  const resetAt = parseRateHeaders(headers)?.resetAt
  return resetAt === undefined ? undefined : Math.max(0, resetAt - now)
}
