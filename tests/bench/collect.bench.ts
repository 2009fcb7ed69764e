/**
 * `npm run bench:collect`: 1,000 accounts spread over fake Bluesky, Mastodon and X servers, each
 * answering with 50 ms latency and enforcing a rate budget. Collects profiles and posts once and
 * prints requests, wall time, the ratio to the ideal (requests × latency / allowed concurrency),
 * the highest request count in any rate window against the budget, and peak memory, with the CPU
 * per thread and the share the hypervisor gave other guests (host-cpu.ts). The last line is one
 * JSON object with these figures. Targets: ratio <= 1.3, budget never exceeded, RSS < 300 MB.
 */
import { fork } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import type { Platform } from '@crossreach/shared/platforms'
import { addAccount } from '../../collector/actions/add-account.ts'
import { openRuntime } from '../../collector/runtime.ts'
import { collect } from '../../collector/schedule/collect.ts'
import { tempDir } from '../helpers/store.ts'
import { describeThreadCpu, hostTicks, stealPercent, threadCpuMs } from './host-cpu.ts'

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50)
const CONCURRENCY = 16
const WINDOW_MS = 1000
const BUDGET = 350
const PER_PLATFORM = (process.env.BENCH_SPLIT ?? '334,333,333').split(',').map(Number)

type Stats = Record<
  Platform,
  { requests: number; maxWindowCount: number; budgetViolations: number }
>

const child = fork(join(import.meta.dirname, 'fake-platforms.ts'), [
  JSON.stringify({
    perPlatform: PER_PLATFORM,
    latencyMs: LATENCY_MS,
    windowMs: WINDOW_MS,
    budget: BUDGET,
    postsEach: 3,
  }),
])
// Never leave the fake servers running: stop them whatever happens here.
process.on('exit', () => child.kill())
process.on('uncaughtException', (err) => {
  console.error(err)
  process.exit(1)
})
process.on('unhandledRejection', (err) => {
  console.error(err)
  process.exit(1)
})
const [ready] = (await once(child, 'message')) as [
  { env: Record<string, string>; handles: Record<Platform, string[]> },
]
const ask = async (type: string): Promise<{ stats: Stats; cpuMs: number }> => {
  child.send({ type })
  for (;;) {
    const [msg] = (await once(child, 'message')) as [{ type: string; stats: Stats; cpuMs: number }]
    if (msg.type === 'stats') return msg
  }
}

const { dir, remove } = await tempDir()
const gate = (p: string) => ({
  [`CROSSREACH_${p}_CONCURRENCY`]: String(CONCURRENCY),
  [`CROSSREACH_${p}_WINDOW_SECONDS`]: String(WINDOW_MS / 1000),
  [`CROSSREACH_${p}_WINDOW_BUDGET`]: String(BUDGET),
})
const env = {
  ...process.env,
  ...ready.env,
  ...gate('BLUESKY'),
  ...gate('MASTODON'),
  ...gate('X'),
  CROSSREACH_DATA_DIR: dir,
  CROSSREACH_SCHEDULE: 'off',
  CROSSREACH_ACCOUNT_CONCURRENCY: String(CONCURRENCY * 3 * 2),
  CROSSREACH_X_MONTHLY_BUDGET_USD: '1000',
}
const rt = await openRuntime(env, { log: () => undefined })

// Setup (not timed): add every account, checked against its platform as a user would.
const all = (Object.entries(ready.handles) as [Platform, string[]][]).flatMap(
  ([platform, handles]) => handles.map((handle) => ({ platform, handle })),
)
let next = 0
await Promise.all(
  Array.from({ length: CONCURRENCY * 3 }, async () => {
    while (next < all.length) {
      const a = all[next++]!
      await addAccount(rt.store, rt.adapters, { ...a, organisation: `Org ${a.handle}`, peer: true })
    }
  }),
)
const ACCOUNTS = PER_PLATFORM.reduce((a, b) => a + b, 0)
if (all.length !== ACCOUNTS) throw new Error(`expected ${ACCOUNTS} accounts, seeded ${all.length}`)
child.send({ type: 'reset' })
const fakeCpuBefore = (await ask('stats')).cpuMs
const rssBeforeMb = Math.round(process.memoryUsage().rss / 1048576)
const maxRssBeforeMb = Math.round(process.resourceUsage().maxRSS / 1024)
const profiler = process.env.BENCH_PROFILE ? await startProfiler() : undefined
const threadsBefore = threadCpuMs()
const hostBefore = hostTicks()
const cpuBefore = process.cpuUsage()
const started = performance.now()
const summary = await collect(rt.collectContext, { job: 'all', trigger: 'command' })
const wallS = (performance.now() - started) / 1000
if (profiler) await profiler.stop()
const { stats, cpuMs: fakeCpuAfter } = await ask('stats')
const cpu = process.cpuUsage(cpuBefore)
const threadsAfter = threadCpuMs()
const stealPct = stealPercent(hostBefore, hostTicks())
const collectorCpuS = (cpu.user + cpu.system) / 1e6
const fakeCpuS = (fakeCpuAfter - fakeCpuBefore) / 1000
const requests = Object.values(stats).reduce((n, s) => n + s.requests, 0)
const idealS = (requests * LATENCY_MS) / 1000 / (CONCURRENCY * 3)
const maxWindow = Math.max(...Object.values(stats).map((s) => s.maxWindowCount))
const violations = Object.values(stats).reduce((n, s) => n + s.budgetViolations, 0)
const rows = await rt.store.one<{ snapshots: number; metrics: number }>(
  `SELECT (SELECT count(*) FROM profile_snapshots)::INTEGER AS snapshots, (SELECT count(*) FROM post_metric_snapshots)::INTEGER AS metrics`,
)
const peakRssMb = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10

