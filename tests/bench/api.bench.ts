/**
 * `npm run bench:api`: a national-scale database (tests/bench/national-db.ts: 1,000 accounts,
 * 3 years), the real server on it (port 0, schedule off), then p50 and p95 per API endpoint the
 * Overview, Accounts and Posts pages use, against the same query functions run straight on the
 * store (no HTTP, no JSON) as a ratio; the database size per row after CHECKPOINT; the
 * dashboard's JavaScript gzipped; and the time from navigation until the Overview's charts are
 * drawn in Chromium; and the CPU time the hypervisor gave other guests while it timed (host-cpu.ts).
 * The last line is one JSON object with these figures.
 * Targets: p95 <= 150 ms, ratio <= 1.5, JavaScript <= 250 KB gzipped, Overview drawn < 1.5 s.
 *
 * The dashboard must be built first (the browser part measures dashboard/build). Environment:
 * BENCH_ACCOUNTS, BENCH_DAYS (default 1000, 1095), BENCH_REQUESTS (30), BENCH_SKIP_BROWSER=1,
 * BENCH_BUILD_LOCK (a flock file held while the browser reads the build).
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import type { Grain } from '@crossreach/shared/periods'
import { addDays, utcDate } from '@crossreach/shared/periods'
import { DEFAULT_DASHBOARD_DIR } from '../../collector/api/static.ts'
import { getAccountFigures } from '../../collector/figures/get-account-figures.ts'
import { getFigures } from '../../collector/figures/get-figures.ts'
import {
  requireKnownSelection,
  resolveSelection,
  type SelectionQuery,
} from '../../collector/figures/selection.ts'
import { getPostList } from '../../collector/store/queries/get-post-list.ts'
import { getEvents } from '../../collector/store/queries/get-events.ts'
import { getHealth } from '../../collector/store/queries/get-health.ts'
import { startServer } from '../../collector/server.ts'
import { hostTicks, stealPercent } from './host-cpu.ts'
import { nationalDb } from './national-db.ts'

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 1000)
const DAYS = Number(process.env.BENCH_DAYS ?? 1095)
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30)
const WARMUP = 3

console.log(`national database: ${ACCOUNTS} accounts, ${DAYS} days`)
const db = await nationalDb({ accounts: ACCOUNTS, days: DAYS, ownOrganisations: 10 })
const totalRows = Object.values(db.rows).reduce((a, b) => a + b, 0)
console.log(
  `${db.generated ? 'generated' : 'reused (cached)'}: ${db.path} in ${db.seconds} s; rows: ${JSON.stringify(db.rows)} (${totalRows} in all)`,
)

const nowDate = new Date(db.end.getTime() + 30 * 60_000)
const server = await startServer(
  {
    CROSSREACH_DATA_DIR: join(db.path, '..'),
    PORT: '0',
    HOST: '127.0.0.1',
    CROSSREACH_SCHEDULE: 'off',
  },
  { now: () => nowDate, log: () => undefined },
)
const { store, config } = server.runtime
const today = utcDate(nowDate)
const yearFrom = addDays(today, -364)

async function figures(query: SelectionQuery, grain: Grain) {
  const selection = resolveSelection(query, nowDate)
  await requireKnownSelection(store, selection)
  return getFigures(store, selection, grain)
}

interface Endpoint {
  name: string
  path: string
  direct: () => Promise<unknown>
}
const postPage = { sort: 'interactionsAt7Days', order: 'desc', limit: 50, offset: 0 } as const
const ENDPOINTS: Endpoint[] = [
  {
    name: 'figures_week_90d',
    path: '/api/figures?grain=week',
    direct: () => figures({}, 'week'),
  },
  {
    name: 'figures_month_90d',
    path: '/api/figures?grain=month',
    direct: () => figures({}, 'month'),
  },
  {
    name: 'figures_week_1y',
    path: `/api/figures?grain=week&from=${yearFrom}&to=${today}`,
    direct: () => figures({ from: yearFrom, to: today }, 'week'),
  },
  {
    name: 'figures_month_1y',
    path: `/api/figures?grain=month&from=${yearFrom}&to=${today}`,
    direct: () => figures({ from: yearFrom, to: today }, 'month'),
  },
  {
    name: 'figures_week_90d_all_orgs',
    path: '/api/figures?grain=week&organisation=all',
    direct: () => figures({ organisation: 'all' }, 'week'),
  },
  {
    name: 'figures_accounts',
    path: '/api/figures/accounts?organisation=all',
    direct: async () => {
      const selection = resolveSelection({ organisation: 'all' }, nowDate)
      await requireKnownSelection(store, selection)
      return getAccountFigures(store, selection)
    },
  },
  {
    name: 'posts',
    path: `/api/posts?organisation=all&sort=${postPage.sort}&order=${postPage.order}&limit=${postPage.limit}`,
    direct: async () => {
      const selection = resolveSelection({ organisation: 'all' }, nowDate)
      await requireKnownSelection(store, selection)
      return getPostList(store, selection, postPage)
    },
  },
  { name: 'events', path: '/api/events', direct: () => getEvents(store) },
  { name: 'health', path: '/api/health', direct: () => getHealth(store, config, new Date()) },
]

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)]!
}
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

async function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) await fn()
  const ms: number[] = []
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now()
    await fn()
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) }
}

const results: Record<string, { p50_ms: number; p95_ms: number; ratio: number }> = {}
const hostBefore = hostTicks()
console.log(`\n${REQUESTS} requests each after ${WARMUP} warm-up, one at a time:`)
console.log(
  'endpoint                      http p50   http p95   direct p50  direct p95  ratio (p50)',
)
for (const e of ENDPOINTS) {
  const http = await time(async () => {
    const res = await fetch(server.url + e.path)
    if (!res.ok) throw new Error(`${e.path}: ${res.status} ${await res.text()}`)
    await res.json()
  })
  const direct = await time(e.direct)
  const ratio = http.p50 / direct.p50
  results[e.name] = { p50_ms: round(http.p50), p95_ms: round(http.p95), ratio: round(ratio, 2) }
  console.log(
    `${e.name.padEnd(29)} ${http.p50.toFixed(1).padStart(7)} ms ${http.p95.toFixed(1).padStart(7)} ms ${direct.p50.toFixed(1).padStart(8)} ms ${direct.p95.toFixed(1).padStart(8)} ms  ${ratio.toFixed(2)}`,
  )
}

const stealPct = stealPercent(hostBefore, hostTicks())
if (stealPct !== null)
  console.log(
    `CPU steal while timing: ${stealPct}% of the machine's CPU time went to other guests (a shared VM; latencies vary with it)`,
  )

// Size per row: the file after CHECKPOINT over every row in the database.
await store.checkpoint()
const dbBytes =
  statSync(db.path).size + (existsSync(`${db.path}.wal`) ? statSync(`${db.path}.wal`).size : 0)
const bytesPerRow = round(dbBytes / totalRows, 1)
console.log(
  `\ndatabase: ${(dbBytes / 1e6).toFixed(0)} MB for ${totalRows} rows = ${bytesPerRow} bytes per row`,
)

// The dashboard's JavaScript, gzipped file by file (as a server or browser would fetch it).
let jsGzipKb: number | null = null
const appDir = join(DEFAULT_DASHBOARD_DIR, '_app')
if (existsSync(appDir)) {
  const files = (readdirSync(appDir, { recursive: true }) as string[]).filter((f) =>
    f.endsWith('.js'),
  )
  const raw = files.map((f) => readFileSync(join(appDir, f)))
  const gz = raw.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0)
  jsGzipKb = round(gz / 1024, 1)
  console.log(
    `dashboard JavaScript: ${files.length} files, ${round(raw.reduce((n, b) => n + b.length, 0) / 1024, 1)} KB, ${jsGzipKb} KB gzipped (target <= 250)`,
  )
} else {
  console.log('dashboard JavaScript: not built (run npm run build -w dashboard first)')
}

// Time until the Overview's charts are drawn: navigation start until every chart canvas has
// pixels on it and every data table has rows (the figures request included).
let drawnMs: number | null = null
/** Runs in the page (a string: the bench is typed without the DOM library). */
const CHARTS_DRAWN = `(() => {
  const canvases = [...document.querySelectorAll('canvas')]
  if (canvases.length === 0) return false
  const tables = [...document.querySelectorAll('table')]
  if (tables.length === 0 || tables.some((t) => t.querySelectorAll('tbody tr').length === 0)) return false
  return canvases.every((c) => {
    const ctx = c.getContext('2d')
    if (!ctx || c.width === 0 || c.height === 0) return false
    const data = ctx.getImageData(0, 0, c.width, c.height).data
    for (let p = 3; p < data.length; p += 4 * 7) if (data[p] !== 0) return true
    return false
  })
})()`
if (!process.env.BENCH_SKIP_BROWSER && existsSync(join(DEFAULT_DASHBOARD_DIR, 'index.html'))) {
  // BENCH_BUILD_LOCK: hold this flock(1) lock while the build is read (a shared working tree).
  const lock = process.env.BENCH_BUILD_LOCK ? await holdLock(process.env.BENCH_BUILD_LOCK) : null
  const executablePath = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim()
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  try {
    const runs: number[] = []
    for (let i = 0; i < 6; i++) {
      // A fresh context each time: nothing cached, as on a first visit.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      await page.goto(`${server.url}/`, { waitUntil: 'commit' })
      await page.waitForFunction(CHARTS_DRAWN, undefined, { polling: 'raf', timeout: 30_000 })
      const ms = await page.evaluate<number>('performance.now()')
      if (i > 0) runs.push(ms) // the first visit warms the server's file cache
      await context.close()
    }
    runs.sort((a, b) => a - b)
    drawnMs = round(percentile(runs, 50), 0)
    console.log(
      `overview drawn: ${runs.map((r) => r.toFixed(0)).join(', ')} ms; median ${drawnMs} ms (target < 1500)`,
    )
  } finally {
    await browser.close()
    lock?.release()
  }
} else {
  console.log('overview drawn: not measured (BENCH_SKIP_BROWSER or no dashboard build)')
}

await server.stop()
console.log(
  JSON.stringify({
    endpoints: results,
    db_bytes_per_row: bytesPerRow,
    js_gzip_kb: jsGzipKb,
    overview_drawn_ms: drawnMs,
    host_steal_pct: stealPct,
  }),
)

/** Holds a flock(1) lock until release(): a child that keeps it while its stdin stays open. */
async function holdLock(path: string): Promise<{ release: () => void }> {
  const child = spawn('flock', [path, 'sh', '-c', 'echo locked; cat > /dev/null'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve())
    child.once('error', reject)
  })
  return { release: () => child.stdin.end() }
}
