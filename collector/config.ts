/**
 * The core settings of a crossreach process, parsed from the environment with zod at start.
 * Bad values stop the process with a message naming the variable and what it expects.
 * Platform settings (endpoints, tokens, request budgets) live in each adapter's config.ts.
 */
import { isAbsolute, join, resolve } from 'node:path'
import cron from 'node-cron'
import { z } from 'zod'

const cronExpr = z.string().refine((v) => cron.validate(v), {
  message: 'is not a cron expression (five fields, e.g. "0 */6 * * *")',
})

const schema = z.object({
  CROSSREACH_DATA_DIR: z.string().min(1).default('data'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  CROSSREACH_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  CROSSREACH_SCHEDULE: z.enum(['on', 'off']).default('on'),
  /** Profile counts: four times a day. */
  CROSSREACH_SCHEDULE_PROFILES: cronExpr.default('0 0,6,12,18 * * *'),
  /** X profile counts cost money per read: once a day by default. */
  CROSSREACH_SCHEDULE_X_PROFILES: cronExpr.default('5 6 * * *'),
  /** New posts and maturing post counts: hourly. */
  CROSSREACH_SCHEDULE_POSTS: cronExpr.default('20 * * * *'),
  /** Refresh post counts hourly while a post is younger than this many hours… */
  CROSSREACH_REFRESH_HOURLY_HOURS: z.coerce.number().int().min(0).default(48),
  /** …then daily until it is this many days old. */
  CROSSREACH_REFRESH_DAILY_DAYS: z.coerce.number().int().min(0).default(30),
  /** X is paid per post read: refresh only at these ages (hours). */
  CROSSREACH_X_REFRESH_AGES_HOURS: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'must be a comma-separated list of hours, e.g. "24,168"')
    .default('24,168')
    .transform((v) => v.split(',').map(Number)),
  /** On an account's first posts run, list posts back this many days. */
  CROSSREACH_BACKFILL_DAYS: z.coerce.number().int().min(0).default(30),
  /** Monthly ceiling on estimated X API spend in US dollars. */
  CROSSREACH_X_MONTHLY_BUDGET_USD: z.coerce.number().min(0).default(5),
  /** DuckDB worker threads; unset uses one per core. 1 saves about 40 MB of memory. */
  CROSSREACH_DUCKDB_THREADS: z.coerce.number().int().positive().optional(),
  /** Accounts collected at the same time (each platform host still has its own limits). */
  CROSSREACH_ACCOUNT_CONCURRENCY: z.coerce.number().int().positive().default(32),
})

export interface CoreConfig {
  dataDir: string
  dbPath: string
  host: string
  port: number
  adminToken: string | undefined
  scheduleEnabled: boolean
  schedules: { profiles: string; xProfiles: string; posts: string }
  refresh: { hourlyHours: number; dailyDays: number; xAgesHours: number[] }
  backfillDays: number
  xMonthlyBudgetUsd: number
  accountConcurrency: number
  duckdbThreads: number | undefined
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): CoreConfig {
  const parsed = schema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`crossreach cannot start: invalid settings\n${lines.join('\n')}`)
  }
  const v = parsed.data
  const dataDir = isAbsolute(v.CROSSREACH_DATA_DIR)
    ? v.CROSSREACH_DATA_DIR
    : resolve(cwd, v.CROSSREACH_DATA_DIR)
  return {
    dataDir,
    dbPath: join(dataDir, 'crossreach.duckdb'),
    host: v.HOST,
    port: v.PORT,
    adminToken: v.CROSSREACH_ADMIN_TOKEN,
    scheduleEnabled: v.CROSSREACH_SCHEDULE === 'on',
    schedules: {
      profiles: v.CROSSREACH_SCHEDULE_PROFILES,
      xProfiles: v.CROSSREACH_SCHEDULE_X_PROFILES,
      posts: v.CROSSREACH_SCHEDULE_POSTS,
    },
    refresh: {
      hourlyHours: v.CROSSREACH_REFRESH_HOURLY_HOURS,
      dailyDays: v.CROSSREACH_REFRESH_DAILY_DAYS,
      xAgesHours: v.CROSSREACH_X_REFRESH_AGES_HOURS,
    },
    backfillDays: v.CROSSREACH_BACKFILL_DAYS,
    xMonthlyBudgetUsd: v.CROSSREACH_X_MONTHLY_BUDGET_USD,
    accountConcurrency: v.CROSSREACH_ACCOUNT_CONCURRENCY,
    duckdbThreads: v.CROSSREACH_DUCKDB_THREADS,
  }
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

/** True when the address only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host)
}
