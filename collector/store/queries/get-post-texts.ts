/**
 * The text, url, kind, language and media flag of a page of posts, by key. The earliest and latest
 * creation time of the page bound the scan as constants (DuckDB skips the row groups outside them:
 * a page sorted by time reads a few days of posts, not the whole range).
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
  const list = (values: readonly unknown[]) => values.map(() => '?').join(', ')
  const read = async (where: string, params: (string | number)[]) => {
    const accounts = [...new Set(keys.map((k) => k.accountId))]
    const ids = [...new Set(keys.map((k) => k.postId))]
    return store.all<PostText>(
      `SELECT account_id, post_id, url, kind, text, lang, has_media FROM posts
       WHERE ${where} account_id IN (${list(accounts)}) AND post_id IN (${list(ids)})`,
      [...params, ...accounts, ...ids],
    )
  }
  const times = [...new Set(keys.map((k) => k.createdAt.toISOString()))].sort()
  const found = new Map(
    (
      await read(
        `created_at >= ?::TIMESTAMPTZ AND created_at <= ?::TIMESTAMPTZ
         AND created_at IN (${times.map(() => '?::TIMESTAMPTZ').join(', ')}) AND`,
        [times[0]!, times.at(-1)!, ...times],
      )
    ).map((r) => [postKey(r), r]),
  )
  // A post's creation time never changes once stored, so this is only a safety net.
  if (keys.some((k) => !found.has(postKey(k)))) {
    for (const r of await read('', [])) found.set(postKey(r), r)
  }
  return found
}

export function postKey(r: { accountId: number; postId: string }): string {
  return `${r.accountId} ${r.postId}`
}
