/**
 * The X monthly spend ceiling. Before an X run, its upper-bound cost is reserved against the
 * month's recorded spend plus what other in-flight runs reserved; a run that would cross the
 * ceiling is skipped (and recorded as skipped with the figures), never started. The month's spend
 * is read from the run records once per job; runs then settle their actual cost in memory.
 */
import type { Store } from '../store/db.ts'
import { getXSpendThisMonth } from '../store/queries/get-x-spend.ts'

export class XBudget {
  private reserved = 0
  private spent = 0
  private month = ''
  private readonly store: Store
  readonly monthlyUsd: number

  constructor(store: Store, monthlyUsd: number) {
    this.store = store
    this.monthlyUsd = monthlyUsd
  }

  /** Reads the month's recorded spend; call at the start of each job. */
  async load(now: Date): Promise<void> {
    this.month = now.toISOString().slice(0, 7)
    this.spent = await getXSpendThisMonth(this.store, now)
  }

  /** Reserves `estimateUsd`; returns a reason when the run must be skipped. */
  async reserve(
    estimateUsd: number,
    now: Date,
  ): Promise<{ ok: true } | { ok: false; reason: string }> {
    if (now.toISOString().slice(0, 7) !== this.month) await this.load(now)
    const committed = this.spent + this.reserved
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

  /** Replaces a run's reservation by what it actually cost. */
  settle(estimateUsd: number, actualUsd: number): void {
    this.reserved = Math.max(0, this.reserved - estimateUsd)
    this.spent += actualUsd
  }
}
