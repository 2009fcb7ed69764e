/**
 * Group commit: account-runs that finish close together are saved in one transaction, with one
 * save() call (multi-row statements), instead of paying one commit each. DuckDB's cost is per
 * statement and per commit, hardly per row: on the collection benchmark each commit of the
 * account-run writes costs about 90 ms of CPU whatever its size, so commits start at most once
 * per `intervalMs` and take everything that finished meanwhile; flush() commits at once (the
 * end of a job). Each item lands whole or not at all, so a crash leaves whole account-runs only
 * (the others stay 'running' and are marked interrupted at the next start). If a shared commit
 * fails, every item of it is retried in a commit of its own, so one bad item never takes the
 * others down. save() must be safe to run again (upserts are).
 */
import type { Store, Tx } from './db.ts'

interface Pending<T> {
  item: T
  resolve: () => void
  reject: (err: unknown) => void
}

export interface GroupWriterOptions {
  /** Shortest time between the starts of two commits (flush() does not wait for it). */
  intervalMs?: number
  /** A commit starts at once when this many items are waiting. */
  maxItems?: number
}

export class GroupWriter<T> {
  private readonly store: Store
  private readonly save: (tx: Tx, items: readonly T[]) => Promise<void>
  private readonly intervalMs: number
  private readonly maxItems: number
  private pending: Pending<T>[] = []
  /** A commit is queued on the store (its items are taken when its transaction starts). */
  private queued = false
  private timer: NodeJS.Timeout | undefined
  /** When the last commit started (at first: when the writer was made). */
  private lastStart = performance.now()

  constructor(
    store: Store,
    save: (tx: Tx, items: readonly T[]) => Promise<void>,
    { intervalMs = 1000, maxItems = 2_000 }: GroupWriterOptions = {},
  ) {
    this.store = store
    this.save = save
    this.intervalMs = intervalMs
    this.maxItems = maxItems
  }

  /** Resolves once the item is committed. */
  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ item, resolve, reject })
      if (this.pending.length >= this.maxItems) this.flush()
      else this.schedule()
    })
  }

  /** Commits what is waiting now, without waiting for the interval. */
  flush(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.pending.length === 0 || this.queued) return
    this.queued = true
    void this.commit()
  }

  private schedule(): void {
    if (this.timer !== undefined || this.queued) return
    const waitMs = Math.max(0, this.lastStart + this.intervalMs - performance.now())
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.flush()
    }, waitMs)
  }

  private take(): Pending<T>[] {
    const batch = this.pending
    this.pending = []
    this.queued = false
    this.lastStart = performance.now()
    return batch
  }

  private async commit(): Promise<void> {
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
    // Items that arrived during this commit wait for the next interval.
    if (this.pending.length > 0) this.schedule()
  }
}
