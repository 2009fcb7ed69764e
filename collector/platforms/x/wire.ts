/**
 * The X API v2 wire format (snake_case JSON), parsed defensively with zod: users, posts, problems
 * (the `errors` X sends beside or instead of data), paging meta, and the resources X bills for.
 * Both field-name eras are accepted: tweet_count / post_count, retweet_count / repost_count,
 * referenced_tweets / referenced_posts.
 */
import { z } from 'zod'
import {
  AccountNotFoundError,
  AccountSuspendedError,
  InvalidResponseError,
  PlatformError,
} from '../errors.ts'

/** A count, or null when absent or not a non-negative number ("not supplied", never 0). */
const count = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.trunc(v) : null))
const optionalText = z.string().optional().catch(undefined)

const problemSchema = z.object({
  title: optionalText,
  detail: optionalText,
  type: optionalText,
  resource_type: optionalText,
  resource_id: optionalText,
  message: optionalText,
})
export type XProblem = z.infer<typeof problemSchema>

const userSchema = z.object({
  id: z.string().regex(/^\d{1,20}$/),
  // 15 characters today; some early accounts kept longer names.
  username: z.string().regex(/^[A-Za-z0-9_]{1,50}$/),
  name: z.string().nullish().catch(null),
  public_metrics: z
    .object({
      followers_count: count,
      following_count: count,
      tweet_count: count,
      post_count: count,
    })
    .nullish()
    .catch(null),
})
export type XUser = z.infer<typeof userSchema>

const referenceSchema = z.object({ type: z.string(), id: z.string() })
const postSchema = z.object({
  id: z.string().regex(/^\d{1,20}$/),
  text: z.string().catch(''),
  created_at: optionalText,
  conversation_id: optionalText,
  in_reply_to_user_id: optionalText,
  referenced_tweets: z.array(referenceSchema).optional().catch(undefined),
  referenced_posts: z.array(referenceSchema).optional().catch(undefined),
  lang: optionalText,
  attachments: z
    .object({ media_keys: z.array(z.string()).nullish().catch(null) })
    .nullish()
    .catch(null),
  public_metrics: z
    .object({
      like_count: count,
      retweet_count: count,
      repost_count: count,
      reply_count: count,
      quote_count: count,
      bookmark_count: count,
      impression_count: count,
    })
    .nullish()
    .catch(null),
})
export type XPost = z.infer<typeof postSchema>

const problemsSchema = z.array(z.unknown()).optional().catch(undefined)
const envelopeSchema = z.object({
  data: z.unknown().optional(),
  errors: problemsSchema,
  meta: z
    .object({ next_token: z.string().optional().catch(undefined) })
    .optional()
    .catch(undefined),
  includes: z.record(z.string(), z.unknown()).optional().catch(undefined),
})

function envelope(body: unknown): z.infer<typeof envelopeSchema> {
  const parsed = envelopeSchema.safeParse(body)
  if (!parsed.success)
    throw new InvalidResponseError('X answered with something that is not an API v2 response', {
      transient: false,
    })
  return parsed.data
}

function problemsOf(raw: unknown[] | undefined): XProblem[] {
  return (raw ?? []).flatMap((p) => {
    const parsed = problemSchema.safeParse(p)
    return parsed.success ? [parsed.data] : []
  })
}

/** How a user lookup failed, from the `errors` X sends with a 200 and no data. */
export function userProblemError(problems: readonly XProblem[], subject: string): PlatformError {
  const text = problems
    .map((p) => `${p.title ?? ''} ${p.detail ?? ''} ${p.message ?? ''}`)
    .join(' ')
    .toLowerCase()
  if (text.includes('suspended'))
    return new AccountSuspendedError(`X has suspended the account ${subject}.`)
  if (text.includes('not authorized') || text.includes('protected')) {
    return new PlatformError(
      'auth_required',
      `The X account ${subject} is protected; its counts are not public.`,
    )
  }
  if (
    text.includes('not found') ||
    text.includes('could not find') ||
    problems.some((p) => p.type?.endsWith('/resource-not-found'))
  ) {
    return new AccountNotFoundError(
      `X has no account ${subject}. Check the handle, or whether the account was deleted.`,
    )
  }
  const detail = problems[0]?.detail ?? problems[0]?.title ?? 'no data and no explanation'
  return new InvalidResponseError(`X could not return the account ${subject}: ${detail}`, {
    transient: false,
  })
}

/** The user in a users-lookup answer; throws not found / suspended / invalid. */
export function userFromResponse(body: unknown, subject: string): XUser {
  const env = envelope(body)
  if (env.data === undefined || env.data === null)
    throw userProblemError(problemsOf(env.errors), subject)
  const parsed = userSchema.safeParse(env.data)
  if (!parsed.success)
    throw new InvalidResponseError(`X sent an unreadable user record for ${subject}`, {
      transient: false,
    })
  return parsed.data
}

export interface PostsPage {
  posts: XPost[]
  /** Objects in `data` that were not readable posts (left out). */
  unreadable: number
  nextToken: string | undefined
  problems: XProblem[]
}

/** A timeline page or a posts lookup: the readable posts, the next token, and any problems. */
export function postsPage(body: unknown): PostsPage {
  const env = envelope(body)
  if (env.data !== undefined && !Array.isArray(env.data)) {
    throw new InvalidResponseError('X sent a posts answer whose data is not a list', {
      transient: false,
    })
  }
  const posts: XPost[] = []
  let unreadable = 0
  for (const item of env.data ?? []) {
    const parsed = postSchema.safeParse(item)
    if (parsed.success) posts.push(parsed.data)
    else unreadable++
  }
  return {
    posts,
    unreadable,
    nextToken: env.meta?.next_token || undefined,
    problems: problemsOf(env.errors),
  }
}

/** User and post objects in an answer (data and includes): what X bills for. */
export function billedResources(
  body: unknown,
  dataIs: 'users' | 'posts',
): { users: number; posts: number } {
  const env = envelopeSchema.safeParse(body)
  if (!env.success) return { users: 0, posts: 0 }
  const { data, includes } = env.data
  const inData = Array.isArray(data) ? data.length : data !== undefined && data !== null ? 1 : 0
  const included = (key: string): number => {
    const list = includes?.[key]
    return Array.isArray(list) ? list.length : 0
  }
  return {
    users: (dataIs === 'users' ? inData : 0) + included('users'),
    posts: (dataIs === 'posts' ? inData : 0) + included('tweets') + included('posts'),
  }
}
