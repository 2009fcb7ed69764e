/**
 * The API contract, written once: zod schemas for every request body and query the server
 * accepts, and the types of what it answers. The server validates with these; clients
 * (the command line, later the dashboard) are typed by them.
 */
import { z } from 'zod'
import type { SOURCES } from './platforms.ts'
import { PLATFORMS } from './platforms.ts'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')

export const addAccountBody = z.strictObject({
  platform: z.enum(PLATFORMS),
  handle: z.string().trim().min(1, 'is empty: give a handle such as @name.bsky.social'),
  organisation: z.string().trim().min(1).max(200).optional(),
  peer: z.boolean().default(false),
})
export type AddAccountBody = z.input<typeof addAccountBody>

export const accountIdParam = z.object({ id: z.coerce.number().int().positive() })

export const collectBody = z.strictObject({
  job: z.enum(['profiles', 'posts', 'all']).default('all'),
  platform: z.enum(PLATFORMS).optional(),
  accountId: z.number().int().positive().optional(),
})
export type CollectBody = z.input<typeof collectBody>

export const manualFollowersBody = z.strictObject({
  accountId: z.number().int().positive(),
  date: isoDate,
  followers: z.number().int().min(0, 'cannot be negative'),
})
export type ManualFollowersBody = z.input<typeof manualFollowersBody>

export const importXCsvQuery = z.object({
  accountId: z.coerce.number().int().positive(),
  fileName: z.string().max(300).optional(),
})

export const runsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  status: z.enum(['ok', 'error', 'skipped', 'interrupted', 'running']).optional(),
  platform: z.enum(PLATFORMS).optional(),
})

/** The one error shape every failing request answers with. */
export interface ErrorBody {
  error: { code: string; message: string }
}

export interface AccountSummary {
  id: number
  platform: (typeof PLATFORMS)[number]
  handle: string
  displayName: string | null
  profileUrl: string | null
  platformId: string | null
  organisation: string
  organisationKind: 'own' | 'peer'
  addedAt: string
  removedAt: string | null
  latestFollowers: number | null
  latestFollowersAt: string | null
  latestFollowersSource: (typeof SOURCES)[number] | null
}

export interface RunRecord {
  id: number
  job: 'profiles' | 'posts' | 'import' | 'manual'
  platform: (typeof PLATFORMS)[number]
  accountId: number | null
  handle: string | null
  slot: string
  trigger: 'schedule' | 'command' | 'api'
  status: 'running' | 'ok' | 'error' | 'skipped' | 'interrupted'
  startedAt: string
  finishedAt: string | null
  requests: number
  retries: number
  rateLimitWaits: number
  rateLimitWaitMs: number
  rowsWritten: number
  estimatedCostUsd: number
  error: string | null
  errorKind: string | null
  detail: string | null
}

export interface CollectSummary {
  runs: number
  ok: number
  errors: number
  skipped: number
  rowsWritten: number
  estimatedCostUsd: number
  /** Plain-language lines about what failed or was skipped, one per account-run. */
  problems: string[]
}

export interface ImportSummary {
  kind: 'legacy-tweets' | 'content' | 'overview'
  rows: number
  postsWritten: number
  daysWritten: number
  followerDaysReconstructed: number
  note: string | null
}

export interface HealthBody {
  status: 'ok' | 'degraded' | 'error'
  database: { ok: boolean; path: string; error?: string }
  schedule: { enabled: boolean; running: string[] }
  lastRuns: { platform: string; job: string; status: string; finishedAt: string | null }[]
  staleAccounts: { id: number; platform: string; handle: string; lastOkAt: string | null }[]
  xSpend: { monthToDateUsd: number; monthlyBudgetUsd: number }
}
