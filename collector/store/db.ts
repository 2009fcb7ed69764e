/**
 * The one DuckDB instance of the process: opening, migrations, reads, serialised write
 * transactions and the single row mapper (snake_case → camelCase, BIGINT → number, timestamps → Date).
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import {
  DuckDBInstance,
  timestampTZValue,
  type DuckDBConnection,
  type DuckDBPreparedStatement,
  type DuckDBValue,
} from '@duckdb/node-api'
import { runMigrations } from './migrate.ts'

export type SqlValue = string | number | boolean | null | Date

/**
 * For SQL built in pieces: `bind(value)` appends value to `params` and returns its placeholder.
 * Placeholders are positional, so call it in the order the text is written.
 */
export type Bind = (value: SqlValue) => string

export function binder(params: SqlValue[]): Bind {
  return (value) => {
    params.push(value)
    return '?'
  }
}
export type Row = Record<string, unknown>

/** Column kinds the appender writes; rows give values in the table's column order. */
export type AppendKind = 'int' | 'double' | 'text' | 'bool' | 'timestamp'

/** Column kinds written as one line: appendKinds('int text timestamp'). */
export function appendKinds(spec: string): AppendKind[] {
  return spec.split(/\s+/).map((kind) => {
    if (!['int', 'double', 'text', 'bool', 'timestamp'].includes(kind))
      throw new Error(`unknown column kind ${kind}`)
    return kind as AppendKind
  })
}

/** A connection inside a write transaction. */
export interface Tx {
  run(sql: string, params?: readonly SqlValue[]): Promise<void>
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>
  /** Bulk-appends rows to a table with DuckDB's appender (no SQL per row), in this transaction. */
  append(
    table: string,
    kinds: readonly AppendKind[],
    rows: readonly (readonly SqlValue[])[],
  ): Promise<void>
}

/** Read connections: reads run in parallel on these, each connection used by one query at a time. */
const READERS = 3

/**
 * A DuckDB connection must not run two statements at once (the client runs them on worker
 * threads); each connection here has a queue, so its statements run one after another.
 */
class Lane {
  readonly conn: DuckDBConnection
  /**
   * Prepared statements by SQL text, so a query asked again (the same figures for another
   * range) skips parsing and binding (about a third of a figures query's time).
   */
  readonly statements = new Map<string, DuckDBPreparedStatement>()
  private tail: Promise<unknown> = Promise.resolve()
  queued = 0

  constructor(conn: DuckDBConnection) {
    this.conn = conn
  }

  run<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    this.queued++
    const next = this.tail.then(() => fn(this.conn))
    this.tail = next.catch(() => undefined).finally(() => this.queued--)
    return next
  }
}

export class Store {
  readonly path: string
  private readonly instance: DuckDBInstance
  private readonly writer: DuckDBConnection
  private readonly readers: Lane[]
  private writeChain: Promise<unknown> = Promise.resolve()

  private constructor(
    path: string,
    instance: DuckDBInstance,
    writer: DuckDBConnection,
    readers: DuckDBConnection[],
  ) {
    this.path = path
    this.instance = instance
    this.writer = writer
    this.readers = readers.map((c) => new Lane(c))
  }

  /** Opens (creating if needed) the database, runs pending migrations, then checkpoints. */
  static async open(path: string, opts: { threads?: number } = {}): Promise<Store> {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
    let instance: DuckDBInstance
    try {
      instance = await DuckDBInstance.create(
        path,
        opts.threads ? { threads: String(opts.threads) } : {},
      )
    } catch (err) {
      throw explainOpenError(path, err)
    }
    const writer = await instance.connect()
    const readers = await Promise.all(Array.from({ length: READERS }, () => instance.connect()))
    const store = new Store(path, instance, writer, readers)
    await runMigrations(store)
    await store.checkpoint()
    return store
  }

  /** Reads rows on the least busy read connection, mapped to camelCase with plain numbers. */
  async all<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const lane = this.readers.reduce((a, b) => (b.queued < a.queued ? b : a))
    return lane.run(() => readRows<T>(lane.conn, sql, params, lane.statements))
  }

  async one<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0]
  }

  /**
   * Runs fn inside one transaction on the write connection. Writes are serialised: only one
   * transaction is open at a time, so account-runs never conflict. Throws roll back everything.
   */
  async write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const next = this.writeChain.then(async () => {
      await this.writer.run('BEGIN TRANSACTION')
      try {
        const result = await fn(this.tx)
        await this.writer.run('COMMIT')
        return result
      } catch (err) {
        await this.writer.run('ROLLBACK').catch(() => undefined)
        throw err
      }
    })
    this.writeChain = next.catch(() => undefined)
    return next
  }

  /** A single statement outside an explicit transaction (DDL, CHECKPOINT), in turn with the writes. */
  async exec(sql: string): Promise<void> {
    const next = this.writeChain.then(async () => {
      await this.writer.run(sql)
    })
    this.writeChain = next.catch(() => undefined)
    return next
  }

  async checkpoint(): Promise<void> {
    if (this.path === ':memory:') return
    await this.exec('CHECKPOINT')
  }

  close(): void {
    for (const lane of this.readers) lane.conn.closeSync()
    this.writer.closeSync()
    this.instance.closeSync()
  }

  private readonly tx: Tx = {
    run: async (sql, params = []) => {
      await this.writer.run(sql, toDuck(params))
    },
    all: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      readRows<T>(this.writer, sql, params),
    append: async (table, kinds, rows) => {
      if (rows.length === 0) return
      const appender = await this.writer.createAppender(table)
      try {
        for (let r = 0; r < rows.length; r++) {
          const row = rows[r]!
          kinds.forEach((kind, i) => appendValue(appender, kind, row[i] ?? null))
          appender.endRow()
          // Let network callbacks run between slices: a long append would hold up every request.
          if (r % 200 === 199) await new Promise((resolve) => setImmediate(resolve))
        }
        appender.flushSync()
      } finally {
        appender.closeSync()
      }
    },
  }
}

