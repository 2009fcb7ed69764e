/**
 * Assembles a crossreach runtime: settings, the store (migrated, interrupted runs marked),
 * the adapters and the collection context. Used by the server and by the command line when no
 * server is running.
 */
import type { Platform } from '@crossreach/shared/platforms'
import { loadConfig, type CoreConfig } from './config.ts'
import { Store } from './store/db.ts'
import { markInterruptedRuns } from './store/writes/save-runs.ts'
import { createAdapters } from './platforms/registry.ts'
import type { PlatformAdapter } from './platforms/types.ts'
import type { CollectContext } from './schedule/collect-context.ts'
import { XBudget } from './schedule/x-budget.ts'
import { redact, registerSecret } from './net/redact.ts'

export interface Runtime {
  config: CoreConfig
  store: Store
  adapters: Record<Platform, PlatformAdapter>
  collectContext: CollectContext
  close: () => Promise<void>
}

export async function openRuntime(
  env: NodeJS.ProcessEnv = process.env,
  opts: {
    log?: (line: string) => void
    adapters?: Record<Platform, PlatformAdapter>
    now?: () => Date
  } = {},
): Promise<Runtime> {
  const config = loadConfig(env)
  registerSecret(config.adminToken)
  const adapters = opts.adapters ?? createAdapters(env)
  const store = await Store.open(config.dbPath, { threads: config.duckdbThreads })
  const log =
    opts.log ?? ((line: string) => console.log(`${new Date().toISOString()} ${redact(line)}`))
  const interrupted = await markInterruptedRuns(store)
  if (interrupted > 0)
    log(`${interrupted} run(s) were cut off when crossreach last stopped; marked as interrupted`)
  const collectContext: CollectContext = {
    store,
    adapters,
    config,
    xBudget: new XBudget(store, config.xMonthlyBudgetUsd),
    log,
    now: opts.now ?? (() => new Date()),
  }
  return {
    config,
    store,
    adapters,
    collectContext,
    close: async () => {
      await store.checkpoint().catch(() => undefined)
      store.close()
    },
  }
}
