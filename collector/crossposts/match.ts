/**
 * Finds cross-posts: the same message posted by one organisation on two or three platforms.
 * Pure functions over plain post records (see get-crosspost-candidates.ts for where they come
 * from). The rules, in order:
 *
 * 1. Which posts can match. Originals and quotes. A reply only when it continues the account's
 *    own thread: it does not start with a mention and follows the account's previous original
 *    (or thread post) within THREAD_GAP_MINUTES. Replies to others never match.
 * 2. Which pairs. Two posts of the same organisation on different platforms, created at most
 *    WINDOW_HOURS apart, whose texts are similar after normalising (normalise.ts):
 *    - containment = shared words ÷ words of the shorter text ≥ MIN_CONTAINMENT, and
 *    - Jaccard = shared words ÷ all distinct words of both ≥ MIN_JACCARD (so a post cut short
 *      for X's 280 characters still matches, but a short phrase inside a long post does not);
 *    - texts of fewer than MIN_WORDS words must be identical after normalising.
 *    The pair's score is the mean of the two. A text that speaks of "today", "tonight" or
 *    "tomorrow" does not match a post from another local calendar day (TIME_ZONE): the same
 *    template on two days is two messages.
 * 3. Threads. A later post of a thread matches only when its text matches better than the
 *    thread's first post does (the first post carries the message).
 * 4. Groups. Pairs are taken best score first (then closest in time); a post joins at most one
 *    group, a group holds at most one post per platform, and a post joins an existing group only
 *    when it pairs with every post already in it. Never two posts of one platform.
 */
import { PLATFORMS, type Platform, type PostKind } from '@crossreach/shared/platforms'
import { mentionsRelativeDay, startsWithMention, tokens } from './normalise.ts'

export const WINDOW_HOURS = 24
export const THREAD_GAP_MINUTES = 60
export const MIN_CONTAINMENT = 0.8
export const MIN_JACCARD = 0.4
export const MIN_WORDS = 4
export const TIME_ZONE = 'Europe/Amsterdam'

export interface CandidatePost {
  /** Unique within the input, e.g. "accountId:postId". */
  key: string
  organisationId: number
  accountId: number
  platform: Platform
  kind: PostKind
  text: string
  /** Milliseconds since the epoch. */
  createdAt: number
}

export interface CrosspostGroup<P extends CandidatePost = CandidatePost> {
  /** One post per platform, in platform order (x, bluesky, mastodon). */
  posts: P[]
  /** The lowest pair score within the group, rounded to 2 decimals. */
  similarity: number
}

export interface Similarity {
  jaccard: number
  containment: number
  score: number
  accepted: boolean
}

/** How alike two sets of words are (see rule 2 above). */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): Similarity {
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  const smaller = Math.min(a.size, b.size)
  const union = a.size + b.size - shared
  const jaccard = union === 0 ? 0 : shared / union
  const containment = smaller === 0 ? 0 : shared / smaller
  const score = (jaccard + containment) / 2
  const accepted =
    smaller === 0
      ? false
      : smaller < MIN_WORDS
        ? jaccard === 1
        : containment >= MIN_CONTAINMENT && jaccard >= MIN_JACCARD
  return { jaccard, containment, score, accepted }
}

interface Prepared<P extends CandidatePost> {
  post: P
  words: Set<string>
  dayBound: boolean
  localDay: string
  /** The thread's first post, when this post continues a thread. */
  root: Prepared<P> | null
}

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE })

/** Rule 1: the posts that can match, each with its thread's first post when it continues one. */
function eligible<P extends CandidatePost>(posts: readonly P[]): Prepared<P>[] {
  const byAccount = new Map<number, P[]>()
  for (const p of posts) byAccount.set(p.accountId, [...(byAccount.get(p.accountId) ?? []), p])
  const out: Prepared<P>[] = []
  for (const list of byAccount.values()) {
    list.sort((p, q) => p.createdAt - q.createdAt)
    let tail: Prepared<P> | null = null
    for (const post of list) {
      const words = tokens(post.text)
      const prepared: Prepared<P> = {
        post,
        words,
        dayBound: mentionsRelativeDay(words),
        localDay: dayFormat.format(post.createdAt),
        root: null,
      }
      if (post.kind === 'original' || post.kind === 'quote') {
        tail = prepared
        out.push(prepared)
        continue
      }
      const continues =
        tail !== null &&
        !startsWithMention(post.text) &&
        post.createdAt - tail.post.createdAt <= THREAD_GAP_MINUTES * 60_000
      if (continues) {
        prepared.root = tail!.root ?? tail
        tail = prepared
        out.push(prepared)
      }
    }
  }
  return out
}