/** Prepared statements kept per read connection (the least recently used one goes first). */
const STATEMENTS_PER_LANE = 100

/** Rows of one statement; with `statements`, its prepared form is kept there for next time. */
async function readRows<T>(
  conn: DuckDBConnection,
  sql: string,
  params: readonly SqlValue[],
  statements?: Map<string, DuckDBPreparedStatement>,
): Promise<T[]> {
  const values = toDuck(params)
  // Not kept without parameters: DuckDB plans such a statement once, with the table statistics
  // of that moment, and a re-run after a write can leave out new rows
  // (tests/store/read-statements.test.ts). Bound again on every run, the others stay current.
  if (!values || !statements) {
    const reader = await conn.runAndReadAll(sql, values)
    return reader.getRowObjectsJS().map((r) => mapRow(r) as T)
  }
  let statement = statements.get(sql)
  if (statement) {
    statements.delete(sql)
  } else {
    statement = await conn.prepare(sql)
    if (statements.size >= STATEMENTS_PER_LANE) statements.delete(statements.keys().next().value!)
  }
  statements.set(sql, statement)
  statement.bind(values)
  const reader = await statement.runAndReadAll()
  return reader.getRowObjectsJS().map((r) => mapRow(r) as T)
}

type Appender = Awaited<ReturnType<DuckDBConnection['createAppender']>>

function appendValue(appender: Appender, kind: AppendKind, value: SqlValue): void {
  if (value === null) return appender.appendNull()
  switch (kind) {
    case 'int':
      return appender.appendBigInt(BigInt(Math.round(Number(value))))
    case 'double':
      return appender.appendDouble(Number(value))
    case 'text':
      return appender.appendVarchar(String(value))
    case 'bool':
      return appender.appendBoolean(Boolean(value))
    case 'timestamp': {
      const ms = value instanceof Date ? value.getTime() : Date.parse(String(value))
      return appender.appendTimestampTZ(timestampTZValue(BigInt(ms) * 1000n))
    }
  }
}

/**
 * Parameters for the client. None gives undefined: the client then sends the SQL as it is in one
 * call (several statements run in DuckDB one after another), where any parameter list, even an
 * empty one, makes it prepare and run each statement with its own round trips.
 */
function toDuck(params: readonly SqlValue[]): DuckDBValue[] | undefined {
  if (params.length === 0) return undefined
  return params.map((p) => (p instanceof Date ? p.toISOString() : p))
}

/** The one place where database rows become TypeScript objects. */
export function mapRow(row: Record<string, unknown>): Row {
  const out: Row = {}
  for (const key in row) out[camel(key)] = mapValue(row[key])
  return out
}

function mapValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value)
  if (Array.isArray(value)) return value.map(mapValue)
  return value
}

/** Column names seen so far and their camelCase (a page of rows repeats the same few names). */
const camelNames = new Map<string, string>()

function camel(key: string): string {
  let name = camelNames.get(key)
  if (name === undefined) {
    name = key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
    if (camelNames.size < 10_000) camelNames.set(key, name)
  }
  return name
}

function explainOpenError(path: string, err: unknown): Error {
  const message = err instanceof Error ? err.message : String(err)
  if (/lock/i.test(message)) {
    return new Error(
      `The database ${path} is in use by another crossreach process (DuckDB allows one writer per file). ` +
        `Stop the other process, or run commands while the server runs: they then go through it.`,
      { cause: err },
    )
  }
  return new Error(`Could not open the database ${path}: ${message}`, { cause: err })
}

/**
 * Runs parameterless statements in one call, in order, inside the caller's transaction. Each
 * statement's answer comes back through the event loop; while requests keep the loop busy that
 * wait, not DuckDB, is most of a commit's time, so a write sends its statements together.
 */
export async function runScript(tx: Tx, statements: readonly string[]): Promise<void> {
  if (statements.length > 0) await tx.run(statements.join(';\n'))
}

/** A timestamp as SQL text, for statements of a script (which take no parameters). */
export function timestampLiteral(d: Date): string {
  return `'${d.toISOString()}'::TIMESTAMPTZ`
}

/** Builds "(?, ?, ?), (?, ?, ?)" placeholders and the flat parameter list for a multi-row insert. */
export function valuesClause(rows: readonly (readonly SqlValue[])[]): {
  sql: string
  params: SqlValue[]
} {
  const params: SqlValue[] = []
  const groups = rows.map((row) => {
    params.push(...row)
    return `(${row.map(() => '?').join(', ')})`
  })
  return { sql: groups.join(', '), params }
}
