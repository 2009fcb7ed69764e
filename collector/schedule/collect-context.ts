/** What a collection needs: the store, one adapter per platform, settings, and the X budget. */
import type { Platform } from '@crossreach/shared/platforms'
import type { CoreConfig } from '../config.ts'
import type { Store } from '../store/db.ts'
import type { PlatformAdapter } from '../platforms/types.ts'
import type { XBudget } from './x-budget.ts'

export interface CollectContext {
  store: Store
  adapters: Record<Platform, PlatformAdapter>
  config: Pick<CoreConfig, 'refresh' | 'backfillDays' | 'accountConcurrency'>
  xBudget: XBudget
  log: (line: string) => void
  /** Clock, replaceable in tests. */
  now: () => Date
}
