/**
 * The text, url, kind, language and media flag of a page of posts, by key. The keys' creation
 * times are bound as constants so the scan reads the text of matching rows only (DuckDB filters
 * on created_at first), instead of joining the page against every post of the range.
 */
import type { PostFigures } from '@crossreach/shared/api'
import type { Store } from '../db.ts'

export interface PostKey {
  accountId: number
  postId: string
  createdAt: Date
}

export type PostText = Pick<
  PostFigures,
  'accountId' | 'postId' | 'url' | 'kind' | 'text' | 'lang' | 'hasMedia'
>

/** `${accountId} ${postId}` → the post's text fields. */
export async function getPostTexts(
  store: Store,
  keys: readonly PostKey[],
): Promise<Map<string, PostText>> {
  if (keys.length === 0) return new Map()
  const list = (n: number) => Array.from({ length: n }, () => '?').join(', ')
  const times = [...new Set(keys.map((k) => k.createdAt.toISOString()))].sort()
  const accounts = [...new Set(keys.map((k) => k.accountId))]
  const ids = [...new Set(keys.map((k) => k.postId))]
  const rows = await store.all<PostText>(
    `SELECT account_id, post_id, url, kind, text, lang, has_media FROM posts
     WHERE created_at >= ?::TIMESTAMPTZ AND created_at <= ?::TIMESTAMPTZ
       AND created_at IN (${times.map(() => '?::TIMESTAMPTZ').join(', ')})
       AND account_id IN (${list(accounts.length)}) AND post_id IN (${list(ids.length)})`,
    [times[0]!, times.at(-1)!, ...times, ...accounts, ...ids],
  )
  return new Map(rows.map((r) => [postKey(r), r]))
}

export function postKey(r: { accountId: number; postId: string }): string {
  return `${r.accountId} ${r.postId}`
}
