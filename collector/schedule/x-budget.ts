/**
 * The X monthly spend ceiling. Before an X run, its upper-bound cost is reserved against the month's
 * recorded spend plus what other in-flight runs reserved; a run that would cross the ceiling is
 * skipped (and recorded as skipped with the figures), never started.
 */
import type { Store } from '../store/db.ts'
import { getXSpendThisMonth } from '../store/queries/get-x-spend.ts'

export class XBudget {
  private reserved = 0
  private readonly store: Store
  readonly monthlyUsd: number

  constructor(store: Store, monthlyUsd: number) {
    this.store = store
    this.monthlyUsd = monthlyUsd
  }

  /** Reserves `estimateUsd`; returns a reason string when the run must be skipped. */
  async reserve(
    estimateUsd: number,
    now: Date,
  ): Promise<{ ok: true } | { ok: false; reason: string }> {
    const spent = await getXSpendThisMonth(this.store, now)
    const committed = spent + this.reserved
    if (committed + estimateUsd > this.monthlyUsd + 1e-9) {
      return {
        ok: false,
        reason:
          `X monthly budget reached: $${committed.toFixed(3)} of $${this.monthlyUsd.toFixed(2)} used or reserved, ` +
          `this run could cost up to $${estimateUsd.toFixed(3)}. Raise CROSSREACH_X_MONTHLY_BUDGET_USD or import X Analytics CSV instead.`,
      }
    }
    this.reserved += estimateUsd
    return { ok: true }
  }

  release(estimateUsd: number): void {
    this.reserved = Math.max(0, this.reserved - estimateUsd)
  }
}
