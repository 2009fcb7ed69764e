/**
 * `npm run report`: the council report from the command line, for a monthly schedule.
 *
 *   npm run report -- --org "Gemeente Voorbeeld" --from 2026-07-01 --to 2026-09-30 --lang nl --out q3.pdf
 *
 * `--out` decides the format: .pdf (the report page printed by Chromium), .xlsx (every table) or
 * .csv (one table, `--table`). Without --org the own organisation; without dates the last full
 * quarter in the data; --demo reads the demo database. Like every command it works whether or
 * not the server runs: with a server it asks the server; without, it opens the database itself
 * and serves the same report on 127.0.0.1 (a free port) while it prints.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import { Command, InvalidArgumentError } from 'commander'
import type { ErrorBody, OrganisationSummary } from '@crossreach/shared/api'
import { REPORT_TABLES, type ReportTableId } from '@crossreach/shared/api-report'
import { parseIsoDate } from '@crossreach/shared/periods'
import { createApp } from '../api/app.ts'
import { DEFAULT_DASHBOARD_DIR } from '../api/static.ts'
import { findServer } from '../cli/server-backend.ts'
import { EXIT, type Io } from '../cli/program.ts'
import { loadConfig } from '../config.ts'
import { openRuntime } from '../runtime.ts'

const REPO_ROOT = resolve(import.meta.dirname, '../..')
const FORMATS = { '.pdf': 'report.pdf', '.xlsx': 'report.xlsx', '.csv': 'report.csv' } as const

interface Options {
  org?: string
  from?: string
  to?: string
  lang: string
  out: string
  table: string
  demo: boolean
}

/** A failure with a plain message and the exit code it stands for. */
export class ReportCliError extends Error {
  readonly exitCode: number
  constructor(message: string, exitCode: number) {
    super(message)
    this.name = 'ReportCliError'
    this.exitCode = exitCode
  }
}

function dateArg(value: string): string {
  if (!parseIsoDate(value)) throw new InvalidArgumentError('must be a date as YYYY-MM-DD')
  return value
}

/** An address that serves the report: the running server, or one started here on the database. */
async function openServer(
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<{ url: string; mode: 'server' | 'direct'; close: () => Promise<void> }> {
  const config = loadConfig(env)
  const running = await findServer(config.dataDir)
  if (running) return { url: running, mode: 'server', close: async () => undefined }
  const runtime = await openRuntime(env, { log: io.err })
  const app = createApp({
    store: runtime.store,
    config: runtime.config,
    adapters: runtime.adapters,
    collectContext: runtime.collectContext,
    runningJobs: () => [],
  })
  const server = await new Promise<ServerType>((done, fail) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => done(s))
    s.once('error', fail)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    mode: 'direct',
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()))
      await runtime.close()
    },
  }
}

async function failure(res: Response): Promise<ReportCliError> {
  const body = (await res.json().catch(() => null)) as ErrorBody | null
  const message = body?.error?.message ?? `The server answered ${res.status}.`
  return new ReportCliError(message, res.status >= 500 ? EXIT.environment : EXIT.refused)
}

async function organisationId(url: string, name: string | undefined): Promise<string> {
  if (name === undefined) return 'own'
  const res = await fetch(`${url}/api/organisations`)
  if (!res.ok) throw await failure(res)
  const { organisations } = (await res.json()) as { organisations: OrganisationSummary[] }
  const wanted = name.trim().toLowerCase()
  const found = organisations.find(
    (o) => o.name.toLowerCase() === wanted || String(o.id) === wanted,
  )
  if (!found) {
    const known = organisations.map((o) => `"${o.name}"`).join(', ') || 'none yet'
    throw new ReportCliError(`There is no organisation "${name}". Known: ${known}.`, EXIT.refused)
  }
  return String(found.id)
}

async function writeReport(opts: Options, env: NodeJS.ProcessEnv, io: Io): Promise<void> {
  const extension = extname(opts.out).toLowerCase()
  if (!(extension in FORMATS)) {
    throw new ReportCliError('--out must end in .pdf, .xlsx or .csv.', EXIT.refused)
  }
  const path = FORMATS[extension as keyof typeof FORMATS]
  if (path === 'report.pdf' && !existsSync(join(DEFAULT_DASHBOARD_DIR, 'index.html'))) {
    throw new ReportCliError(
      'The PDF prints the dashboard’s report page, which is not built yet: run npm run build -w dashboard first.',
      EXIT.environment,
    )
  }
  const server = await openServer(env, io)
  try {
    const query = new URLSearchParams({
      organisation: await organisationId(server.url, opts.org),
      lang: opts.lang,
    })
    if (opts.from) query.set('from', opts.from)
    if (opts.to) query.set('to', opts.to)
    if (path === 'report.csv') query.set('table', opts.table)
    const res = await fetch(`${server.url}/api/${path}?${query.toString()}`)
    if (!res.ok) throw await failure(res)
    writeFileSync(opts.out, Buffer.from(await res.arrayBuffer()))
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1]
    io.out(`Wrote ${opts.out}${name ? ` (${name.replace(/\.[a-z]+$/, '')})` : ''}.`)
  } finally {
    await server.close()
  }
}

export async function runReportCli(argv: readonly string[], io: Io): Promise<number> {
  const program = new Command('report')
    .description('Write the council report of an organisation and period as PDF, XLSX or CSV.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .option('--org <name>', 'organisation name or id (default: your own organisation)')
    .option(
      '--from <YYYY-MM-DD>',
      'first day (default: the last full quarter in the data)',
      dateArg,
    )
    .option('--to <YYYY-MM-DD>', 'last day', dateArg)
    .option('--lang <nl|en>', 'language of the report', 'nl')
    .requiredOption('--out <file>', 'where to write: .pdf, .xlsx (all tables) or .csv (one table)')
    .option('--table <id>', `the table for .csv: ${REPORT_TABLES.join(', ')}`, 'followers')
    .option('--demo', 'read the demo database (data/demo)', false)
  try {
    program.parse(argv, { from: 'user' })
  } catch {
    return EXIT.refused
  }
  const opts = program.opts<Options>()
  if (opts.lang !== 'nl' && opts.lang !== 'en') {
    io.err('report: --lang must be nl or en.')
    return EXIT.refused
  }
  if (!REPORT_TABLES.includes(opts.table as ReportTableId)) {
    io.err(`report: --table must be one of ${REPORT_TABLES.join(', ')}.`)
    return EXIT.refused
  }
  if (Boolean(opts.from) !== Boolean(opts.to)) {
    io.err('report: give both --from and --to, or neither for the last full quarter in the data.')
    return EXIT.refused
  }
  const env: NodeJS.ProcessEnv = { ...io.env, CROSSREACH_SCHEDULE: 'off' }
  if (opts.demo) {
    const dir = join(REPO_ROOT, 'data', 'demo')
    if (!existsSync(join(dir, 'crossreach.duckdb'))) {
      io.err('report: there is no demo database yet; run npm run demo -- --generate-only first.')
      return EXIT.environment
    }
    env.CROSSREACH_DATA_DIR = dir
  }
  try {
    await writeReport(opts, env, io)
    return EXIT.ok
  } catch (err) {
    if (err instanceof ReportCliError) {
      io.err(`report: ${err.message}`)
      return err.exitCode
    }
    throw err
  }
}
