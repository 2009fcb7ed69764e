/**
 * Importing an X Analytics CSV export into an X account. The whole file lands in one transaction
 * with its run record, or nothing does: a refused file changes nothing. Re-importing the same file
 * updates the same rows. Exports carry lifetime counts as of the export; crossreach dates them at
 * the end of the exported period (from the file name, else the newest day in the file), so the
 * same file always maps to the same snapshot.
 */
import { handleKey } from '@crossreach/shared/handles'
import type { ImportSummary } from '@crossreach/shared/api'
import type { Store, Tx } from '../store/db.ts'
import { valuesClause, type SqlValue } from '../store/db.ts'
import { closeRun, insertRun } from '../store/writes/save-runs.ts'
import { upsertPostsWithMetrics } from '../store/writes/save-snapshots.ts'
import { newRunStats } from '../net/run-stats.ts'
import type { XCsvDay, XCsvPost } from '../platforms/x/csv-parse.ts'
import type { CollectedPost } from '../platforms/types.ts'
import { ActionError } from './action-error.ts'
import { requireActiveAccount } from './require-active-account.ts'
import { rebuildXFollowerSeries } from './rebuild-x-follower-series.ts'

export interface ImportRequest {
  accountId: number
  fileName?: string
  content: string | Buffer
}

export async function importXCsv(
  store: Store,
  req: ImportRequest,
  trigger: 'command' | 'api',
): Promise<ImportSummary> {
  const account = await requireActiveAccount(store, req.accountId)
  if (account.platform !== 'x') {
    throw new ActionError(
      'invalid_input',
      `Account ${account.id} (${account.handle}) is on ${account.platform}; X Analytics files belong to an X account.`,
    )
  }
  // Loaded on first use: the parser's date handling is large, and most processes never import.
  const { parseXAnalyticsCsv } = await import('../platforms/x/csv-parse.ts')
  const parsed = parseXAnalyticsCsv(req.content, req.fileName)
  if (!parsed.ok) {
    throw new ActionError(
      'invalid_file',
      /imported/i.test(parsed.error) ? parsed.error : `Nothing was imported. ${parsed.error}`,
    )
  }
  if (
    parsed.kind !== 'overview' &&
    parsed.handle &&
    handleKey(parsed.handle) !== handleKey(account.handle)
  ) {
    throw new ActionError(
      'invalid_file',
      `Nothing was imported: this export is of @${parsed.handle}, but account ${account.id} is ${account.handle}. Choose the matching account.`,
    )
  }

  const slot = snapshotTime(
    req.fileName,
    parsed.kind === 'overview'
      ? parsed.days.map((d) => d.day)
      : parsed.posts.map((p) => p.createdAt.toISOString().slice(0, 10)),
  )
  const rows = parsed.kind === 'overview' ? parsed.days.length : parsed.posts.length
  const written = await store.write(async (tx) => {
    const runId = await insertRun(
      tx,
      { job: 'import', platform: 'x', accountId: account.id, slot, trigger },
      'running',
    )
    const counts =
      parsed.kind === 'overview'
        ? { posts: 0, days: await upsertDays(tx, account.id, parsed.days, runId) }
        : {
            posts:
              (await upsertPostsWithMetrics(tx, account.id, parsed.posts.map(toCollected), {
                slot,
                source: 'csv',
                collectedAt: new Date(),
                runId,
              })) / 2,
            days: 0,
          }
    await closeRun(tx, runId, {
      status: 'ok',
      stats: newRunStats(),
      rowsWritten: counts.posts * 2 + counts.days,
      costUsd: 0,
      detail: `${parsed.kind} export${req.fileName ? ` ${req.fileName}` : ''}: ${rows} rows`,
    })
    return counts
  })
  const rebuilt = parsed.kind === 'overview' ? await rebuildXFollowerSeries(store, account.id) : 0
  return {
    kind: parsed.kind,
    rows,
    postsWritten: written.posts,
    daysWritten: written.days,
    followerDaysReconstructed: rebuilt,
    note:
      parsed.kind === 'overview' && rebuilt === 0
        ? 'The overview export has no follower total. Enter the follower count of one of its days (crossreach followers …) to rebuild the daily follower series.'
        : null,
  }
}

function toCollected(p: XCsvPost): CollectedPost {
  return {
    postId: p.postId,
    url: p.url,
    createdAt: p.createdAt,
    kind: p.text.startsWith('@') ? 'reply' : 'original',
    text: p.text,
    lang: null,
    hasMedia: (p.mediaViews ?? 0) > 0,
    counts: {
      likes: p.likes,
      reposts: p.reposts,
      replies: p.replies,
      quotes: p.quotes,
      bookmarks: p.bookmarks,
      impressions: p.impressions,
    },
  }
}

async function upsertDays(
  tx: Tx,
  accountId: number,
  days: readonly XCsvDay[],
  runId: number,
): Promise<number> {
  const importedAt = new Date().toISOString()
  const rows = days.map((d): SqlValue[] => [
    accountId,
    d.day,
    'csv',
    d.impressions,
    d.engagements,
    d.likes,
    d.bookmarks,
    d.shares,
    d.newFollows,
    d.unfollows,
    d.replies,
    d.reposts,
    d.profileVisits,
    d.postsCreated,
    d.videoViews,
    d.mediaViews,
    importedAt,
    runId,
  ])
  for (let i = 0; i < rows.length; i += 500) {
    const v = valuesClause(rows.slice(i, i + 500))
    await tx.run(
      `INSERT INTO account_daily_metrics (account_id, day, source, impressions, engagements, likes, bookmarks, shares,
         new_follows, unfollows, replies, reposts, profile_visits, posts_created, video_views, media_views, imported_at, run_id)
       SELECT col0, col1::DATE, col2, col3, col4, col5, col6, col7, col8, col9, col10, col11, col12, col13, col14, col15,
              col16::TIMESTAMPTZ, col17 FROM (VALUES ${v.sql})
       ON CONFLICT (account_id, day, source) DO UPDATE SET impressions = excluded.impressions,
         engagements = excluded.engagements, likes = excluded.likes, bookmarks = excluded.bookmarks,
         shares = excluded.shares, new_follows = excluded.new_follows, unfollows = excluded.unfollows,
         replies = excluded.replies, reposts = excluded.reposts, profile_visits = excluded.profile_visits,
         posts_created = excluded.posts_created, video_views = excluded.video_views, media_views = excluded.media_views,
         imported_at = excluded.imported_at, run_id = excluded.run_id`,
      v.params,
    )
  }
  return days.length
}

/** End of the exported period: the file name's end date, else the newest day in the file. */
export function snapshotTime(fileName: string | undefined, days: readonly string[]): Date {
  const m =
    /_(\d{4})-?(\d{2})-?(\d{2})_[a-z]{2}\.csv$|_\d{4}-?\d{2}-?\d{2}_(\d{4})-?(\d{2})-?(\d{2})\.csv$/i.exec(
      fileName ?? '',
    )
  const fromName = m ? (m[1] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[4]}-${m[5]}-${m[6]}`) : undefined
  const day = fromName ?? [...days].sort().at(-1) ?? new Date().toISOString().slice(0, 10)
  return new Date(`${day}T23:59:59Z`)
}
