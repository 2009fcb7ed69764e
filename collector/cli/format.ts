/** Plain-text tables and summaries for the terminal. */
import type { AccountSummary, CollectSummary, RunRecord } from '@crossreach/shared/api'

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

const number = new Intl.NumberFormat('en-GB')

export function formatAccounts(accounts: AccountSummary[]): string {
  if (accounts.length === 0)
    return 'No accounts yet. Add one with: crossreach accounts add bluesky @name.bsky.social --org "Your organisation"'
  return table(
    ['id', 'platform', 'handle', 'organisation', 'followers', 'as of'],
    accounts.map((a) => [
      String(a.id),
      a.platform,
      a.handle,
      `${a.organisation}${a.organisationKind === 'peer' ? ' (peer)' : ''}`,
      a.latestFollowers === null ? '-' : number.format(a.latestFollowers),
      a.latestFollowersAt
        ? `${a.latestFollowersAt.slice(0, 16).replace('T', ' ')} (${a.latestFollowersSource})`
        : 'not collected yet',
    ]),
  )
}

export function formatCollectSummary(s: CollectSummary): string {
  const lines = [
    `${s.runs} runs: ${s.ok} ok, ${s.errors} failed, ${s.skipped} skipped; ${s.rowsWritten} rows written` +
      (s.estimatedCostUsd > 0 ? `; X cost about $${s.estimatedCostUsd.toFixed(3)}` : ''),
  ]
  for (const p of s.problems) lines.push(`  - ${p}`)
  return lines.join('\n')
}

export function formatRuns(runs: RunRecord[]): string {
  if (runs.length === 0) return 'No runs yet.'
  return table(
    ['id', 'started (UTC)', 'job', 'platform', 'account', 'status', 'requests', 'rows', 'note'],
    runs.map((r) => [
      String(r.id),
      r.startedAt.slice(0, 19).replace('T', ' '),
      r.job,
      r.platform,
      r.handle ?? '-',
      r.status,
      String(r.requests),
      String(r.rowsWritten),
      r.error ?? r.detail ?? '',
    ]),
  )
}
