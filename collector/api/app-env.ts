/** What every route can reach: the process's services, injected once when the app is built. */
import type { Platform } from '@crossreach/shared/platforms'
import type { CoreConfig } from '../config.ts'
import type { Store } from '../store/db.ts'
import type { PlatformAdapter } from '../platforms/types.ts'
import type { CollectContext } from '../schedule/collect-context.ts'

export interface Services {
  store: Store
  config: CoreConfig
  adapters: Record<Platform, PlatformAdapter>
  collectContext: CollectContext
  /** Names of scheduled jobs running now (empty when the schedule is off). */
  runningJobs: () => string[]
}

export interface AppEnv {
  Variables: { services: Services }
}