/** Rule 2 for one pair, without the thread rule. */
function pairScore<P extends CandidatePost>(a: Prepared<P>, b: Prepared<P>): number | null {
  if (a.post.platform === b.post.platform) return null
  if (a.post.organisationId !== b.post.organisationId) return null
  if (Math.abs(a.post.createdAt - b.post.createdAt) > WINDOW_HOURS * 3_600_000) return null
  if ((a.dayBound || b.dayBound) && a.localDay !== b.localDay) return null
  const s = similarity(a.words, b.words)
  return s.accepted ? s.score : null
}

/** Rule 3: a later thread post only where it matches better than its thread's first post. */
function threadScore<P extends CandidatePost>(a: Prepared<P>, b: Prepared<P>): number | null {
  const score = pairScore(a, b)
  if (score === null) return null
  for (const [x, other] of [
    [a, b],
    [b, a],
  ] as const) {
    if (!x.root) continue
    const rootScore = pairScore(x.root, other)
    if (rootScore !== null && rootScore >= score) return null
  }
  return score
}

interface Pair<P extends CandidatePost> {
  a: Prepared<P>
  b: Prepared<P>
  score: number
  gap: number
}

/** All cross-post groups among the posts (any number of organisations and platforms). */
export function matchCrossposts<P extends CandidatePost>(posts: readonly P[]): CrosspostGroup<P>[] {
  const prepared = eligible(posts).sort(
    (p, q) => p.post.createdAt - q.post.createdAt || p.post.key.localeCompare(q.post.key),
  )
  const pairs: Pair<P>[] = []
  const scores = new Map<string, number>()
  const window = WINDOW_HOURS * 3_600_000
  for (let i = 0; i < prepared.length; i++) {
    const a = prepared[i]!
    for (let j = i + 1; j < prepared.length; j++) {
      const b = prepared[j]!
      const gap = b.post.createdAt - a.post.createdAt
      if (gap > window) break
      const score = threadScore(a, b)
      if (score === null) continue
      pairs.push({ a, b, score, gap })
      scores.set(pairKey(a.post.key, b.post.key), score)
    }
  }
  pairs.sort(
    (p, q) =>
      q.score - p.score ||
      p.gap - q.gap ||
      p.a.post.createdAt - q.a.post.createdAt ||
      p.a.post.key.localeCompare(q.a.post.key),
  )
  const groupOf = new Map<string, P[]>()
  const groups: P[][] = []
  const joins = (group: P[], post: P) =>
    group.every(
      (member) => member.platform !== post.platform && scores.has(pairKey(member.key, post.key)),
    )
  for (const { a, b } of pairs) {
    const ga = groupOf.get(a.post.key)
    const gb = groupOf.get(b.post.key)
    if (ga && gb) continue
    if (!ga && !gb) {
      const group = [a.post, b.post]
      groups.push(group)
      groupOf.set(a.post.key, group)
      groupOf.set(b.post.key, group)
    } else {
      const [group, post] = ga ? [ga, b.post] : [gb!, a.post]
      if (!joins(group, post)) continue
      group.push(post)
      groupOf.set(post.key, group)
    }
  }
  return groups
    .map((group) => {
      group.sort((p, q) => PLATFORMS.indexOf(p.platform) - PLATFORMS.indexOf(q.platform))
      let lowest = 1
      for (let i = 0; i < group.length; i++)
        for (let j = i + 1; j < group.length; j++)
          lowest = Math.min(lowest, scores.get(pairKey(group[i]!.key, group[j]!.key)) ?? 0)
      return { posts: group, similarity: Math.round(lowest * 100) / 100 }
    })
    .sort(
      (g, h) =>
        Math.min(...g.posts.map((p) => p.createdAt)) - Math.min(...h.posts.map((p) => p.createdAt)),
    )
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
}
