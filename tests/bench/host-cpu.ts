/**
 * What the machine's CPUs did while a benchmark ran, from Linux's /proc (nothing elsewhere):
 * per thread of this process, and the time the hypervisor gave to other guests ("steal").
 * On a shared virtual machine steal makes the same code measure ±25% or far worse minutes
 * apart; the benches print it beside their figures so a slow run can be told from slow code.
 */
import { readdirSync, readFileSync } from 'node:fs'

/** Clock ticks per second of /proc's counters (USER_HZ; 100 on Linux). */
const TICK_MS = 10

/** CPU time per thread name of this process, in ms. The main thread is called `main`. */
export function threadCpuMs(): Map<string, number> {
  const out = new Map<string, number>()
  let tasks: string[]
  try {
    tasks = readdirSync('/proc/self/task')
  } catch {
    return out
  }
  for (const tid of tasks) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
      const name =
        tid === String(process.pid)
          ? 'main'
          : stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS
      out.set(name, (out.get(name) ?? 0) + ms)
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return out
}

/** Thread CPU used between two threadCpuMs() readings, largest first, as "name 1.23 s, ...". */
export function describeThreadCpu(before: Map<string, number>, after: Map<string, number>): string {
  return [...after]
    .map(([name, ms]) => [name, ms - (before.get(name) ?? 0)] as const)
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)} s`)
    .join(', ')
}

export interface HostTicks {
  steal: number
  total: number
}

/** The whole machine's steal and total CPU ticks so far, or undefined without /proc/stat. */
export function hostTicks(): HostTicks | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number)
    return { steal: ticks[7] ?? 0, total: ticks.reduce((a, b) => a + b, 0) }
  } catch {
    return undefined
  }
}

/** Steal between two readings as a share of all CPU time in between, in percent (1 decimal). */
export function stealPercent(
  before: HostTicks | undefined,
  after: HostTicks | undefined,
): number | null {
  if (!before || !after || after.total <= before.total) return null
  return Math.round(((after.steal - before.steal) / (after.total - before.total)) * 1000) / 10
}
