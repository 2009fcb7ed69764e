/** The newest stored post of an account (by creation time), where listing new posts can stop. */
import type { Store } from '../db.ts'

export async function getNewestPost(
  store: Store,
  accountId: number,
): Promise<{ postId: string; createdAt: Date } | undefined> {
  return store.one(
    `SELECT post_id, created_at FROM posts WHERE account_id = ? AND source = 'api'
     ORDER BY created_at DESC, post_id DESC LIMIT 1`,
    [accountId],
  )
}