console.log(
  `accounts:            ${ACCOUNTS} (${PER_PLATFORM[0]} Bluesky, ${PER_PLATFORM[1]} Mastodon, ${PER_PLATFORM[2]} X)`,
)
console.log(
  `runs:                ${summary.runs} (${summary.ok} ok, ${summary.errors} failed, ${summary.skipped} skipped)`,
)
console.log(
  `rows written:        ${rows?.snapshots} profile snapshots, ${rows?.metrics} post metric snapshots`,
)
console.log(
  `requests:            ${requests} (${Object.entries(stats)
    .map(([p, s]) => `${p} ${s.requests}`)
    .join(', ')})`,
)
console.log(`wall time:           ${wallS.toFixed(2)} s`)
console.log(
  `ideal:               ${idealS.toFixed(2)} s = ${requests} × ${LATENCY_MS} ms / ${CONCURRENCY * 3} concurrent`,
)
console.log(`ratio to ideal:      ${(wallS / idealS).toFixed(2)} (target <= 1.3)`)
console.log(
  `max in a rate window: ${maxWindow} of ${BUDGET} per ${WINDOW_MS} ms per host; 429s for exceeding it: ${violations}`,
)
console.log(
  `CPU:                 collector ${collectorCpuS.toFixed(2)} s, fake servers ${fakeCpuS.toFixed(2)} s (2 cores shared)`,
)
if (threadsAfter.size > 0)
  console.log(`CPU by thread:       ${describeThreadCpu(threadsBefore, threadsAfter)}`)
if (stealPct !== null)
  console.log(
    `CPU steal:           ${stealPct}% of the machine's CPU time went to other guests (a shared VM; figures vary with it)`,
  )
if (globalThis.gc) globalThis.gc()
console.log('memory at end:', JSON.stringify(process.memoryUsage()))
console.log(
  `peak RSS:            ${peakRssMb} MB (target < 300); before collecting: ${rssBeforeMb} MB, peak so far ${maxRssBeforeMb} MB`,
)
console.log(
  JSON.stringify({
    requests,
    wall_s: Math.round(wallS * 100) / 100,
    ideal_ratio: Math.round((wallS / idealS) * 100) / 100,
    max_window_requests: maxWindow,
    window_budget: BUDGET,
    peak_rss_mb: peakRssMb,
    host_steal_pct: stealPct,
  }),
)
await rt.close()
remove()
child.send({ type: 'stop' })
if (summary.errors > 0 || violations > 0) process.exitCode = 1

/**
 * BENCH_PROFILE=1: where the collector's main thread spends its time during the collection
 * (self time per package or file). BENCH_PROFILE=<path>.cpuprofile also saves the whole profile
 * there, for Chrome DevTools or a closer look.
 */
async function startProfiler() {
  const { Session } = await import('node:inspector/promises')
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  return {
    stop: async () => {
      const { profile } = await session.post('Profiler.stop')
      const out = process.env.BENCH_PROFILE
      if (out?.endsWith('.cpuprofile')) {
        const { writeFile } = await import('node:fs/promises')
        await writeFile(out, JSON.stringify(profile))
      }
      const byId = new Map(profile.nodes.map((n) => [n.id, n]))
      const self = new Map<string, number>()
      profile.samples!.forEach((id, i) => {
        const frame = byId.get(id)!.callFrame
        const where = frame.url.includes('node_modules/')
          ? frame.url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
          : frame.url.replace(/.*\/work\/main\//, '') || frame.functionName
        self.set(where, (self.get(where) ?? 0) + profile.timeDeltas![i]! / 1000)
      })
      for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
        console.log(`  ${v.toFixed(0).padStart(6)} ms  ${k}`)
    },
  }
}
