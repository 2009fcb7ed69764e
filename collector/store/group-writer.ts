/**
 * Group commit: items added while a commit is under way are saved together in the next one,
 * with one save() call (multi-row statements), so many small account-runs share one commit
 * instead of paying one each (DuckDB's cost is per statement and per commit, not per row).
 * Each item lands whole or not at all. If a shared commit fails, every item of it is retried in
 * a commit of its own, so one bad item never takes the others down. save() must be safe to run
 * again (upserts are).
 */
import type { Store, Tx } from './db.ts'

interface Pending<T> {
  item: T
  resolve: () => void
  reject: (err: unknown) => void
}

export class GroupWriter<T> {
  private readonly store: Store
  private readonly save: (tx: Tx, items: readonly T[]) => Promise<void>
  private readonly lingerMs: number
  private pending: Pending<T>[] = []
  private queued = false

  /** lingerMs: how long the first waiting item waits for company before its commit starts. */
  constructor(store: Store, save: (tx: Tx, items: readonly T[]) => Promise<void>, lingerMs = 50) {
    this.store = store
    this.save = save
    this.lingerMs = lingerMs
  }

  /** Resolves once the item is committed. */
  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ item, resolve, reject })
      if (!this.queued) {
        this.queued = true
        setTimeout(() => void this.flush(), this.lingerMs)
      }
    })
  }

  private take(): Pending<T>[] {
    const batch = this.pending
    this.pending = []
    this.queued = false
    return batch
  }

  private async flush(): Promise<void> {
    let batch: Pending<T>[] | undefined
    try {
      await this.store.write(async (tx) => {
        // Taken when the transaction starts, so items queued meanwhile join this commit.
        batch = this.take()
        await this.save(
          tx,
          batch.map((p) => p.item),
        )
      })
      for (const p of batch ?? []) p.resolve()
    } catch {
      for (const p of batch ?? this.take()) {
        this.store.write((tx) => this.save(tx, [p.item])).then(p.resolve, p.reject)
      }
    }
  }
}
